package io.tscns.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.ExpiredDocumentRule;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRule;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.FseRegime;
import io.tscns.core.lifecycle.CardEventType;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.RequesterKind;
import io.tscns.core.lifecycle.RevocationCause;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins every stable code. These numbers and ids are stored by CMSs and sent over the wire: if this test fails, a
 * constant was renumbered, renamed or removed. Add new constants with new codes and extend the lists; never edit a
 * line.
 */
class FrozenCodesTest {

    static <E extends Enum<E> & StableCode> void assertFrozen(Class<E> type, String... expected) {
        List<String> actual = Arrays.stream(type.getEnumConstants())
                .map(c -> c.code() + " " + c.id() + " " + c.name())
                .toList();
        assertEquals(List.of(expected), actual, type.getSimpleName() + " codes changed");
        for (E constant : type.getEnumConstants()) {
            assertSame(constant, StableCode.byCode(type, constant.code()));
            assertSame(constant, StableCode.byId(type, constant.id()));
            assertFalse(constant.italianLabel().isBlank(), constant + " has no Italian label");
            assertTrue(constant.id().matches("[a-z0-9.-]+"), constant + " id is not lower-case ASCII");
        }
    }

    @Test
    void lifecycleCodesAreFrozen() {
        assertFrozen(
                CardState.class,
                "10 issued ISSUED",
                "20 shipped SHIPPED",
                "30 active ACTIVE",
                "40 suspended SUSPENDED",
                "50 revoked REVOKED",
                "60 expired EXPIRED",
                "70 replaced REPLACED");
        assertFrozen(
                CardEventType.class,
                "10 shipment SHIPMENT",
                "20 activation ACTIVATION",
                "30 suspension SUSPENSION",
                "40 reactivation REACTIVATION",
                "50 revocation REVOCATION",
                "60 replacement REPLACEMENT",
                "70 expiry EXPIRY");
        assertFrozen(
                RevocationCause.class,
                "1 theft THEFT",
                "2 loss LOSS",
                "3 malfunction-or-deterioration MALFUNCTION_OR_DETERIORATION",
                "4 compromised-codes COMPROMISED_CODES",
                "5 personal-data-error PERSONAL_DATA_ERROR",
                "6 puk-blocked PUK_BLOCKED",
                "7 replaced-by-duplicate REPLACED_BY_DUPLICATE");
        assertFrozen(RequesterKind.class, "1 holder HOLDER", "2 delegate DELEGATE", "3 issuer ISSUER");
        assertFrozen(LifecyclePolicy.class, "1 dm-2011 DM_2011", "2 toscana-2.0 TOSCANA_2_0");
    }

    @Test
    void activationCodesAreFrozen() {
        assertFrozen(
                ActivationMode.class,
                "1 direct DIRECT",
                "2 delegate-health DELEGATE_HEALTH",
                "3 legal-representative LEGAL_REPRESENTATIVE");
        assertFrozen(LegalRepresentativeRole.class, "1 parent PARENT", "2 guardian GUARDIAN", "3 curator CURATOR");
        assertFrozen(
                IdentityDocumentType.class,
                "1 identity-card IDENTITY_CARD",
                "2 passport PASSPORT",
                "3 driving-licence DRIVING_LICENCE",
                "4 boat-licence BOAT_LICENCE",
                "5 pension-book PENSION_BOOK",
                "6 heating-plant-licence HEATING_PLANT_LICENCE",
                "7 firearms-licence FIREARMS_LICENCE",
                "8 other-state-photo-id OTHER_STATE_PHOTO_ID");
        assertFrozen(
                SupportingDocument.class,
                "1 delegation-form DELEGATION_FORM",
                "2 holder-document-copy HOLDER_DOCUMENT_COPY",
                "3 authority-self-declaration AUTHORITY_SELF_DECLARATION",
                "4 medical-certificate MEDICAL_CERTIFICATE");
        assertFrozen(
                ExpiredDocumentRule.class,
                "1 never NEVER",
                "2 holder-with-declaration HOLDER_WITH_DECLARATION",
                "3 anyone-with-declaration ANYONE_WITH_DECLARATION");
    }

    @Test
    void consentCodesAreFrozen() {
        assertFrozen(
                ConsentKind.class,
                "1 feeding FEEDING",
                "2 consultation CONSULTATION",
                "3 past-data-inclusion PAST_DATA_INCLUSION",
                "4 past-data-objection PAST_DATA_OBJECTION");
        assertFrozen(ConsentStatus.class, "1 given GIVEN", "2 withdrawn WITHDRAWN");
        assertFrozen(ConsentRule.class, "1 opt-in OPT_IN", "2 opt-out OPT_OUT", "3 not-collected NOT_COLLECTED");
        assertFrozen(FseRegime.class, "1 consent-based CONSENT_BASED", "2 dl-34-2020 DL_34_2020", "3 fse-2.0 FSE_2_0");
    }

    @Test
    void unknownCodesAndIdsThrowTheTypedException() {
        UnknownCodeException byCode =
                assertThrows(UnknownCodeException.class, () -> StableCode.byCode(CardState.class, 35));
        assertEquals("CardState", byCode.type());
        assertTrue(byCode.getMessage().contains("'35'"), byCode.getMessage());

        UnknownCodeException byId =
                assertThrows(UnknownCodeException.class, () -> StableCode.byId(CardState.class, "ACTIVE"));
        assertTrue(byId.getMessage().contains("CardState"), byId.getMessage());
    }

    @Test
    void anUnknownIdIsEchoedShortenedAndEscaped() {
        String hostile = "\u0007bell\nnewline" + "x".repeat(100);
        UnknownCodeException e =
                assertThrows(UnknownCodeException.class, () -> StableCode.byId(ConsentKind.class, hostile));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\\u0007bell\\u000Anewline"), e.getMessage());
        assertTrue(e.getMessage().endsWith("...'"), e.getMessage());
        assertTrue(e.getMessage().length() < 150, e.getMessage());
    }
}
