package nl.nvvk.keurmerk.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}" with
 * the secret's key, base64, as "v1,&lt;signature&gt;"; several (during a rotation's overlap) separated by
 * spaces. Secrets are "whsec_" and 32 random bytes in base64.
 */
final class Signatures {
    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The webhook-signature header for this message under each secret. */
    static String header(List<String> secrets, String messageId, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(String secret, String messageId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
