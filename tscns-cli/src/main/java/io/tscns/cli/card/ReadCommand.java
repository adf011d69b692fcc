package io.tscns.cli.card;

import io.tscns.card.CardIdentity;
import io.tscns.cli.ExitCode;
import io.tscns.cli.JsonOption;
import io.tscns.cli.TscnsCommand;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CertificateReports;
import io.tscns.cli.internal.Report;
import io.tscns.core.personaldata.PersonalDataField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code tscns read}: the card's identity (<i>lettura della carta</i>): card id, TEAM number, every field of
 * EF.Dati_personali and a summary of the authentication certificate. Needs no PIN.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read the card: card id, TEAM number, every field of EF.Dati_personali and the "
                + "authentication certificate. No PIN is needed.")
public final class ReadCommand extends TscnsCommand {

    @Mixin
    private ReaderOption reader;

    @Mixin
    private JsonOption json;

    @Override
    protected ExitCode execute() {
        try (CardReaders.OpenCard open = CardReaders.open(environment(), reader.name())) {
            CardIdentity identity = open.card().readIdentity();
            report(open.reader(), identity, environment().clock().instant())
                    .print(environment().out(), json.enabled());
        }
        return ExitCode.OK;
    }

    /**
     * Describes what was read from a card.
     *
     * @param reader   the reader's name
     * @param identity what was read
     * @param now      the instant the certificate's validity is judged at
     * @return the report
     */
    static Report report(String reader, CardIdentity identity, Instant now) {
        Report personalData = new Report();
        List<String> values = identity.personalData().data().values();
        for (PersonalDataField field : PersonalDataField.values()) {
            personalData.put(camelCase(field.name()), label(field), values.get(field.ordinal()));
        }
        return new Report()
                .put("reader", "Reader", reader)
                .put("cardId", "Card id (ID_Carta)", identity.cardId().value())
                .put("teamNumber", "TEAM number", identity.teamNumber().value())
                .put("personalData", "Personal data (EF.Dati_personali)", personalData)
                .put("certificate", "Authentication certificate", CertificateReports.summary(identity.certificate(),
                        now));
    }

    private static String label(PersonalDataField field) {
        String words = field.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + field.italianName() + ")";
    }

    private static String camelCase(String constant) {
        StringBuilder sb = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            sb.append(sb.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }
}
