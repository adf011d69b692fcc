package io.tscns.spring.boot.actuate;

import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.login.SourceState;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator health of CNS login (<i>stato di salute dell'accesso con CNS</i>): UP while every CRL and the trusted
 * list hold data within their freshness policy, DOWN as soon as one is stale (past nextUpdate plus the grace) or
 * missing. Each source is a detail: its kind, freshness, age in seconds, next update, last success and last error.
 * DOWN does not by itself refuse logins: the fail mode decides that. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsLoginHealthIndicator implements HealthIndicator {

    private final CnsLogin login;
    private final Clock clock;

    /**
     * Creates the indicator.
     *
     * @param login the login whose sources are reported
     * @param clock the clock of the ages
     */
    public CnsLoginHealthIndicator(CnsLogin login, Clock clock) {
        this.login = Objects.requireNonNull(login, "login");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Health health() {
        List<SourceState> sources = login.sources();
        Instant now = clock.instant();
        boolean fresh = sources.stream().allMatch(source -> source.freshness() == SourceState.Freshness.FRESH);
        Health.Builder health = fresh ? Health.up() : Health.down();
        health.withDetail("failMode", login.policy().failMode().name());
        for (SourceState source : sources) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("kind", source.kind().name());
            detail.put("freshness", source.freshness().name());
            detail.put("location", source.location());
            source.age(now).ifPresent(age -> detail.put("ageSeconds", age.toSeconds()));
            source.nextUpdate().ifPresent(next -> detail.put("nextUpdate", next.toString()));
            source.lastSuccess().ifPresent(success -> detail.put("lastSuccess", success.toString()));
            source.lastError().ifPresent(error -> detail.put("lastError", error));
            health.withDetail(source.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + source.name(), detail);
        }
        return health.build();
    }
}
