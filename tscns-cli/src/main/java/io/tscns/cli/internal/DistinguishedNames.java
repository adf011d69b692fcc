package io.tscns.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Shows a distinguished name the way people read it (<i>nome distinto leggibile</i>): every attribute by its name
 * ({@code SURNAME}, {@code GIVENNAME}, {@code SERIALNUMBER}, {@code CN}, ...), with its value as text. The JDK's
 * RFC 2253 form writes the attributes it has no keyword for, surname and given name among them, as an OID and the
 * hexadecimal DER of the value ({@code 2.5.4.4=#0c05524f535349}); CNS subjects carry both ({@code docs/card.md §6}).
 */
public final class DistinguishedNames {

    private DistinguishedNames() {}

    /**
     * Returns the name as one line in the string form of RFC 4514: the last attribute the certificate encodes
     * first, as the JDK's {@link X500Principal#getName()} writes it (and so as {@code crl stats} and
     * {@code card serve} print names), with Bouncy Castle's {@code BCStyle} names for every attribute. A name of
     * attributes the JDK has keywords for reads exactly as {@code getName()} reads it.
     *
     * @param name the name
     * @return for example {@code SURNAME=ROSSI,GIVENNAME=MARIO,CN=RSSMRA80A01H501U/6090.../...\=,
     *         OU=REGIONE TOSCANA,O=...,C=IT}
     */
    public static String readable(X500Principal name) {
        RDN[] encoded = X500Name.getInstance(name.getEncoded()).getRDNs();
        RDN[] reversed = new RDN[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            reversed[i] = encoded[encoded.length - 1 - i];
        }
        return BCStyle.INSTANCE.toString(new X500Name(BCStyle.INSTANCE, reversed));
    }

    /**
     * Returns each attribute of the name, in the order the certificate encodes them.
     *
     * @param name the name
     * @return one report per attribute: its name ({@code BCStyle}'s, or the OID when it has none), OID and value
     */
    public static List<Report> attributes(X500Principal name) {
        List<Report> attributes = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(name.getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                String oid = attribute.getType().getId();
                String type = BCStyle.INSTANCE.oidToDisplayName(attribute.getType());
                attributes.add(new Report()
                        .put("type", "Type", type == null ? oid : type.toUpperCase(Locale.ROOT))
                        .put("oid", "OID", oid)
                        .put("value", "Value", value(attribute.getValue())));
            }
        }
        return attributes;
    }

    private static String value(ASN1Encodable value) {
        if (value instanceof ASN1String text) {
            return text.getString();
        }
        try {
            return "#" + HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("a value decoded from DER encodes again", e);
        }
    }
}
