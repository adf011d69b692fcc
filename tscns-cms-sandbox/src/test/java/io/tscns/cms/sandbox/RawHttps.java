package io.tscns.cms.sandbox;

import io.tscns.testpki.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Raw HTTP/1.1 over TLS to the sandbox, byte for byte, for requests no HTTP client would send: control characters,
 * broken escapes and chunk sizes, huge headers and declared lengths, half-sent requests. Anonymous (no client
 * certificate), as an attacker on the loopback interface would come.
 */
final class RawHttps implements AutoCloseable {

    /** An answer: its status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final SSLSocket socket;
    private final long connectedAt = System.nanoTime();

    private RawHttps(SSLSocket socket) {
        this.socket = socket;
    }

    /**
     * Connects and completes the TLS handshake.
     *
     * @param cms the sandbox
     * @return the connection
     */
    static RawHttps connect(SimulatedCms cms) {
        return connect(cms, TlsContexts.anonymousClient(List.of(cms.caCertificate())));
    }

    /**
     * Connects with a TLS context of the caller's (an operator's certificate) and completes the handshake.
     *
     * @param cms the sandbox
     * @param tls the client's TLS context
     * @return the connection
     */
    static RawHttps connect(SimulatedCms cms, SSLContext tls) {
        try {
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
            socket.connect(new InetSocketAddress("localhost", cms.port()), 10_000);
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            return new RawHttps(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends bytes as they are. A server that answers and closes before it has read them all (a huge header) makes
     * the write fail: that is not an error here, the answer is read next.
     */
    RawHttps send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // the server stopped reading; its answer, if any, is still to be read
        }
        return this;
    }

    /** Sends text as ISO-8859-1 bytes. */
    RawHttps send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The server's certificate. */
    X509Certificate serverCertificate() {
        try {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server has closed the connection (a read sees its end, or a reset). */
    boolean closedByServer() {
        try {
            socket.setSoTimeout(30_000);
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Reads one answer: status line, headers, and a body of {@code Content-Length} bytes or chunked.
     *
     * @return the answer
     * @throws AssertionError if the connection ends before an answer
     */
    Answer read() {
        return read(false);
    }

    /**
     * Reads one answer, without a body if it answers a {@code HEAD}.
     *
     * @param head whether the request was a {@code HEAD}
     * @return the answer
     * @throws AssertionError if the connection ends before an answer
     */
    Answer read(boolean head) {
        try {
            InputStream in = socket.getInputStream();
            String status = line(in);
            if (status == null) {
                throw new AssertionError("the connection from port " + socket.getLocalPort()
                        + " was closed without an answer, " + (System.nanoTime() - connectedAt) / 1_000_000
                        + " ms after the handshake");
            }
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(
                        header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (head) {
                return new Answer(Integer.parseInt(status.split(" ")[1]), headers, "");
            }
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16);
                        size > 0;
                        size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(
                    "the connection from port " + socket.getLocalPort() + " failed without an answer, "
                            + (System.nanoTime() - connectedAt) / 1_000_000 + " ms after the handshake",
                    e);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection the server may have closed already
        }
    }
}
