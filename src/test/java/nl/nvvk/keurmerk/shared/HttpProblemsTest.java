package nl.nvvk.keurmerk.shared;

import static io.restassured.RestAssured.given;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures outside any one resource still answer problem+json. */
@QuarkusTest
class HttpProblemsTest {

    @Test
    void an_unknown_path_answers_404_problem() {
        given().accept("application/json").get("/api/v1/onbekend").then().spec(problem(404));
        given().get("/nergens").then().spec(problem(404));
    }

    @Test
    void an_unsupported_method_answers_405_problem_saying_which_methods_are_allowed() {
        given().header("Authorization", "Bearer " + As.ADMIN.token()).delete("/api/v1/organisations")
                .then().spec(problem(405)).header("Allow", "GET, POST");
        given().header("Authorization", "Bearer " + As.ADMIN.token()).delete("/api/v1/organisations/{id}", UUID.randomUUID())
                .then().spec(problem(405)).header("Allow", "GET, PUT");
        given().post("/api/v1/frameworks/{id}", UUID.randomUUID())
                .then().spec(problem(405)).header("Allow", "GET, PUT");
    }

    @Test
    void a_body_over_one_megabyte_answers_413_problem() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        given().header("Authorization", "Bearer " + As.ADMIN.token()).contentType("application/json").body(huge)
                .post("/api/v1/organisations").then().spec(problem(413));
    }

    @Test
    void a_body_that_is_not_json_answers_415_problem() {
        Api.malformedAs(As.ADMIN).contentType("text/plain").body("kvk=12345678").post("/api/v1/organisations")
                .then().spec(problem(415));
    }

    @Test
    void an_id_that_is_not_a_uuid_answers_422_naming_the_path_parameter() {
        Api.malformedAs(As.ADMIN).get("/api/v1/organisations/{id}", "12345678").then().spec(problem(422))
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("UUID"));
        Api.malformedAs(As.ANONYMOUS).get("/api/v1/norms/{id}", "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7").then().spec(problem(422))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void a_missing_token_answers_401_with_a_bearer_challenge() {
        Api.as(As.ANONYMOUS).get("/api/v1/organisations").then().spec(problem(401)).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void expired_and_forged_tokens_answer_401() {
        Api.as(As.EXPIRED).get("/api/v1/organisations").then().spec(problem(401));
        Api.as(As.FORGED).get("/api/v1/organisations").then().spec(problem(401));
        // Signed by the realm, but issued for another application: not for this API, whatever its roles.
        Api.as(As.WRONG_AUDIENCE).get("/api/v1/organisations").then().spec(problem(401));
        Api.as(As.WRONG_AUDIENCE).get("/api/v1/frameworks").then().spec(problem(401));
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/organisations").then().spec(problem(401));
    }

    @Test
    void a_tenant_claim_is_required_for_certifiers_and_members_even_on_public_reads() {
        Api.as(As.CERTIFIER_WITHOUT_BODY).get("/api/v1/frameworks").then().spec(problem(403))
                .body("detail", containsString("certifying_body"));
        Api.as(As.MEMBER_WITHOUT_ORGANISATION).get("/api/v1/frameworks").then().spec(problem(403))
                .body("detail", containsString("organisation"));
    }

    @Test
    void a_uri_over_4096_bytes_answers_414_problem_with_the_request_id() throws IOException {
        Raw answer = Raw.send("GET /api/v1/public/certificates?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Request-Id: lange-uri\r\n\r\n");

        answer.isProblem(414, "uri-too-long").hasRequestId("lange-uri");
        assertThat(answer.json().getString("detail")).contains("4096");
    }

    @Test
    void header_fields_over_20_kilobytes_answer_431_problem_with_the_request_id() throws IOException {
        Raw answer = Raw.send("GET /api/v1/frameworks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: grote-kop\r\n"
                + "X-Padding: " + "x".repeat(70_000) + "\r\n\r\n");

        answer.isProblem(431, "header-fields-too-large").hasRequestId("grote-kop");
    }

    @Test
    void a_path_that_does_not_decode_answers_400_problem() throws IOException {
        Raw answer = Raw.send("GET /api/v1/organisations/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: nl\r\n"
                + "X-Request-Id: kapot-pad\r\nConnection: close\r\n\r\n");

        answer.isProblem(400, "bad-request").hasRequestId("kapot-pad");
        assertThat(answer.header("Content-Language")).isEqualTo("nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/organisations/%", "/api/v1/%zz/x", "/api/v1/public/certificates?q=%ZZ", "/api/v1/norms?area=%E0%A4%A",
            "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/organisations/%00", "abc", "//api/v1/frameworks"})
    void odd_request_targets_answer_a_problem_never_a_server_error(String target) throws IOException {
        Raw answer = Raw.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).as(target + ": " + answer.head()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
        }
    }

    @Test
    void a_chunked_body_is_bounded_by_the_endpoint_s_own_limit_not_the_batch_limit() throws IOException {
        StringBuilder request = new StringBuilder("POST /api/v1/organisations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ")
                .append(As.ADMIN.token()).append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(64 * 1024);
        for (int i = 0; i < 32; i++) { // 2 MB: over the 1 MB of this endpoint, under the 16 MB of the batch push
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");

        Raw.send(request.toString()).isProblem(413, "payload-too-large");
    }

    @Test
    void a_chunked_body_within_the_limit_is_handled_as_any_other() throws IOException {
        OrganisationFixtures organisation = OrganisationFixtures.anOrganisation();
        String json = new ObjectMapper().writeValueAsString(organisation.body());
        String request = "POST /api/v1/organisations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + As.ADMIN.token()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(json.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + json + "\r\n0\r\n\r\n";

        Raw answer = Raw.send(request);

        assertThat(answer.status).as(answer.body).isEqualTo(201);
        assertThat(answer.json().getString("kvkNumber")).isEqualTo(organisation.kvk());
    }

    /** One request written as bytes on a socket, for what an HTTP client library would not send. */
    private record Raw(int status, String head, String body) {

        static Raw send(String request) throws IOException {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                try {
                    out.write(request.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException closedEarly) {
                    // The service may answer and close before it has read everything: read its answer.
                }
                ByteArrayOutputStream read = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                String text = "";
                for (int n; (n = readQuietly(in, buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    text = read.toString(StandardCharsets.UTF_8);
                    if (complete(text)) {
                        break;
                    }
                }
                int end = text.indexOf("\r\n\r\n");
                assertThat(end).as("an answer with a head: %s", text).isPositive();
                String head = text.substring(0, end);
                String body = text.substring(end + 4);
                if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                    body = dechunked(body);
                }
                return new Raw(Integer.parseInt(text.substring(9, 12)), head, body);
            }
        }

        private static String dechunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int line = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, line + 2, line + 2 + size);
                at = line + 2 + size + 2;
            }
        }

        private static int readQuietly(InputStream in, byte[] buffer) {
            try {
                return in.read(buffer);
            } catch (IOException reset) {
                return -1;
            }
        }

        private static boolean complete(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return false;
            }
            var length = java.util.regex.Pattern.compile("(?im)^content-length: *(\\d+)").matcher(text.substring(0, end));
            return length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1));
        }

        String header(String name) {
            var value = java.util.regex.Pattern.compile("(?im)^" + name + ": *(.*)$").matcher(head);
            return value.find() ? value.group(1).strip() : null;
        }

        JsonPath json() {
            return new JsonPath(body);
        }

        Raw isProblem(int expected, String slug) {
            assertThat(status).as(head + "\n" + body).isEqualTo(expected);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            assertThat(json().getInt("status")).isEqualTo(expected);
            assertThat(json().getString("type")).endsWith("/" + slug);
            assertThat(json().getString("title")).isNotBlank();
            return this;
        }

        Raw hasRequestId(String id) {
            assertThat(header("X-Request-Id")).isEqualTo(id);
            return this;
        }
    }
}
