package nl.nvvk.keurmerk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** RS256 access tokens shaped like the Keycloak realm's, signed with a key pair made for this test run. */
public final class Tokens {
    public static final String ISSUER = "https://keycloak.test/realms/keurmerkregister";
    /** The audience the service accepts (quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "keurmerkregister-api";
    private static final KeyPair KEYS = generate();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    public static PublicKey publicKey() {
        return KEYS.getPublic();
    }

    /** A token for this API with the given realm roles and extra claims, valid for five minutes from now. */
    public static String issue(String subject, List<String> roles, Map<String, Object> claims) {
        return issue(subject, roles, claims, AUDIENCE, Instant.now().plusSeconds(300), KEYS);
    }

    public static String expired(String subject, List<String> roles) {
        return issue(subject, roles, Map.of(), AUDIENCE, Instant.now().minusSeconds(600), KEYS);
    }

    /** Signed by a key the service does not trust. */
    public static String forged(String subject, List<String> roles) {
        return issue(subject, roles, Map.of(), AUDIENCE, Instant.now().plusSeconds(300), generate());
    }

    /** Properly signed, but issued for another application. */
    public static String forAudience(String subject, List<String> roles, String audience) {
        return issue(subject, roles, Map.of(), audience, Instant.now().plusSeconds(300), KEYS);
    }

    private static String issue(String subject, List<String> roles, Map<String, Object> claims, String audience, Instant expires, KeyPair keys) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
        payload.put("aud", audience);
        payload.put("sub", subject);
        payload.put("preferred_username", subject);
        payload.put("jti", UUID.randomUUID().toString());
        payload.put("iat", expires.minusSeconds(300).getEpochSecond());
        payload.put("exp", expires.getEpochSecond());
        payload.put("typ", "Bearer");
        payload.put("realm_access", Map.of("roles", roles));
        payload.putAll(claims);
        try {
            String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "test")));
            String body = encode(JSON.writeValueAsBytes(payload));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + encode(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
