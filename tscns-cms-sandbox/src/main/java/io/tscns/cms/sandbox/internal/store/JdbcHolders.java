package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.HolderStore;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@code holders} table: {@link HolderStore} over one JDBC connection. Not thread-safe, like its connection. */
final class JdbcHolders implements HolderStore {

    private final Connection c;

    JdbcHolders(Connection connection) {
        this.c = connection;
    }

    @Override
    public Optional<Holder> find(CodiceFiscale codiceFiscale) {
        try (PreparedStatement s = c.prepareStatement("SELECT codice_fiscale, surname, given_name, birth_date, sex,"
                + " birth_place FROM holders WHERE codice_fiscale = ?")) {
            s.setString(1, codiceFiscale.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(
                        CodiceFiscale.parse(r.getString(1)),
                        r.getString(2),
                        r.getString(3),
                        r.getObject(4, LocalDate.class),
                        Sex.fromCode(r.getString(5).charAt(0)),
                        r.getString(6)));
            }
        } catch (SQLException e) {
            throw Sql.failed("read of a holder", e);
        }
    }

    @Override
    public void put(Holder holder) {
        // Update, else insert: holders are written only by the sandbox's single writer, so nothing comes between.
        try (PreparedStatement update = c.prepareStatement("UPDATE holders SET surname = ?, given_name = ?,"
                        + " birth_date = ?, sex = ?, birth_place = ? WHERE codice_fiscale = ?");
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO holders (surname, given_name, birth_date, sex,"
                                + " birth_place, codice_fiscale) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PreparedStatement s : List.of(update, insert)) {
                s.setString(1, holder.surname());
                s.setString(2, holder.givenName());
                s.setObject(3, holder.birthDate());
                s.setString(4, String.valueOf(holder.sex().code()));
                s.setString(5, holder.birthPlace());
                s.setString(6, holder.codiceFiscale().value());
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("write of a holder", e);
        }
    }
}
