package nl.nvvk.keurmerk.testing;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops the repository's own local Keycloak (docker/keycloak/start-local.sh) for the
 * end-to-end tests, on a port of their own and with a fresh realm import under target/.
 */
public final class LocalKeycloak {
    public static final int PORT = 18180;
    public static final String REALM_URL = "http://127.0.0.1:" + PORT + "/realms/keurmerkregister";
    private static final Path SCRIPT = Path.of("docker", "keycloak", "start-local.sh");
    private static final Path HOME = Path.of("target", "e2e-keycloak");

    public static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";

    private LocalKeycloak() {
    }

    /** A system's token by the client-credentials grant. */
    public static String clientToken(String client, String secret) {
        return RestAssured.given().formParam("grant_type", "client_credentials").formParam("client_id", client).formParam("client_secret", secret)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** A portal user's token by the password grant (the demo realm allows it for keurmerk-portal). */
    public static String userToken(String username, String password) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "keurmerk-portal")
                .formParam("username", username).formParam("password", password).formParam("scope", "openid")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static void start() {
        run("--reset", "--background");
    }

    static void stop() {
        run("--stop");
    }

    private static void run(String... arguments) {
        try {
            Files.createDirectories(HOME);
            String[] command = new String[arguments.length + 1];
            command[0] = SCRIPT.toAbsolutePath().toString();
            System.arraycopy(arguments, 0, command, 1, arguments.length);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(HOME.toFile(), "script.log")));
            builder.environment().put("KEYCLOAK_HOME_DIR", HOME.toAbsolutePath().toString());
            builder.environment().put("KEYCLOAK_PORT", String.valueOf(PORT));
            Process process = builder.start();
            if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak did not %s; see %s".formatted(String.join(" ", arguments), HOME.resolve("script.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + SCRIPT, e);
        }
    }
}
