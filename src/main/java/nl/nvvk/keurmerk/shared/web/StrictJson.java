package nl.nvvk.keurmerk.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import nl.nvvk.keurmerk.shared.validation.Dates;

/**
 * JSON is read as the contract writes it, and nothing else passes for it: no text after the value, no
 * property twice, no number for an enum code, a text or a yes/no, no fraction for a whole number, a date
 * only as {@code yyyy-MM-dd} within {@link Dates}, and no text holding half of a UTF-16 surrogate pair
 * (which would be stored as '?'). Each refusal is a 400 naming the field (JsonProblems).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // JsonParser.Feature on the mapper: the factory is Quarkus's to configure
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                // A JSON tree (a batch's packages) keeps 1.00000000000000001 and 1e400 as they were written.
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            for (CoercionInputShape other : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String}) {
                if (!sameShape(scalar, other)) {
                    mapper.coercionConfigFor(scalar).setCoercion(other, CoercionAction.Fail);
                }
            }
        }
        SimpleModule strict = new SimpleModule("strict-json").addDeserializer(String.class, new WholeTextDeserializer());
        // A modifier rather than a deserializer: it applies whichever module registered LocalDate's, and when.
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription type, JsonDeserializer<?> found) {
                return type.getBeanClass() == LocalDate.class ? new DayDeserializer() : found;
            }
        });
        mapper.registerModule(strict);
    }

    /** An integer may stand for a decimal number; everything else keeps its own shape. */
    private static boolean sameShape(LogicalType scalar, CoercionInputShape shape) {
        return switch (scalar) {
            case Textual -> shape == CoercionInputShape.String;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            default -> true;
        };
    }

    private static final class DayDeserializer extends StdScalarDeserializer<LocalDate> {
        DayDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return Dates.parse(text);
            } catch (DateTimeException notADay) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, Dates.EXPECTED);
            }
        }
    }

    private static final class WholeTextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && hasLoneSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "holds half of a UTF-16 surrogate pair");
            }
            return text;
        }

        private static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
