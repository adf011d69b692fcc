package io.tscns.cms.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the sandbox's HTTPS server gives one client and all of them (<i>limiti del server</i>), so that slow,
 * flooding or careless clients cannot take the service from the others: connections are parked without a thread
 * while they send, and a thread serves a request only once its headers are in.
 *
 * @param maxConnections            connections open at once, from every address together; past it the server stops
 *                                  accepting until one closes
 * @param maxConnectionsPerAddress  connections open at once from one client address; a connection past it is closed
 *                                  as soon as it is accepted
 * @param requestDeadline           time a client has to send a request's line and headers (for the first request,
 *                                  the TLS handshake too), counted from its first byte; then the connection is closed
 * @param bodyDeadline              time a client has to send a request's body once its headers are in; then the
 *                                  request is answered {@code request-timeout}
 * @param idleTimeout               time a kept-alive connection may wait for its next request
 * @param workerThreads             threads that serve requests (the server's own selector threads come on top)
 * @param loginAttempts             logins (<i>accessi</i>) with a personal token one operator id may try within
 *                                  {@code rateWindow}, successful or not; past it {@code too-many-requests}
 * @param cipAttempts               requests carrying a CIP (revocation, re-issue) one operator may send within
 *                                  {@code rateWindow}; past it {@code too-many-requests}, before the CIP is tried
 * @param rateWindow                the window of {@code loginAttempts} and {@code cipAttempts}
 * @param maxSessions               token sessions open at once; a login past it ends the operator's oldest session,
 *                                  or is refused {@code too-many-requests} if the table is full of other operators'
 * @param sessionsPerOperator       token sessions open at once per operator; a login past it ends that operator's
 *                                  oldest session
 * @param sessionLifetime           how long a token session lasts
 * @param identificationLifetime    how long a card identification opens activation, reprint and consents of that
 *                                  card to the operator who made it ({@code docs/cms.md §9.5})
 * @since 0.1.0
 */
public record ServerLimits(
        int maxConnections,
        int maxConnectionsPerAddress,
        Duration requestDeadline,
        Duration bodyDeadline,
        Duration idleTimeout,
        int workerThreads,
        int loginAttempts,
        int cipAttempts,
        Duration rateWindow,
        int maxSessions,
        int sessionsPerOperator,
        Duration sessionLifetime,
        Duration identificationLifetime) {

    /**
     * The defaults: 1,024 connections, 128 per address, 10 s for a request's headers and 10 s for its body, 30 s idle,
     * 32 worker threads, 10 logins and 30 requests with a CIP per operator per minute, 4,096 sessions, 8 per
     * operator, sessions of 8 hours, identifications of 30 minutes.
     */
    public static final ServerLimits DEFAULT = new ServerLimits(
            1_024,
            128,
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            32,
            10,
            30,
            Duration.ofMinutes(1),
            4_096,
            8,
            Duration.ofHours(8),
            Duration.ofMinutes(30));

    /**
     * Checks the components.
     */
    public ServerLimits {
        positive("maxConnections", maxConnections);
        positive("maxConnectionsPerAddress", maxConnectionsPerAddress);
        positive("requestDeadline", requestDeadline);
        positive("bodyDeadline", bodyDeadline);
        positive("idleTimeout", idleTimeout);
        if (workerThreads < 4) {
            throw new IllegalArgumentException("workerThreads must be at least 4, not " + workerThreads);
        }
        positive("loginAttempts", loginAttempts);
        positive("cipAttempts", cipAttempts);
        positive("rateWindow", rateWindow);
        positive("maxSessions", maxSessions);
        positive("sessionsPerOperator", sessionsPerOperator);
        positive("sessionLifetime", sessionLifetime);
        positive("identificationLifetime", identificationLifetime);
        if (maxConnectionsPerAddress > maxConnections) {
            throw new IllegalArgumentException("maxConnectionsPerAddress cannot exceed maxConnections");
        }
    }

    /**
     * Returns these limits with other connection caps.
     *
     * @param total      connections open at once
     * @param perAddress connections open at once from one address
     * @return a copy
     */
    public ServerLimits withConnections(int total, int perAddress) {
        return new ServerLimits(
                total,
                perAddress,
                requestDeadline,
                bodyDeadline,
                idleTimeout,
                workerThreads,
                loginAttempts,
                cipAttempts,
                rateWindow,
                maxSessions,
                sessionsPerOperator,
                sessionLifetime,
                identificationLifetime);
    }

    /**
     * Returns these limits with other read deadlines.
     *
     * @param request time for a request's line and headers
     * @param body    time for its body
     * @return a copy
     */
    public ServerLimits withDeadlines(Duration request, Duration body) {
        return new ServerLimits(
                maxConnections,
                maxConnectionsPerAddress,
                request,
                body,
                idleTimeout,
                workerThreads,
                loginAttempts,
                cipAttempts,
                rateWindow,
                maxSessions,
                sessionsPerOperator,
                sessionLifetime,
                identificationLifetime);
    }

    /**
     * Returns these limits with other rates.
     *
     * @param logins logins per operator id within the window
     * @param cips   requests with a CIP per operator within the window
     * @param window the window
     * @return a copy
     */
    public ServerLimits withRates(int logins, int cips, Duration window) {
        return new ServerLimits(
                maxConnections,
                maxConnectionsPerAddress,
                requestDeadline,
                bodyDeadline,
                idleTimeout,
                workerThreads,
                logins,
                cips,
                window,
                maxSessions,
                sessionsPerOperator,
                sessionLifetime,
                identificationLifetime);
    }

    /**
     * Returns these limits with another session table.
     *
     * @param total       sessions open at once
     * @param perOperator sessions open at once per operator
     * @param lifetime    how long a session lasts
     * @return a copy
     */
    public ServerLimits withSessions(int total, int perOperator, Duration lifetime) {
        return new ServerLimits(
                maxConnections,
                maxConnectionsPerAddress,
                requestDeadline,
                bodyDeadline,
                idleTimeout,
                workerThreads,
                loginAttempts,
                cipAttempts,
                rateWindow,
                total,
                perOperator,
                lifetime,
                identificationLifetime);
    }

    /**
     * Returns these limits with another identification lifetime.
     *
     * @param lifetime how long an identification opens activation, reprint and consents
     * @return a copy
     */
    public ServerLimits withIdentificationLifetime(Duration lifetime) {
        return new ServerLimits(
                maxConnections,
                maxConnectionsPerAddress,
                requestDeadline,
                bodyDeadline,
                idleTimeout,
                workerThreads,
                loginAttempts,
                cipAttempts,
                rateWindow,
                maxSessions,
                sessionsPerOperator,
                sessionLifetime,
                lifetime);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
