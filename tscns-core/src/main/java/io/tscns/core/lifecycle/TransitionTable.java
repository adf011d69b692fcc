package io.tscns.core.lifecycle;

import static io.tscns.core.lifecycle.CardEventType.ACTIVATION;
import static io.tscns.core.lifecycle.CardEventType.EXPIRY;
import static io.tscns.core.lifecycle.CardEventType.REACTIVATION;
import static io.tscns.core.lifecycle.CardEventType.REPLACEMENT;
import static io.tscns.core.lifecycle.CardEventType.REVOCATION;
import static io.tscns.core.lifecycle.CardEventType.SHIPMENT;
import static io.tscns.core.lifecycle.CardEventType.SUSPENSION;
import static io.tscns.core.lifecycle.CardState.ACTIVE;
import static io.tscns.core.lifecycle.CardState.EXPIRED;
import static io.tscns.core.lifecycle.CardState.ISSUED;
import static io.tscns.core.lifecycle.CardState.REPLACED;
import static io.tscns.core.lifecycle.CardState.REVOKED;
import static io.tscns.core.lifecycle.CardState.SHIPPED;
import static io.tscns.core.lifecycle.CardState.SUSPENDED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit table of the transitions one {@link LifecyclePolicy} allows (<i>tabella delle transizioni di
 * stato</i>): for each state, which event types lead where. Anything not in the table is refused. The table says
 * nothing about who may ask; the revocation rules on top of it are in {@link LifecyclePolicy#check}.
 *
 * <p>The rows common to both policies:
 * <pre>
 * issued    --shipment--&gt;    shipped      shipped   --activation--&gt;  active
 * issued    --revocation--&gt;  revoked      shipped   --revocation--&gt;  revoked
 * issued    --replacement--&gt; replaced     shipped   --replacement--&gt; replaced
 * issued    --expiry--&gt;      expired      shipped   --expiry--&gt;      expired
 * active    --revocation--&gt;  revoked      suspended --revocation--&gt;  revoked
 * active    --replacement--&gt; replaced     suspended --expiry--&gt;      expired
 * active    --expiry--&gt;      expired
 * </pre>
 * {@link LifecyclePolicy#DM_2011} adds {@code active --suspension--> suspended} and
 * {@code suspended --reactivation--> active} (DM 20 giugno 2011, Allegato 2, "sospensione del certificato");
 * {@link LifecyclePolicy#TOSCANA_2_0} does not (Toscana manual v2.0, change log: "eliminazione della funzione
 * sospensione e riattivazione"). Under Toscana 2.0 the state {@code suspended} can only hold cards migrated from the
 * earlier CMS, which may still be revoked or expire.
 *
 * <p>Design choices, all inferences from the sources: revoked, expired and replaced are final (a revocation is
 * "definitiva", §3.2.11); a card is replaced only while its certificate is not on hold, because a hold means a
 * suspected compromise that must be settled by revocation with its real cause or by reactivation; activation needs
 * the card in the holder's hands (§9.1.5), hence after shipment.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TransitionTable {

    /**
     * One row of the table.
     *
     * @param from  the state before
     * @param event the event type
     * @param to    the state after
     */
    public record Row(CardState from, CardEventType event, CardState to) {
        /**
         * Checks the components.
         */
        public Row {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(to, "to");
        }
    }

    private static final List<Row> COMMON_ROWS = List.of(
            new Row(ISSUED, SHIPMENT, SHIPPED),
            new Row(ISSUED, REVOCATION, REVOKED),
            new Row(ISSUED, REPLACEMENT, REPLACED),
            new Row(ISSUED, EXPIRY, EXPIRED),
            new Row(SHIPPED, ACTIVATION, ACTIVE),
            new Row(SHIPPED, REVOCATION, REVOKED),
            new Row(SHIPPED, REPLACEMENT, REPLACED),
            new Row(SHIPPED, EXPIRY, EXPIRED),
            new Row(ACTIVE, REVOCATION, REVOKED),
            new Row(ACTIVE, REPLACEMENT, REPLACED),
            new Row(ACTIVE, EXPIRY, EXPIRED),
            new Row(SUSPENDED, REVOCATION, REVOKED),
            new Row(SUSPENDED, EXPIRY, EXPIRED));

    private static final List<Row> SUSPENSION_ROWS =
            List.of(new Row(ACTIVE, SUSPENSION, SUSPENDED), new Row(SUSPENDED, REACTIVATION, ACTIVE));

    private static final Map<LifecyclePolicy, TransitionTable> TABLES = buildTables();

    private final List<Row> rows;
    private final Map<CardState, Map<CardEventType, CardState>> targets;

    private TransitionTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<CardState, Map<CardEventType, CardState>> map = new EnumMap<>(CardState.class);
        for (CardState state : CardState.values()) {
            map.put(state, new EnumMap<>(CardEventType.class));
        }
        for (Row row : rows) {
            if (map.get(row.from()).put(row.event(), row.to()) != null) {
                throw new IllegalStateException("two rows for " + row.from() + " and " + row.event());
            }
        }
        this.targets = map;
    }

    private static Map<LifecyclePolicy, TransitionTable> buildTables() {
        Map<LifecyclePolicy, TransitionTable> tables = new EnumMap<>(LifecyclePolicy.class);
        for (LifecyclePolicy policy : LifecyclePolicy.values()) {
            List<Row> rows = new ArrayList<>(COMMON_ROWS);
            if (policy.allowsSuspension()) {
                rows.addAll(SUSPENSION_ROWS);
            }
            tables.put(policy, new TransitionTable(rows));
        }
        return tables;
    }

    /**
     * Returns the table of a policy.
     *
     * @param policy the policy
     * @return its table
     */
    public static TransitionTable of(LifecyclePolicy policy) {
        return TABLES.get(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Returns the state an event type leads to from a state, if the table has that row.
     *
     * @param from  the current state
     * @param event the event type
     * @return the next state, or empty if the table has no such transition
     */
    public Optional<CardState> target(CardState from, CardEventType event) {
        Objects.requireNonNull(event, "event");
        return Optional.ofNullable(
                targets.get(Objects.requireNonNull(from, "from")).get(event));
    }

    /**
     * Returns the event types the table allows from a state, for example to show an operator which operations a
     * card admits. Revocation may still be refused for a given requester or cause.
     *
     * @param from the current state
     * @return the event types with a row from that state; empty for a final state
     */
    public Set<CardEventType> eventsFrom(CardState from) {
        Set<CardEventType> events =
                targets.get(Objects.requireNonNull(from, "from")).keySet();
        return events.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    /**
     * Returns every row of the table.
     *
     * @return the rows, in a fixed order
     */
    public List<Row> rows() {
        return rows;
    }
}
