package nl.nvvk.keurmerk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.JsonProblems;
import nl.nvvk.keurmerk.shared.error.Violations;

/**
 * Reads an audit package as a certifying body sent it, by hand rather than by the REST layer: only a
 * package that is not a byte-for-byte replay needs reading at all (see {@link AuditService#replay}),
 * and an item of a batch fails on its own. Answers as the REST layer would: 400 for a body that does
 * not read as a package, 422 listing every invalid field.
 */
@ApplicationScoped
class PackageReader {
    private final ObjectMapper json;
    private final Validator validator;

    PackageReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    AuditPackage read(byte[] sent) {
        try {
            return checked(sent.length == 0 ? null : json.readValue(sent, AuditPackage.class));
        } catch (JsonProcessingException e) {
            throw JsonProblems.exception(e);
        } catch (IOException notText) {
            // Bytes in no encoding JSON text can have (Jackson's CharConversionException).
            throw JsonProblems.exception(notText);
        }
    }

    /** The bytes of a batch item as the body of its own push would carry them. */
    byte[] bytesOf(JsonNode sent) {
        try {
            return json.writeValueAsBytes(sent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that was just read can be written", e);
        }
    }

    /** SHA-256, hex: what the audit keeps of the bytes and of the content of its last push. */
    static String hashOf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private AuditPackage checked(AuditPackage contents) {
        if (contents == null) {
            throw InvalidContent.of("$", "the audit package is missing");
        }
        Set<ConstraintViolation<AuditPackage>> violations = validator.validate(contents);
        if (!violations.isEmpty()) {
            throw Violations.of(violations);
        }
        return contents;
    }
}
