package io.tscns.core.consent;

import io.tscns.core.person.CodiceFiscale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The FSE consent choices of one citizen in the order they were recorded (<i>storico dei consensi</i>), and the
 * current choice for each kind: the latest record of that kind.
 *
 * <p>A choice recorded under an earlier regime stays the latest of its kind until a newer one is recorded: a feeding
 * consent given in 2016 is still reported by {@link #current(ConsentKind)}, with its regime, although no feeding
 * consent has effect after 18 May 2020. Whether a professional may consult the FSE today is a decision of the FSE,
 * which this history informs but does not make.
 *
 * <p>Immutable and thread-safe; {@link #append} returns a new history.
 *
 * @since 0.1.0
 */
public final class ConsentHistory {

    private final CodiceFiscale citizen;
    private final List<ConsentRecord> records;

    private ConsentHistory(CodiceFiscale citizen, List<ConsentRecord> records) {
        this.citizen = citizen;
        this.records = records;
    }

    /**
     * Returns the empty history of a citizen.
     *
     * @param citizen the citizen's codice fiscale
     * @return a history with no record
     */
    public static ConsentHistory empty(CodiceFiscale citizen) {
        return new ConsentHistory(Objects.requireNonNull(citizen, "citizen"), List.of());
    }

    /**
     * Builds a history from stored records, checking them as {@link #append} does.
     *
     * @param citizen the citizen's codice fiscale
     * @param records the records, oldest first
     * @return the history
     * @throws InvalidConsentException if a record belongs to another citizen or is older than the one before it
     */
    public static ConsentHistory of(CodiceFiscale citizen, List<ConsentRecord> records) {
        ConsentHistory history = empty(citizen);
        for (ConsentRecord record : records) {
            history = history.append(record);
        }
        return history;
    }

    /**
     * Returns the history with one more record.
     *
     * @param record the record; same citizen (exact codice fiscale), not older than the last record
     * @return the new history
     * @throws InvalidConsentException with {@link ConsentProblem.OtherCitizen} or {@link ConsentProblem.OutOfOrder}
     */
    public ConsentHistory append(ConsentRecord record) {
        Objects.requireNonNull(record, "record");
        if (!record.citizen().equals(citizen)) {
            throw new InvalidConsentException(new ConsentProblem.OtherCitizen());
        }
        if (!records.isEmpty()) {
            ConsentRecord last = records.get(records.size() - 1);
            if (record.recordedAt().isBefore(last.recordedAt())) {
                throw new InvalidConsentException(
                        new ConsentProblem.OutOfOrder(last.recordedAt(), record.recordedAt()));
            }
        }
        List<ConsentRecord> next = new ArrayList<>(records.size() + 1);
        next.addAll(records);
        next.add(record);
        return new ConsentHistory(citizen, List.copyOf(next));
    }

    /**
     * Returns the citizen whose history this is.
     *
     * @return the codice fiscale
     */
    public CodiceFiscale citizen() {
        return citizen;
    }

    /**
     * Returns every record, oldest first.
     *
     * @return the records
     */
    public List<ConsentRecord> records() {
        return records;
    }

    /**
     * Returns the latest record of a kind. Of two records with the same instant, the one appended last wins.
     *
     * @param kind the kind
     * @return the latest record, or empty if the citizen never made that choice
     */
    public Optional<ConsentRecord> current(ConsentKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).kind() == kind) {
                return Optional.of(records.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentHistory other && citizen.equals(other.citizen) && records.equals(other.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citizen, records);
    }

    @Override
    public String toString() {
        return "ConsentHistory[" + records.size() + " records]";
    }
}
