package io.tscns.auth.internal;

import io.tscns.auth.cert.CertificateProblem;
import io.tscns.auth.cert.Certificates;
import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.proxy.CertificateHeaderFormat;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the client certificate a reverse proxy put in a header, in each {@link CertificateHeaderFormat}. Pure
 * parsing: no I/O, no trust decision (the caller has already checked the sender). Every failure is an
 * {@link InvalidCertificateException}; nothing else escapes, whatever the input.
 */
public final class CertificateHeaders {

    /** The longest header value read: an escaped PEM of the largest certificate accepted, with room for XFCC keys. */
    public static final int MAX_HEADER_LENGTH = 3 * 2 * Certificates.MAX_CERTIFICATE_BYTES;

    private CertificateHeaders() {}

    /**
     * Decodes a header value.
     *
     * @param format how the proxy wrote it
     * @param value  the header's value, not blank
     * @return the holder's certificate
     * @throws InvalidCertificateException if the value is too long, malformed for its format, or not one
     *                                     certificate
     */
    public static X509Certificate decode(CertificateHeaderFormat format, String value) {
        if (value.length() > MAX_HEADER_LENGTH) {
            throw new InvalidCertificateException(new CertificateProblem.TooLarge(value.length(), MAX_HEADER_LENGTH));
        }
        String text = value.strip();
        return switch (format) {
            case PEM -> Certificates.parsePemBundle(percentDecoded(text)).get(0);
            case ENVOY_XFCC -> Certificates.parsePem(percentDecoded(xfccCertificate(text)));
            case BASE64_DER -> base64Der(percentDecoded(text));
        };
    }

    private static X509Certificate base64Der(String text) {
        int comma = text.indexOf(',');
        String first = (comma < 0 ? text : text.substring(0, comma)).strip();
        Base64.Decoder decoder =
                first.indexOf('-') >= 0 || first.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder();
        byte[] der;
        try {
            der = decoder.decode(first);
        } catch (IllegalArgumentException e) {
            throw notPem("the value is not base64");
        }
        return Certificates.parseDer(der);
    }

    /**
     * Returns the raw {@code Cert} value of the only element of an XFCC header. Elements are separated by commas
     * and pairs by semicolons outside double quotes; a backslash escapes the next character inside quotes.
     */
    static String xfccCertificate(String header) {
        List<List<String[]>> elements = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        StringBuilder val = new StringBuilder();
        boolean inValue = false;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < header.length()) {
                    val.append(header.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    val.append(c);
                }
            } else if (c == '"' && inValue && val.length() == 0) {
                quoted = true;
            } else if (c == '=' && !inValue) {
                inValue = true;
            } else if (c == ';' || c == ',') {
                pairs.add(pair(key, val, inValue));
                key.setLength(0);
                val.setLength(0);
                inValue = false;
                if (c == ',') {
                    elements.add(pairs);
                    pairs = new ArrayList<>();
                }
            } else if (inValue) {
                val.append(c);
            } else {
                key.append(c);
            }
        }
        if (quoted) {
            throw notPem("an XFCC value has no closing quote");
        }
        pairs.add(pair(key, val, inValue));
        elements.add(pairs);
        if (elements.size() != 1) {
            throw notPem("the XFCC header lists " + elements.size() + " elements; exactly one is accepted");
        }
        Optional<String> certificate = Optional.empty();
        for (String[] p : elements.get(0)) {
            if (p[0].equalsIgnoreCase("Cert")) {
                if (certificate.isPresent()) {
                    throw notPem("the XFCC element has two Cert keys");
                }
                certificate = Optional.of(p[1]);
            }
        }
        return certificate.orElseThrow(() -> notPem("the XFCC element has no Cert key"));
    }

    private static String[] pair(StringBuilder key, StringBuilder value, boolean inValue) {
        if (!inValue || key.toString().isBlank()) {
            throw notPem("an XFCC pair is not key=value");
        }
        return new String[] {key.toString().strip(), value.toString()};
    }

    /** Decodes {@code %XX} escapes; a {@code +} stays a {@code +} (it is a base64 character, not a space). */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw notPem("a broken percent escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw notPem("a broken percent escape");
                }
                out[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                throw notPem("a character outside ASCII");
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.US_ASCII);
    }

    private static InvalidCertificateException notPem(String detail) {
        return new InvalidCertificateException(new CertificateProblem.NotPem(detail));
    }
}
