package io.tscns.spring.boot.actuate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.login.LoginListener;
import io.tscns.auth.login.SourceState;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Micrometer metrics of CNS login (<i>metriche dell'accesso con CNS</i>):
 * <ul>
 *   <li>{@code tscns.auth.validations} (counter, tag {@code outcome} = {@code accepted} or {@code rejected});</li>
 *   <li>{@code tscns.auth.refusals} (counter, tag {@code reason} = the reason's stable code, one per reason);</li>
 *   <li>{@code tscns.auth.sources.unfresh} (gauge: sources stale or missing);</li>
 *   <li>{@code tscns.auth.sources.age.max} (gauge, seconds: the age of the oldest data held).</li>
 * </ul>
 * Counts nothing until bound to a registry. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsLoginMetrics implements LoginListener, MeterBinder {

    private final Supplier<CnsLogin> login;
    private final Clock clock;
    private volatile MeterRegistry registry;
    private volatile Counter accepted;
    private volatile Counter rejected;

    /**
     * Creates the metrics.
     *
     * @param login the login whose sources the gauges read, looked up when bound
     * @param clock the clock of the ages
     */
    public CnsLoginMetrics(Supplier<CnsLogin> login, Clock clock) {
        this.login = Objects.requireNonNull(login, "login");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.accepted = Counter.builder("tscns.auth.validations")
                .tag("outcome", "accepted")
                .description("CNS certificates validated")
                .register(meters);
        this.rejected = Counter.builder("tscns.auth.validations")
                .tag("outcome", "rejected")
                .description("CNS certificates validated")
                .register(meters);
        Gauge.builder(
                        "tscns.auth.sources.unfresh",
                        this,
                        metrics -> metrics.login.get().sources().stream()
                                .filter(source -> source.freshness() != SourceState.Freshness.FRESH)
                                .count())
                .description("trust and revocation sources past their freshness or never loaded")
                .register(meters);
        Gauge.builder("tscns.auth.sources.age.max", this, CnsLoginMetrics::oldest)
                .baseUnit("seconds")
                .description("age of the oldest CRL or trusted list held")
                .register(meters);
        this.registry = meters;
    }

    private double oldest() {
        Instant now = clock.instant();
        return login.get().sources().stream()
                .flatMap(source -> source.age(now).stream())
                .mapToDouble(age -> age.toMillis() / 1000.0)
                .max()
                .orElse(0);
    }

    @Override
    public void onVerdict(Verdict verdict) {
        MeterRegistry meters = registry;
        if (meters == null) {
            return;
        }
        if (verdict instanceof Verdict.Rejected refusal) {
            rejected.increment();
            for (RejectionReason reason : refusal.reasons()) {
                meters.counter("tscns.auth.refusals", "reason", reason.code()).increment();
            }
        } else {
            accepted.increment();
        }
    }
}
