package io.tscns.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lookups of every stable-code type answer any input with the matching constant or the typed exception. */
class StableCodeProperties {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<? extends Enum>[] TYPES = new Class[] {
        CardState.class,
        CardEventType.class,
        RevocationCause.class,
        RequesterKind.class,
        LifecyclePolicy.class,
        ActivationMode.class,
        LegalRepresentativeRole.class,
        IdentityDocumentType.class,
        SupportingDocument.class,
        ExpiredDocumentRule.class,
        ConsentKind.class,
        ConsentStatus.class,
        ConsentRule.class,
        FseRegime.class
    };

    @Provide
    @SuppressWarnings("rawtypes")
    Arbitrary<Class<? extends Enum>> types() {
        return Arbitraries.of(TYPES);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("issued", "theft", "dm-2011", "toscana-2.0", "fse-2.0", "direct", "given"));
    }

    @Property
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anyCodeGivesTheMatchingConstantOrTheTypedException(
            @ForAll("types") Class<? extends Enum> type, @ForAll int code) {
        try {
            StableCode found = (StableCode) StableCode.byCode((Class) type, code);
            assertEquals(code, found.code());
        } catch (UnknownCodeException expected) {
            assertEquals(type.getSimpleName(), expected.type());
        }
    }

    @Property
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anyIdGivesTheMatchingConstantOrTheTypedException(
            @ForAll("types") Class<? extends Enum> type, @ForAll("ids") String id) {
        try {
            StableCode found = (StableCode) StableCode.byId((Class) type, id);
            assertEquals(id, found.id());
        } catch (UnknownCodeException expected) {
            assertEquals(type.getSimpleName(), expected.type());
        }
    }
}
