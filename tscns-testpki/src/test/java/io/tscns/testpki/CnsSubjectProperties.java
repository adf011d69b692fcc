package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.person.TemporaryCodiceFiscale;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

class CnsSubjectProperties {

    @Provide
    Arbitrary<CodiceFiscale> codes() {
        Arbitrary<CodiceFiscale> temporary =
                Arbitraries.strings().numeric().ofLength(10).map(TemporaryCodiceFiscale::withCheckDigit);
        Arbitrary<CodiceFiscale> personal = Combinators.combine(
                        Arbitraries.of("ROSSI", "BIANCHI", "D'ANGELO"),
                        Arbitraries.of("MARIO", "ANNA", "GIÒ"),
                        Arbitraries.of(Sex.class),
                        Arbitraries.integers()
                                .between(0, 36_500)
                                .map(days -> LocalDate.of(1920, 1, 1).plusDays(days)))
                .as((surname, name, sex, birth) ->
                        CodiceFiscaleCalculator.compute(surname, name, sex, birth, new BirthPlaceCode("H501")));
        return Arbitraries.oneOf(temporary, personal);
    }

    @Provide
    Arbitrary<String> cardIds() {
        return Arbitraries.strings().numeric().ofLength(16);
    }

    @Property
    void commonNameSplitsBackIntoItsParts(
            @ForAll("codes") CodiceFiscale code,
            @ForAll("cardIds") String cardId,
            @ForAll @Size(max = 400) byte[] personalData)
            throws Exception {
        CnsSubject subject = CnsSubject.of(code, cardId, "MARIO", "ROSSI", "ASL 1", personalData);
        String commonName = subject.commonName();
        int slash = commonName.indexOf('/');
        int dot = commonName.indexOf('.', slash);
        assertEquals(code.value(), commonName.substring(0, slash));
        assertEquals(cardId, commonName.substring(slash + 1, dot));
        String hash = commonName.substring(dot + 1);
        assertEquals(28, hash.length());
        assertArrayEquals(
                MessageDigest.getInstance("SHA-1").digest(personalData),
                Base64.getDecoder().decode(hash));
        X500Name name =
                X500Name.getInstance(subject.toPrincipal("tscns Test CA").getEncoded());
        assertEquals(
                commonName, name.getRDNs(BCStyle.CN)[0].getFirst().getValue().toString());
    }

    @Property
    void anyMalformedCardIdIsATypedError(@ForAll String cardId) {
        net.jqwik.api.Assume.that(!cardId.matches("[0-9]{16}"));
        TestPkiException e = assertThrows(
                TestPkiException.class,
                () -> CnsSubject.of(
                        CodiceFiscale.parse("RSSMRA80A01H501U"), cardId, "MARIO", "ROSSI", "ASL 1", new byte[0]));
        assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
    }

    @Property
    void anyMalformedPolicyOidIsATypedError(@ForAll String oid) {
        net.jqwik.api.Assume.that(!oid.matches("[0-2](\\.(0|[1-9][0-9]*))+"));
        TestPkiException e = assertThrows(TestPkiException.class, () -> CertificatePolicy.of(oid));
        assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
    }
}
