package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.LegalRepresentativeRole;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.person.CodiceFiscale;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code counter_records} table (migration 3): what the counter checked and collected for one history line
 * ({@code docs/cms.md §9}), one column per fact, enumerations by constant name. Written and read with the line it
 * belongs to by {@link JdbcHistory}. Not thread-safe, like its connection.
 */
final class CounterRecordRows {

    /** The columns, in the order {@link #read} expects them after its offset. */
    static final String COLUMNS = "k.mode, k.representative_role, k.presenter_surname, k.presenter_given_name,"
            + " k.presenter_codice_fiscale, k.document_type, k.document_number, k.document_issuing_body,"
            + " k.document_issue_date, k.document_expiry_date, k.unchanged_data_declaration, k.declarations,"
            + " k.counter_reference, k.privacy_consent";

    /** The join that gives the columns under alias {@code k}, for lines of alias {@code o}. */
    static final String JOIN = " LEFT JOIN counter_records k ON k.operation_id = o.id";

    private CounterRecordRows() {}

    static void insert(Connection c, long operationId, CounterRecord record) throws SQLException {
        ApplicantData by = record.presentedBy();
        IdentityDocument document = by.document().document();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO counter_records (operation_id, mode,"
                + " representative_role, presenter_surname, presenter_given_name, presenter_codice_fiscale,"
                + " document_type, document_number, document_issuing_body, document_issue_date,"
                + " document_expiry_date, unchanged_data_declaration, declarations, counter_reference,"
                + " privacy_consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, operationId);
            s.setString(2, by.mode().name());
            Sql.setOptional(s, 3, by.representativeRole().map(Enum::name));
            Sql.setOptional(s, 4, by.delegate().map(DelegateIdentity::surname));
            Sql.setOptional(s, 5, by.delegate().map(DelegateIdentity::givenName));
            Sql.setOptional(
                    s, 6, by.delegate().map(delegate -> delegate.codiceFiscale().value()));
            s.setString(7, document.type().name());
            s.setString(8, document.number());
            s.setString(9, document.issuingBody());
            s.setObject(10, document.issueDate());
            if (document.expiryDate().isPresent()) {
                s.setObject(11, document.expiryDate().get());
            } else {
                s.setNull(11, Types.DATE);
            }
            s.setBoolean(12, by.document().unchangedDataDeclaration());
            s.setString(13, record.declarations().stream().map(Enum::name).collect(Collectors.joining(",")));
            Sql.setOptional(s, 14, record.counterReference());
            if (record.privacyConsent().isPresent()) {
                s.setBoolean(15, record.privacyConsent().get());
            } else {
                s.setNull(15, Types.BOOLEAN);
            }
            s.executeUpdate();
        }
    }

    /**
     * Reads the record of a joined row.
     *
     * @param r     the row
     * @param first the column of {@code mode}
     * @return the record, or empty if the line has none
     * @throws SQLException on a database failure
     */
    static Optional<CounterRecord> read(ResultSet r, int first) throws SQLException {
        String mode = r.getString(first);
        if (mode == null) {
            return Optional.empty();
        }
        String presenter = r.getString(first + 4);
        Optional<DelegateIdentity> delegate = presenter == null
                ? Optional.empty()
                : Optional.of(new DelegateIdentity(
                        r.getString(first + 2), r.getString(first + 3), CodiceFiscale.parse(presenter)));
        IdentityDocument document = new IdentityDocument(
                IdentityDocumentType.valueOf(r.getString(first + 5)),
                r.getString(first + 6),
                r.getString(first + 7),
                r.getObject(first + 8, LocalDate.class),
                Optional.ofNullable(r.getObject(first + 9, LocalDate.class)));
        ApplicantData by = new ApplicantData(
                ActivationMode.valueOf(mode),
                Optional.ofNullable(r.getString(first + 1)).map(LegalRepresentativeRole::valueOf),
                delegate,
                new PresentedDocument(document, r.getBoolean(first + 10)));
        Set<SupportingDocument> declarations = EnumSet.noneOf(SupportingDocument.class);
        Arrays.stream(r.getString(first + 11).split(","))
                .filter(name -> !name.isEmpty())
                .map(SupportingDocument::valueOf)
                .forEach(declarations::add);
        boolean privacy = r.getBoolean(first + 13);
        Optional<Boolean> privacyConsent = r.wasNull() ? Optional.empty() : Optional.of(privacy);
        return Optional.of(
                new CounterRecord(by, declarations, Optional.ofNullable(r.getString(first + 12)), privacyConsent));
    }
}
