package io.tscns.cms.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.secret.Cip;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Jackson (de)serialisers of the core value types and the secret carriers. Core identifiers are JSON strings read
 * with their own {@code parse}; secrets are written from and read into {@code char[]} buffers that are wiped, never
 * through a {@code String}.
 */
final class WireModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Longest identifier string read (a codice fiscale, a card id, a TEAM number with spaces). */
    private static final int MAX_IDENTIFIER = 64;

    WireModule() {
        super("tscns-cms-wire");
        addText(CodiceFiscale.class, CodiceFiscale::value, CodiceFiscale::parse);
        addText(CardId.class, CardId::value, CardId::parse);
        addText(TeamNumber.class, TeamNumber::value, TeamNumber::parse);
        addText(IdentificationRef.class, IdentificationRef::value, IdentificationRef::parse);
        addSerializer(SecretText.class, new SecretSerializer<>(SecretText::reveal));
        addDeserializer(SecretText.class, new SecretTextDeserializer());
        addSerializer(Cip.class, new SecretSerializer<>(Cip::toCharArray));
        addDeserializer(Cip.class, new CipDeserializer());
        addDeserializer(LocalDate.class, new DateDeserializer());
    }

    /**
     * Reads a date written {@code yyyy-MM-dd} (every date of the protocol) with plain arithmetic, and hands anything
     * else, invalid days included, to the Java-time module's reader, so the accepted inputs and the errors stay
     * exactly its own. {@code DateTimeFormatter} parsing was about a twentieth of the sandbox's request handling.
     */
    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
                char[] text = p.getTextCharacters();
                int at = p.getTextOffset();
                int year = digits(text, at, 4);
                int month = digits(text, at + 5, 2);
                int day = digits(text, at + 8, 2);
                if (year >= 0
                        && month >= 1
                        && month <= 12
                        && day >= 1
                        && text[at + 4] == '-'
                        && text[at + 7] == '-'
                        && day <= Month.of(month).length(Year.isLeap(year))) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        }

        /** The value of {@code count} ASCII digits, or -1. */
        private static int digits(char[] text, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    private <T> void addText(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > MAX_IDENTIFIER) {
                    return ctxt.reportInputMismatch(type, "expected a short string");
                }
                return read.apply(p.getText());
            }
        });
    }

    /** Writes a secret from a {@code char[]} copy that is wiped at once, never through a {@code String}. */
    private static final class SecretSerializer<T> extends JsonSerializer<T> {
        private final Function<T, char[]> reveal;

        SecretSerializer(Function<T, char[]> reveal) {
            this.reveal = reveal;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            char[] chars = reveal.apply(value);
            try {
                gen.writeString(chars, 0, chars.length);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
    }

    private static final class SecretTextDeserializer extends JsonDeserializer<SecretText> {
        @Override
        public SecretText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(SecretText.class, "expected a string");
            }
            return SecretText.copyOf(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
    }

    private static final class CipDeserializer extends JsonDeserializer<Cip> {
        @Override
        public Cip deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > SecretText.MAX_LENGTH) {
                return ctxt.reportInputMismatch(Cip.class, "expected a short string");
            }
            char[] chars =
                    Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(), p.getTextOffset() + p.getTextLength());
            try {
                return Cip.parse(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
    }
}
