package io.tscns.cms.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A JSON parser that refuses the literal {@code null} wherever it stands: the protocol has no member whose value may
 * be null (an optional member is omitted), and a lenient mapper would read a null as "absent". The refusal names the
 * JSON path of the null, never the input. Used by {@link CmsJson} for every document it reads.
 */
final class NullRefusingParser extends JsonParserDelegate {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");

    /** A null was read; the decoder turns it into an invalid value at its path. */
    static final class NullValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        NullValue(String path) {
            super("null at " + path, null, false, false);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    NullRefusingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return refuseNull(super.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
        return refuseNull(super.nextValue());
    }

    @Override
    public String nextTextValue() throws IOException {
        String text = super.nextTextValue();
        refuseNull(currentToken());
        return text;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        int value = super.nextIntValue(defaultValue);
        refuseNull(currentToken());
        return value;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        long value = super.nextLongValue(defaultValue);
        refuseNull(currentToken());
        return value;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        Boolean value = super.nextBooleanValue();
        refuseNull(currentToken());
        return value;
    }

    private JsonToken refuseNull(JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            throw new NullValue(path(getParsingContext()));
        }
        return token;
    }

    /** The path of the current value, as {@code a.b[2].c}, with unsafe names as {@code ?}. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + (SAFE_NAME.matcher(at.getCurrentName()).matches() ? at.getCurrentName() : "?"));
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }
}
