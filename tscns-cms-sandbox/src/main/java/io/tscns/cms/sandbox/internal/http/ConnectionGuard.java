package io.tscns.cms.sandbox.internal.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the server's connections (<i>protezione delle connessioni</i>), one record per TLS connection: at most
 * {@code perAddress} open at once from one client address (a connection past it is closed at once), and the read
 * deadline of a request — a connection whose TLS handshake and first request, or whose next request once it has
 * started to arrive, is not in the server's hands within {@code deadline} is closed. A request is in the server's
 * hands from the moment the front starts to serve it ({@link #serving}) until its answer is written ({@link #served});
 * the body has its own deadline there. Between requests a connection waits at most the idle timeout. The connections
 * are checked by one timer thread, a few times per deadline. Thread-safe.
 */
final class ConnectionGuard implements Connection.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    /** What is known of one TLS connection. Written by Jetty's threads, the front's and the timer's. */
    private static final class Tracked {
        final SslConnection tls;
        final InetAddress address;
        final long openedAt;
        volatile boolean handling;
        volatile boolean servedOnce;
        volatile long bytesAtRest;
        volatile long readingSince = -1;

        Tracked(SslConnection tls, InetAddress address, long openedAt) {
            this.tls = tls;
            this.address = address;
            this.openedAt = openedAt;
        }
    }

    private final int perAddress;
    private final long deadlineNanos;
    private final LongSupplier nanoTime;
    private final Map<SslConnection, Tracked> open = new ConcurrentHashMap<>();
    private final Map<InetAddress, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();

    ConnectionGuard(int perAddress, Duration deadline) {
        this.perAddress = perAddress;
        this.deadlineNanos = deadline.toNanos();
        this.nanoTime = System::nanoTime;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sandbox-cms-connection-guard");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(50, deadline.toMillis() / 4);
        timer.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (!(connection instanceof SslConnection tls)) {
            return;
        }
        InetAddress address = address(tls.getEndPoint());
        open.put(tls, new Tracked(tls, address, nanoTime.getAsLong()));
        int count = byAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (count > perAddress) {
            refused.incrementAndGet();
            LOG.debug(
                    "closed a connection from {} at once: {} open from that address, the limit is {}",
                    address,
                    count,
                    perAddress);
            tls.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (!(connection instanceof SslConnection tls)) {
            return;
        }
        Tracked tracked = open.remove(tls);
        if (tracked != null) {
            byAddress.computeIfPresent(tracked.address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /**
     * Marks the request of a connection as being served: its read deadline no longer runs.
     *
     * @param endPoint the request's end point (the TLS connection's decrypted one)
     */
    void serving(EndPoint endPoint) {
        Tracked tracked = tracked(endPoint);
        if (tracked != null) {
            tracked.handling = true;
            tracked.servedOnce = true;
            tracked.readingSince = -1;
        }
    }

    /**
     * Marks the request of a connection as answered: the next one's read deadline starts with its first byte.
     *
     * @param endPoint the request's end point
     */
    void served(EndPoint endPoint) {
        Tracked tracked = tracked(endPoint);
        if (tracked != null) {
            Connection http = tracked.tls.getSslEndPoint().getConnection();
            tracked.bytesAtRest = http == null ? 0 : http.getBytesIn();
            tracked.readingSince = -1;
            tracked.handling = false;
        }
    }

    /**
     * Returns how many connections are open.
     *
     * @return the count
     */
    int openConnections() {
        return open.size();
    }

    /**
     * Returns how many connections were closed because their address had too many.
     *
     * @return the count
     */
    int refusedConnections() {
        return refused.get();
    }

    /**
     * Returns how many connections were closed because a request did not arrive in time.
     *
     * @return the count
     */
    int expiredConnections() {
        return expired.get();
    }

    private Tracked tracked(EndPoint endPoint) {
        return endPoint instanceof SslConnection.SslEndPoint ssl ? open.get(ssl.getSslConnection()) : null;
    }

    /** Closes the connections whose request is late. */
    private void sweep() {
        long now = nanoTime.getAsLong();
        for (Tracked tracked : open.values()) {
            if (tracked.handling) {
                continue;
            }
            long since;
            if (!tracked.servedOnce) {
                since = tracked.openedAt;
            } else {
                Connection http = tracked.tls.getSslEndPoint().getConnection();
                if (http == null || http.getBytesIn() == tracked.bytesAtRest) {
                    continue;
                }
                if (tracked.readingSince < 0) {
                    tracked.readingSince = now;
                }
                since = tracked.readingSince;
            }
            if (now - since > deadlineNanos) {
                expired.incrementAndGet();
                LOG.debug(
                        "closed a connection from {}: its {} was not in after {} ms",
                        tracked.address,
                        tracked.servedOnce ? "next request" : "TLS handshake and first request",
                        (now - since) / 1_000_000);
                tracked.tls.getEndPoint().close();
            }
        }
    }

    private static InetAddress address(EndPoint endPoint) {
        SocketAddress remote = endPoint.getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress()
                : InetAddress.getLoopbackAddress();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
