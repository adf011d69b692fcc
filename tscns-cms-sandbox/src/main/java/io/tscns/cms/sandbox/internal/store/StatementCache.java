package io.tscns.cms.sandbox.internal.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a connection's prepared statements for reuse: {@code prepareStatement(sql)} on the wrapped connection hands
 * back the statement prepared for that text the last time, and closing it only clears its parameters, so the store's
 * {@code try (PreparedStatement s = c.prepareStatement(…))} compiles each statement once per connection instead of at
 * every call. HSQLDB compiles a statement when it is prepared and frees it when it is closed; the sandbox's writer
 * spent a third of its time in HSQLDB's parser before this cache (tscns-benchmarks' README, "Sixth round").
 *
 * <p>The store's statements are fixed texts (values are always bound as parameters), so a connection keeps a few
 * dozen at most. A statement still open when its text is prepared again (a query run inside the loop over its own
 * results) is not shared: the second caller gets a statement of its own, closed for real. Closing the connection
 * closes every kept statement.
 *
 * <p>Not thread-safe, like the connection: the writer's connection is used by its one thread, and a read connection
 * by one caller at a time.
 */
final class StatementCache implements InvocationHandler {

    private final Connection connection;
    private final Map<String, Kept> kept = new HashMap<>();

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /**
     * Wraps a connection.
     *
     * @param connection the connection
     * @return the same connection, keeping its prepared statements
     */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement") && args != null && args.length == 1) {
            return prepare((String) args[0]);
        }
        if (name.equals("close") && (args == null || args.length == 0)) {
            closeKept();
        }
        return call(connection, method, args);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        Kept entry = kept.get(sql);
        if (entry == null) {
            entry = new Kept(connection.prepareStatement(sql));
            kept.put(sql, entry);
        } else if (entry.inUse) {
            return connection.prepareStatement(sql);
        }
        entry.inUse = true;
        return entry.view;
    }

    private void closeKept() {
        for (Kept entry : kept.values()) {
            try {
                entry.statement.close();
            } catch (SQLException e) {
                // The connection is closing anyway.
            }
        }
        kept.clear();
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A kept statement and the view callers get, whose {@code close()} hands it back. */
    private static final class Kept implements InvocationHandler {
        private final PreparedStatement statement;
        private final PreparedStatement view;
        private boolean inUse;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.view = (PreparedStatement) Proxy.newProxyInstance(
                    StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        statement.clearParameters();
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse;
                }
                default -> {
                    return call(statement, method, args);
                }
            }
        }
    }
}
