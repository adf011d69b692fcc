package io.tscns.benchmarks.cms;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A load-generating counter that speaks the CMS protocol's identification and activation calls straight over one
 * kept-alive mutual-TLS connection, the way {@code wrk} or {@code h2load} load a server: the request is written as bytes and only the
 * status line, the headers and the body length are read back. It measures what the sandbox can serve when the clients
 * cost next to nothing — unlike the SDK's {@code CmsClient}, whose {@code java.net.http} stack costs more CPU per
 * call than the sandbox itself and, on the same two cores, would be measuring itself. Not thread-safe: one per
 * counter thread.
 */
final class WireCounter implements AutoCloseable {

    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_BODY = 64 * 1024;
    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String host;

    WireCounter(SSLContext tls, String host, int port) throws IOException {
        this.socket = (SSLSocket) tls.getSocketFactory().createSocket(host, port);
        socket.setTcpNoDelay(true);
        socket.startHandshake();
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        this.host = host + ":" + port;
    }

    /**
     * Identifies a card, as a counter does before activating it, and returns the identification's reference.
     *
     * @param request the data on the card's face
     * @return the reference
     * @throws IOException if the connection fails, the answer is malformed or not a match
     */
    IdentificationRef identify(IdentifyRequest request) throws IOException {
        byte[][] answer = new byte[1][];
        int status = post("/cards/identify", CmsJson.encode(request), answer);
        if (status != 200 || !(CmsJson.decode(answer[0], IdentifyResult.class) instanceof IdentifyResult.Match match)) {
            throw new IOException("identification answered " + status);
        }
        return match.identificationRef();
    }

    /**
     * Sends one activation and reads the whole answer.
     *
     * @param cardId  the card
     * @param request the activation request
     * @return the HTTP status
     * @throws IOException if the connection fails or the answer is malformed
     */
    int activate(String cardId, ActivateCardRequest request) throws IOException {
        return post("/cards/" + cardId + "/activation", CmsJson.encode(request), null);
    }

    /** Posts a body and reads the answer: its body into {@code answer[0]} if asked, else skipped. */
    private int post(String path, byte[] body, byte[][] answer) throws IOException {
        String head = "POST " + CmsHeaders.BASE_PATH + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + CmsHeaders.REQUEST_ID + ": " + UUID.randomUUID() + "\r\n"
                + CmsHeaders.IDEMPOTENCY_KEY + ": " + UUID.randomUUID() + "\r\n"
                + "Accept: " + CmsHeaders.JSON + ", " + CmsHeaders.PROBLEM_JSON + "\r\n"
                + "Content-Type: " + CmsHeaders.JSON + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, message, 0, headBytes.length);
        System.arraycopy(body, 0, message, headBytes.length, body.length);
        out.write(message);
        out.flush();
        return readAnswer(answer);
    }

    private int readAnswer(byte[][] answer) throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0
                    && header.substring(0, colon)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("content-length")) {
                length = Long.parseLong(header.substring(colon + 1).trim());
            }
        }
        if (length < 0) {
            throw new IOException("answer without Content-Length");
        }
        if (answer != null && length <= MAX_BODY) {
            answer[0] = in.readNBytes((int) length);
        } else {
            in.skipNBytes(length);
        }
        return code;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (line.size() >= MAX_HEADER_LINE) {
                throw new IOException("header line over " + MAX_HEADER_LINE + " bytes");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
