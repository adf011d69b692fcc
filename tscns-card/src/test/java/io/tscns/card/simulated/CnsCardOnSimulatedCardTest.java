package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.card.CnsCard;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.ApduExchange;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardFile;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.KeyPairSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** tscns-card against the simulated card in process and through the simulated {@code javax.smartcardio} readers. */
class CnsCardOnSimulatedCardTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(404)).build();

    private static IssuedCard issue(SimulatedProfile profile) {
        return FACTORY.issue(CardHolder.example(), profile);
    }

    private static CnsCard inProcess(IssuedCard issued) {
        return InProcessTransport.open(issued.card());
    }

    private static int reads(int size) {
        return (size + 254) / 255;
    }

    /**
     * The APDUs of the first readIdentity(), recognition included: three selects plus the reads (one extended read a
     * file with extended length); the ACe 2025, whose ATR looks classic, adds the failed classic card-id select and
     * its application's SELECT; the ST2022 over NFC adds recognition at open (SELECT of the ACe AID, of its own,
     * GET DATA) and the SELECT that enters its application (docs/card.md §10.3).
     */
    private static int firstRead(SimulatedProfile profile, int certificate) {
        int files = profile.extendedLength() ? 6 : 3 + reads(16) + reads(400) + reads(certificate);
        return switch (profile) {
            case ACE_2025 -> 2 + files;
            case ST2022_NFC -> 3 + 1 + files;
            default -> files;
        };
    }

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void readIdentitySendsTheDocumentedNumberOfApdus(SimulatedProfile profile) {
        try (IssuedCard issued = issue(profile)) {
            List<ApduExchange> sent = new ArrayList<>();
            issued.card().addListener(sent::add);
            try (CnsCard card = inProcess(issued)) {
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
                int certificate = issued.card()
                        .fileContent(CardFile.AUTHENTICATION_CERTIFICATE)
                        .orElseThrow()
                        .length;
                assertEquals(firstRead(profile, certificate), sent.size(), sent::toString);
                sent.clear();
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
                int enterApplication = profile.appletBased() ? 1 : 0;
                assertEquals(2 + enterApplication, sent.size(), "a cached card costs only the card-id check: " + sent);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void pinOperationsAndAuthenticationInProcess(SimulatedProfile profile) throws Exception {
        try (IssuedCard issued = issue(profile);
                CnsCard card = inProcess(issued)) {
            CnsCardFlows.pinAndSigningAsTheGenerationAllows(card, issued);
        }
    }

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void unchangedSmartcardioCodePathWorksOnTheSimulatedReaders(SimulatedProfile profile) throws Exception {
        try (IssuedCard issued = issue(profile)) {
            SimulatedReaders readers = SimulatedReaders.create("Reader");
            readers.terminal("Reader").insert(issued.card());
            try (CnsCard card = PcscCards.open(readers.terminal("Reader"))) {
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
                CnsCardFlows.pinAndSigningAsTheGenerationAllows(card, issued);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void aCardPulledOutMidReadIsReportedAsRemoved(SimulatedProfile profile) {
        try (IssuedCard issued = issue(profile);
                CnsCard card = inProcess(issued)) {
            issued.card().injectFault(Fault.removeCardAt(4));
            assertThrows(CardRemovedException.class, card::readIdentity);
        }
        try (IssuedCard issued = issue(profile)) {
            SimulatedReaders readers = SimulatedReaders.create("Reader");
            readers.terminal("Reader").insert(issued.card());
            try (CnsCard card = PcscCards.open(readers.terminal("Reader"))) {
                issued.card().injectFault(Fault.removeCardAt(4));
                assertThrows(CardRemovedException.class, card::readIdentity);
            }
        }
    }
}
