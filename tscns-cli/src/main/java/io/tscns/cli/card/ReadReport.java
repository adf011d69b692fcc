package io.tscns.cli.card;

import io.tscns.auth.identity.CnsCommonName;
import io.tscns.auth.identity.PersonalDataMatch;
import io.tscns.auth.validation.Verdict;
import io.tscns.card.CardIdentity;
import io.tscns.cli.internal.CertificateReports;
import io.tscns.cli.internal.Report;
import io.tscns.cli.internal.TrustReports;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.personaldata.ConsistencyWarning;
import io.tscns.core.personaldata.PersonalDataField;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.core.personaldata.TypedPersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code tscns read} reports about a card (<i>esito della lettura</i>), version {@value #SCHEMA_VERSION} of
 * the JSON schema {@code read-v1.schema.json}: the card id and TEAM number; EF.Dati_personali typed (ISO dates, the
 * sex, the height, empty fields as {@code null}), its warnings and its stored text; the codice fiscale decoded; the
 * certificate with readable names and its CN split; whether the card's files match the certificate; and, when
 * trust anchors were given, the validator's verdict.
 *
 * @param report  the report to print
 * @param matches whether EF.Dati_personali, EF.ID_Carta and the codice fiscale all match the certificate's CN
 */
record ReadReport(Report report, boolean matches) {

    /** The version of the JSON document, {@code schemaVersion}; see {@code read-v1.schema.json}. */
    static final int SCHEMA_VERSION = 1;

    /**
     * Describes what was read from a card.
     *
     * @param reader   the reader's name
     * @param identity what was read
     * @param now      the instant the certificate's validity is judged at, and whose date decodes the codice
     *                 fiscale's century when the card gives no better reference
     * @param verdict  the validator's verdict, when trust anchors were given
     * @return the report
     */
    static ReadReport of(String reader, CardIdentity identity, Instant now, Optional<Verdict> verdict) {
        PersonalDataFile file = identity.personalData();
        TypedPersonalData typed = file.data().typed();
        Optional<CnsCommonName> commonName = CertificateReports.commonName(identity.certificate());
        Checks checks = Checks.of(identity, typed, commonName);
        Report report = new Report()
                .put("schemaVersion", "Schema version (--json)", SCHEMA_VERSION)
                .put("reader", "Reader", reader)
                .put("cardId", "Card id (ID_Carta)", identity.cardId().value())
                .put(
                        "teamNumber",
                        "TEAM number (derived from the card id)",
                        identity.teamNumber().value())
                .put("personalData", "Personal data (EF.Dati_personali)", personalData(file, typed));
        codiceFiscale(typed, commonName, LocalDate.ofInstant(now, ZoneOffset.UTC))
                .ifPresent(decoded -> report.put("codiceFiscale", "Codice fiscale, decoded", decoded));
        report.put("certificate", "Authentication certificate", CertificateReports.summary(identity.certificate(), now))
                .put("checks", "Card against certificate", checks.report());
        verdict.ifPresent(v -> report.put("trust", "Trust (--trust)", TrustReports.of(v, now)));
        return new ReadReport(report, checks.allMatch());
    }

    private static Report personalData(PersonalDataFile file, TypedPersonalData typed) {
        Report personal = new Report();
        Report stored = new Report();
        for (PersonalDataField field : PersonalDataField.values()) {
            personal.put(key(field), label(field), typedValue(typed, field));
            stored.put(key(field), label(field), file.data().value(field));
        }
        List<Report> warnings = new ArrayList<>();
        for (ConsistencyWarning warning : typed.warnings()) {
            Report entry = new Report().put("code", "Code", warning.code());
            field(warning).ifPresent(field -> entry.put("field", "Field", key(field)));
            warnings.add(entry.put("description", "Description", warning.describe()));
        }
        return personal.put("warnings", "Warnings", warnings)
                .put(
                        "layout",
                        "File layout",
                        new Report()
                                .put(
                                        "headerConvention",
                                        "Header convention",
                                        file.headerConvention().name())
                                .put("textLength", "Text length", file.textLength())
                                .put("fileSize", "File size", file.fileSize()))
                .put("storedText", "Stored text (as on the card)", stored);
    }

    private static Optional<?> typedValue(TypedPersonalData typed, PersonalDataField field) {
        return switch (field) {
            case ISSUE_DATE -> typed.issueDate().map(LocalDate::toString);
            case EXPIRY_DATE -> typed.expiryDate().map(LocalDate::toString);
            case BIRTH_DATE -> typed.birthDate().map(LocalDate::toString);
            case SEX -> typed.sex().map(sex -> String.valueOf(sex.code()));
            case HEIGHT ->
                typed.height().isPresent() ? Optional.of(typed.height().getAsInt()) : Optional.empty();
            case CODICE_FISCALE -> typed.codiceFiscale().map(CodiceFiscale::value);
            case BIRTH_MUNICIPALITY -> typed.birthMunicipality().map(BirthPlaceCode::value);
            case RESIDENCE_MUNICIPALITY -> typed.residenceMunicipality().map(BirthPlaceCode::value);
            default -> typed.text(field);
        };
    }

    private static Optional<PersonalDataField> field(ConsistencyWarning warning) {
        if (warning instanceof ConsistencyWarning.UnreadableValue unreadable) {
            return Optional.of(unreadable.field());
        }
        if (warning instanceof ConsistencyWarning.ImpossibleDate impossible) {
            return Optional.of(impossible.field());
        }
        if (warning instanceof ConsistencyWarning.CodiceFiscaleDisagrees disagrees) {
            return Optional.of(disagrees.field());
        }
        return Optional.empty();
    }

    /**
     * Decodes the codice fiscale of EF.Dati_personali, or of the certificate's CN when the file holds none.
     */
    private static Optional<Report> codiceFiscale(
            TypedPersonalData typed, Optional<CnsCommonName> commonName, LocalDate today) {
        boolean fromCard = typed.codiceFiscale().isPresent();
        Optional<CodiceFiscale> found = fromCard ? typed.codiceFiscale() : commonName.map(CnsCommonName::codiceFiscale);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CodiceFiscale code = found.get();
        Report report = new Report()
                .put("value", "Value", code.value())
                .put("source", "Read from", fromCard ? "personalData" : "certificate")
                .put("temporary", "Temporary numeric code", !(code instanceof PersonalCodiceFiscale));
        if (code instanceof PersonalCodiceFiscale personal) {
            report.put("omocodic", "Omocodic", personal.isOmocode())
                    .put("omocodeLevel", "Omocode level", personal.omocodeLevel())
                    .put(
                            "normalised",
                            "Normalised (base code)",
                            personal.baseCode().value());
            birthDate(personal, typed, today).ifPresent(date -> report.put("birthDate", "Birth date", date.toString()));
            report.put("sex", "Sex", String.valueOf(personal.sex().code()))
                    .put(
                            "birthPlace",
                            "Birth place (codice catastale)",
                            personal.birthPlace().value())
                    .put("bornAbroad", "Born abroad", personal.birthPlace().isForeignState());
            if (fromCard) {
                List<String> disagreements = typed.warnings().stream()
                        .filter(ConsistencyWarning.CodiceFiscaleDisagrees.class::isInstance)
                        .map(w -> key(((ConsistencyWarning.CodiceFiscaleDisagrees) w).field()))
                        .toList();
                report.put("agreesWithPersonalData", "Agrees with the personal data", disagreements.isEmpty())
                        .put("disagreesWith", "Disagrees with", disagreements);
            }
        }
        return Optional.of(report);
    }

    /**
     * The code holds two digits of the year: the card's birth date when it agrees, else the latest date on or
     * before the issue date (or today).
     */
    private static Optional<LocalDate> birthDate(PersonalCodiceFiscale code, TypedPersonalData typed, LocalDate today) {
        Optional<LocalDate> onCard = typed.birthDate().filter(code::matchesBirthDate);
        if (onCard.isPresent()) {
            return onCard;
        }
        try {
            return Optional.of(code.birthDate(typed.issueDate().orElse(today)));
        } catch (IllegalArgumentException noCentury) {
            return Optional.empty();
        }
    }

    /** The key of a field in the JSON: its name in camel case, e.g. {@code birthDate}. */
    static String key(PersonalDataField field) {
        StringBuilder sb = new StringBuilder();
        for (String word : field.name().toLowerCase(Locale.ROOT).split("_")) {
            sb.append(sb.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }

    private static String label(PersonalDataField field) {
        String words = field.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + field.italianName() + ")";
    }

    /**
     * The card's files against the certificate's CN: the digest of EF.Dati_personali, the card id, the codice
     * fiscale; and the issuer code against the card id (an inference, {@code docs/card.md §3.1}).
     */
    private record Checks(
            Optional<PersonalDataMatch> digest,
            Optional<Boolean> cardId,
            Optional<Boolean> codiceFiscale,
            Optional<Boolean> issuerCode) {

        static Checks of(CardIdentity identity, TypedPersonalData typed, Optional<CnsCommonName> commonName) {
            return new Checks(
                    commonName.map(cn -> PersonalDataMatch.check(cn, identity.personalData())),
                    commonName.map(cn -> cn.cardId().equals(identity.cardId())),
                    commonName.flatMap(cn -> typed.codiceFiscale()
                            .map(cf -> cf.value().equals(cn.codiceFiscale().value()))),
                    typed.issuerCode().map(code -> code.equals(identity.cardId().inferredIssuerCode())));
        }

        boolean allMatch() {
            return digest.filter(match -> !(match instanceof PersonalDataMatch.Mismatch))
                            .isPresent()
                    && cardId.orElse(false)
                    && codiceFiscale.orElse(false);
        }

        Report report() {
            Report report = new Report()
                    .put(
                            "personalDataMatchesCertificate",
                            "EF.Dati_personali matches the certificate's digest",
                            digest.map(match -> !(match instanceof PersonalDataMatch.Mismatch)));
            digest.flatMap(Checks::hashedBytes)
                    .ifPresent(bytes -> report.put("personalDataDigestOver", "Digest taken over", bytes));
            return report.put("cardIdMatchesCertificate", "EF.ID_Carta matches the certificate's card id", cardId)
                    .put("codiceFiscaleMatchesCertificate", "Codice fiscale matches the certificate's", codiceFiscale)
                    .put("issuerCodeMatchesCardId", "Issuer code matches the card id (inference)", issuerCode);
        }

        private static Optional<String> hashedBytes(PersonalDataMatch match) {
            if (match instanceof PersonalDataMatch.MatchesText) {
                return Optional.of("text");
            }
            return match instanceof PersonalDataMatch.MatchesWholeFile ? Optional.of("whole-file") : Optional.empty();
        }
    }
}
