package nl.nvvk.keurmerk.certificate;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackageFor;
import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures.Registered;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Public verification without a token: by number, by KvK number, the register, its CSV and the badge. */
@QuarkusTest
class PublicRegisterResourceTest {
    private static final String BY_NUMBER = "/api/v1/public/certificates/{number}";
    private static final String BADGE = "/api/v1/public/certificates/{number}/badge.svg";
    private static final String BY_KVK = "/api/v1/public/organisations/{kvkNumber}/certificate";
    private static final String REGISTER = "/api/v1/public/certificates";
    private static final String CSV = "/api/v1/public/register.csv";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A well-formed number (its check character matches) that no certificate has: 55 random bits make a clash unthinkable. */
    private static final String NEVER_ISSUED = "NVVK-0000-0000-0000";

    @Inject
    AgroalDataSource database;

    private record Granted(String id, String number, String kvk, String name, String place) {
    }

    @Test
    void anyone_verifies_a_certificate_by_number_and_sees_only_what_is_public() {
        Granted granted = grant();
        LocalDate today = LocalDate.now(AMSTERDAM);
        Response answer = Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number());
        answer.then().statusCode(200)
                .header("Cache-Control", "public, max-age=0, must-revalidate").header("ETag", notNullValue())
                .body("number", equalTo(granted.number())).body("status", equalTo("ACTIVE"))
                .body("organisation.kvkNumber", equalTo(granted.kvk())).body("organisation.name", equalTo(granted.name()))
                .body("organisation.place", equalTo(granted.place()))
                .body("certifyingBody.code", equalTo(Fixtures.OUR_BODY)).body("certifyingBody.name", notNullValue())
                .body("frameworkVersion", equalTo("1.1")).body("scope", contains("INTAKE_AND_PLAN", "DEBT_MEDIATION"))
                .body("validFrom", equalTo(today.toString())).body("validUntil", equalTo(today.plusYears(3).minusDays(1).toString()))
                .body("statusChangedAt", notNullValue()).body("supersededBy", nullValue())
                // Nothing of the registry's own ids, the audit or its content.
                .body("$", not(hasKey("id"))).body("$", not(hasKey("audit"))).body("$", not(hasKey("statusHistory")));
        assertThat(answer.asString()).doesNotContain(granted.id()).doesNotContainIgnoringCase("finding");

        // As people type it: lower case, without hyphens, with an O for a 0.
        String typed = granted.number().toLowerCase().replace("-", "").replace('0', 'o');
        Api.as(As.ANONYMOUS).get(BY_NUMBER, typed).then().statusCode(200).body("number", equalTo(granted.number()));
        // A poller that names the ETag it holds pays for no body while nothing changed.
        Api.as(As.ANONYMOUS).header("If-None-Match", answer.header("ETag")).get(BY_NUMBER, granted.number()).then().statusCode(304)
                .header("Cache-Control", "public, max-age=0, must-revalidate");
    }

    @Test
    void an_unknown_number_is_404_and_a_mistyped_one_a_422_naming_the_number() {
        Api.as(As.ANONYMOUS).get(BY_NUMBER, NEVER_ISSUED).then().spec(problem(404));
        Api.as(As.ANONYMOUS).accept("image/svg+xml").get(BADGE, NEVER_ISSUED).then().spec(problem(404));
        Granted granted = grant();
        String number = granted.number();
        // One symbol changed: the check character no longer matches.
        char changed = number.charAt(5) == '7' ? '8' : '7';
        String mistyped = number.substring(0, 5) + changed + number.substring(6);
        for (String bad : List.of(mistyped, "NVVK-1234", "certificate", "NVVK-7KQ2-M9XH-4DP!", "x".repeat(41))) {
            Api.malformedAs(As.ANONYMOUS).get(BY_NUMBER, bad).then().spec(problem(422)).body("errors[0].field", equalTo("number"));
        }
        Api.malformedAs(As.ANONYMOUS).get(BY_KVK, "1234").then().spec(problem(422)).body("errors[0].field", equalTo("kvkNumber"));
    }

    @ParameterizedTest(name = "{0} reads the public register")
    @EnumSource(value = As.class, names = {"ANONYMOUS", "NO_ROLE", "ADMIN", "CERTIFIER", "OTHER_CERTIFIER", "MEMBER", "OTHER_MEMBER"})
    void every_caller_reads_every_public_answer_alike(As caller) {
        Granted granted = grant();
        Api.as(caller).get(BY_NUMBER, granted.number()).then().statusCode(200).body("number", equalTo(granted.number()));
        Api.as(caller).get(BY_KVK, granted.kvk()).then().statusCode(200).body("number", equalTo(granted.number()));
        Api.as(caller).accept("image/svg+xml").get(BADGE, granted.number()).then().statusCode(200);
        Api.as(caller).queryParam("kvkNumber", granted.kvk()).get(REGISTER).then().statusCode(200).body("items.number", contains(granted.number()));
        Api.as(caller).accept("text/csv").queryParam("kvkNumber", granted.kvk()).get(CSV).then().statusCode(200);
    }

    @Test
    void a_suspension_shows_in_every_public_answer_as_soon_as_it_is_answered_and_the_old_etag_no_longer_confirms() {
        Granted granted = grant();
        String etag = Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number()).header("ETag");
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Verbeterplan niet uitgevoerd."))
                .post("/api/v1/certificates/{id}/suspension", granted.id()).then().statusCode(200);

        Api.as(As.ANONYMOUS).header("If-None-Match", etag).get(BY_NUMBER, granted.number()).then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).header("ETag", not(equalTo(etag)));
        Api.as(As.ANONYMOUS).get(BY_KVK, granted.kvk()).then().body("status", equalTo("SUSPENDED"));
        Api.as(As.ANONYMOUS).accept("image/svg+xml").get(BADGE, granted.number()).then().body(containsString("geschorst"));
        Api.as(As.ANONYMOUS).queryParam("kvkNumber", granted.kvk()).get(REGISTER).then().body("items[0].status", equalTo("SUSPENDED"));
        Api.as(As.ANONYMOUS).queryParam("kvkNumber", granted.kvk()).queryParam("status", "ACTIVE").get(REGISTER).then().body("items", hasSize(0));

        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Plan alsnog uitgevoerd."))
                .post("/api/v1/certificates/{id}/reinstatement", granted.id()).then().statusCode(200);
        Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number()).then().body("status", equalTo("ACTIVE"));
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Fraude vastgesteld."))
                .post("/api/v1/certificates/{id}/withdrawal", granted.id()).then().statusCode(200);
        Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number()).then().body("status", equalTo("WITHDRAWN"));
        Api.as(As.ANONYMOUS).accept("image/svg+xml").get(BADGE, granted.number()).then().body(containsString("ingetrokken"));
    }

    @Test
    void a_change_committed_elsewhere_reaches_this_replica_within_a_second() throws Exception {
        Granted granted = grant();
        // As another replica would: committed straight to the database, past this replica's services.
        execute("update certificate set status = 'SUSPENDED', status_changed_at = now(), lock_version = lock_version + 1 where number = ?", granted.number());
        assertThat(secondsUntil(() -> "SUSPENDED".equals(Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number()).path("status"))))
                .as("seconds until the other replica's suspension showed").isLessThan(1.0);

        execute("update organisation set name = ?, lock_version = lock_version + 1 where kvk_number = ?", "Gemeente Hernoemd " + granted.kvk(), granted.kvk());
        assertThat(secondsUntil(() -> ("Gemeente Hernoemd " + granted.kvk()).equals(Api.as(As.ANONYMOUS).get(BY_NUMBER, granted.number()).path("organisation.name"))))
                .as("seconds until the rename showed").isLessThan(1.0);
    }

    @Test
    void a_replica_that_finds_a_gap_in_the_change_log_reads_the_register_whole_and_answers_as_before() throws Exception {
        Granted changed = grant();
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Onderzoek loopt."))
                .post("/api/v1/certificates/{id}/suspension", changed.id()).then().statusCode(200);
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Onderzoek afgerond."))
                .post("/api/v1/certificates/{id}/reinstatement", changed.id()).then().statusCode(200);
        var before = Api.as(As.ANONYMOUS).get(BY_NUMBER, changed.number());
        Granted other = grant();

        // Versions the replica never saw (the log pruned past it): the next change it reads is not the one after its own.
        execute("update register_version set version = version + 5");
        execute("update organisation set name = ?, lock_version = lock_version + 1 where kvk_number = ?", "Gemeente Herlezen " + other.kvk(), other.kvk());
        assertThat(secondsUntil(() -> ("Gemeente Herlezen " + other.kvk()).equals(Api.as(As.ANONYMOUS).get(BY_NUMBER, other.number()).path("organisation.name"))))
                .as("seconds until the register, read whole, showed the rename").isLessThan(1.0);

        // Its status changes read in the whole register's one pass: the same answer, so the same ETag.
        var after = Api.as(As.ANONYMOUS).get(BY_NUMBER, changed.number());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.body().asString()).isEqualTo(before.body().asString());
    }

    @Test
    void by_kvk_number_the_organisation_s_latest_certificate_answers_and_an_organisation_without_one_404() {
        Granted first = grant();
        String cached = Api.as(As.ANONYMOUS).get(BY_KVK, first.kvk()).then().statusCode(200).body("number", equalTo(first.number())).extract().header("ETag");
        String later = CertificateResourceTest.granted(aPackageFor(first.kvk()).with("status", "SUBMITTED").with("type", "RECERTIFICATION"));
        String laterNumber = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", later).path("number");

        // A cache holding the first certificate's answer is not told it is still current.
        Api.as(As.ANONYMOUS).header("If-None-Match", cached).get(BY_KVK, first.kvk()).then().statusCode(200)
                .body("number", equalTo(laterNumber)).body("status", equalTo("ACTIVE")).header("ETag", not(equalTo(cached)));
        Api.as(As.ANONYMOUS).get(BY_NUMBER, first.number()).then().body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo(laterNumber));
        Api.as(As.ANONYMOUS).accept("image/svg+xml").get(BADGE, first.number()).then().body(containsString("vervangen"));

        Registered never = OrganisationFixtures.anOrganisation().register();
        Api.as(As.ANONYMOUS).get(BY_KVK, never.kvk()).then().spec(problem(404));
    }

    @Test
    void the_register_filters_on_status_service_body_place_validity_day_and_organisation() {
        Granted granted = grant();
        LocalDate today = LocalDate.now(AMSTERDAM);
        String place = granted.place();
        Api.as(As.ANONYMOUS).queryParam("place", place.toUpperCase()).get(REGISTER).then().statusCode(200)
                .header("Cache-Control", "public, max-age=0, must-revalidate").body("items.number", contains(granted.number()));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("service", "DEBT_MEDIATION").queryParam("certifyingBody", Fixtures.OUR_BODY)
                .queryParam("status", "ACTIVE").queryParam("validOn", today.toString()).get(REGISTER).then().body("items.number", contains(granted.number()));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("service", "WSNP").get(REGISTER).then().body("items", hasSize(0));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("certifyingBody", Fixtures.OTHER_BODY).get(REGISTER).then().body("items", hasSize(0));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("validOn", today.minusDays(1).toString()).get(REGISTER).then().body("items", hasSize(0));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("validOn", today.plusYears(3).toString()).get(REGISTER).then().body("items", hasSize(0));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("status", "EXPIRED").get(REGISTER).then().body("items", hasSize(0));

        // Suspended today: it no longer counts today, and the day before it still did.
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Onderzoek loopt."))
                .post("/api/v1/certificates/{id}/suspension", granted.id()).then().statusCode(200);
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("validOn", today.toString()).get(REGISTER).then().body("items", hasSize(0));
        Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("status", "SUSPENDED").get(REGISTER).then().body("items.number", contains(granted.number()));
    }

    @Test
    void the_register_pages_by_organisation_name_with_a_cursor_that_only_it_accepts() {
        String place = "Bladerdorp" + Fixtures.uniqueKvk();
        List<String> expected = new ArrayList<>();
        for (String name : List.of("Gemeente Cadans", "gemeente Bakkum", "Gemeente Aduard", "Gemeente Dalen", "Gemeente Epe")) {
            expected.add(grantIn(place, name + " " + place).number());
        }
        List<String> read = new ArrayList<>();
        String cursor = null;
        // Bounded: five certificates, two a page.
        for (int page = 0; page < 5; page++) {
            var request = Api.as(As.ANONYMOUS).queryParam("place", place).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response answer = request.get(REGISTER);
            answer.then().statusCode(200);
            read.addAll(answer.path("items.number"));
            cursor = answer.path("next");
            if (cursor == null) {
                break;
            }
        }
        // Aduard, Bakkum (lower case sorts with the rest), Cadans, Dalen, Epe.
        assertThat(read).containsExactly(expected.get(2), expected.get(1), expected.get(0), expected.get(3), expected.get(4));

        String auditsCursor = Api.as(As.ADMIN).queryParam("limit", 1).get("/api/v1/certificates").path("next");
        Api.malformedAs(As.ANONYMOUS).queryParam("cursor", auditsCursor).get(REGISTER).then().spec(problem(422)).body("errors[0].field", equalTo("cursor"));
        Api.malformedAs(As.ANONYMOUS).queryParam("cursor", "bm90LWEtY3Vyc29y").get(REGISTER).then().spec(problem(422)).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void bad_filters_are_422_naming_the_parameter() {
        Map<String, String> bad = Map.of("status", "VALID", "service", "everything", "validOn", "2026-02-30", "certifyingBody", "kiwa",
                "place", "Line\nbreak", "kvkNumber", "123", "limit", "0", "kvk", "90000001");
        bad.forEach((parameter, value) -> {
            Api.malformedAs(As.ANONYMOUS).queryParam(parameter, value).get(REGISTER).then().spec(problem(422))
                    .body("errors.field", org.hamcrest.Matchers.hasItem(parameter));
            Api.malformedAs(As.ANONYMOUS).accept("text/csv").queryParam(parameter, value).get(CSV).then().statusCode(422);
        });
    }

    @Test
    void the_csv_export_has_a_header_and_a_row_per_certificate_with_formula_cells_defused() {
        String place = "Rekendorp" + Fixtures.uniqueKvk();
        Granted plain = grantIn(place, "Gemeente Rekendorp, Oost");
        Granted formula = grantIn(place, "=HYPERLINK(\"https://example.org\") " + place);
        Response answer = Api.as(As.ANONYMOUS).accept("text/csv").queryParam("place", place).get(CSV);
        answer.then().statusCode(200).contentType(startsWith("text/csv")).header("ETag", notNullValue())
                .header("Content-Disposition", containsString("keurmerkregister.csv"));
        String[] lines = answer.asString().split("\r\n");
        assertThat(lines[0]).isEqualTo(RegisterCsv.HEADER);
        assertThat(lines).hasSize(3);
        LocalDate today = LocalDate.now(AMSTERDAM);
        assertThat(lines[1]).startsWith(formula.number() + ",ACTIVE," + formula.kvk() + ",\"'=HYPERLINK(\"\"https://example.org\"\") " + place + "\"," + place + ",");
        assertThat(lines[2]).startsWith(plain.number() + ",ACTIVE," + plain.kvk() + ",\"Gemeente Rekendorp, Oost\"," + place + "," + Fixtures.OUR_BODY + ",")
                .contains(",1.1,INTAKE_AND_PLAN DEBT_MEDIATION," + today + "," + today + "," + today.plusYears(3).minusDays(1) + ",");
    }

    @Test
    void the_spreadsheet_nl_export_has_a_byte_order_mark_semicolons_the_same_header_quoting_and_defused_formulas() {
        String place = "Puntkomma" + Fixtures.uniqueKvk();
        Granted plain = grantIn(place, "Coöperatie Rekendorp, Oost");
        Granted separated = grantIn(place, "Gemeente Rekendorp; \"West\"");
        Granted formula = grantIn(place, "=HYPERLINK(\"https://example.org\") " + place);
        Response answer = Api.as(As.ANONYMOUS).accept("text/csv").queryParam("place", place).queryParam("dialect", "spreadsheet-nl").get(CSV);
        answer.then().statusCode(200).contentType(equalTo("text/csv; charset=utf-8; header=present")).header("ETag", notNullValue())
                .header("Content-Disposition", "attachment; filename=\"keurmerkregister-spreadsheet-nl.csv\"");
        byte[] bytes = answer.asByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\uFEFF");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(RegisterCsv.HEADER.replace(',', ';'));
        LocalDate today = LocalDate.now(AMSTERDAM);
        String rest = ";" + Fixtures.OUR_BODY + ";";
        // In the register's order: by name, ignoring case ('=' sorts before letters).
        assertThat(lines[2]).startsWith(plain.number() + ";ACTIVE;" + plain.kvk() + ";Coöperatie Rekendorp, Oost;" + place + rest)
                .contains(";1.1;INTAKE_AND_PLAN DEBT_MEDIATION;" + today + ";" + today + ";" + today.plusYears(3).minusDays(1) + ";")
                .endsWith(";");
        assertThat(lines[1]).startsWith(formula.number() + ";ACTIVE;" + formula.kvk() + ";\"'=HYPERLINK(\"\"https://example.org\"\") " + place + "\";" + place + rest);
        assertThat(lines[3]).startsWith(separated.number() + ";ACTIVE;" + separated.kvk() + ";\"Gemeente Rekendorp; \"\"West\"\"\";" + place + rest);

        // The RFC 4180 form of the same rows, asked for by name, is today's: commas, no byte-order mark.
        Response rfc = Api.as(As.ANONYMOUS).accept("text/csv").queryParam("place", place).queryParam("dialect", "rfc4180").get(CSV);
        rfc.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"keurmerkregister.csv\"");
        assertThat(rfc.asByteArray()[0]).isEqualTo((byte) 'n');
        assertThat(rfc.asString().split("\r\n")[2]).startsWith(plain.number() + ",ACTIVE," + plain.kvk() + ",\"Coöperatie Rekendorp, Oost\"," + place + ",");
        assertThat(rfc.asString().split("\r\n")[3]).startsWith(separated.number() + ",ACTIVE," + separated.kvk() + ",\"Gemeente Rekendorp; \"\"West\"\"\"," + place + ",");
        assertThat(rfc.asString()).isEqualTo(Api.as(As.ANONYMOUS).accept("text/csv").queryParam("place", place).get(CSV).asString());
    }

    @Test
    void an_unknown_dialect_is_422_naming_the_parameter() {
        for (String dialect : new String[] {"excel", "SPREADSHEET-NL", "rfc4180;"}) {
            Api.malformedAs(As.ANONYMOUS).accept("text/csv").queryParam("dialect", dialect).get(CSV).then().spec(problem(422))
                    .body("errors[0].field", equalTo("dialect")).body("errors[0].message", equalTo("must be rfc4180 or spreadsheet-nl"));
        }
    }

    @Test
    void the_badge_shows_the_live_status_and_last_valid_day_as_an_svg_that_runs_nothing() {
        Granted granted = grant();
        String until = LocalDate.now(AMSTERDAM).plusYears(3).minusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        Response badge = Api.as(As.ANONYMOUS).accept("image/svg+xml").get(BADGE, granted.number());
        badge.then().statusCode(200).contentType(startsWith("image/svg+xml")).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", startsWith("default-src 'none'")).header("Cache-Control", "public, max-age=0, must-revalidate");
        assertThat(badge.asString()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("geldig t/m " + until)
                .contains(granted.number()).doesNotContain("<script").doesNotContain(granted.name());
        Api.as(As.ANONYMOUS).accept("image/svg+xml").header("If-None-Match", badge.header("ETag")).get(BADGE, granted.number()).then().statusCode(304);
    }

    @Test
    void nothing_listed_is_anything_but_public_fields() {
        grant();
        Api.as(As.ANONYMOUS).queryParam("limit", 200).get(REGISTER).then().statusCode(200)
                .body("items", everyItem(not(hasKey("id")))).body("items", everyItem(not(hasKey("audit"))));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Granted grant() {
        return grantIn("Plaats" + Fixtures.uniqueKvk(), null);
    }

    /** A certificate of a fresh organisation in this place (with this name, or a made-up one), granted on our body's audit. */
    private Granted grantIn(String place, String name) {
        OrganisationFixtures organisation = OrganisationFixtures.anOrganisation()
                .with("address", Map.of("street", "Raadhuisplein 1", "postalCode", "1234 AB", "city", place));
        if (name != null) {
            organisation.with("name", name);
        }
        Registered registered = organisation.register();
        AuditPackages pack = aPackageFor(registered.kvk()).with("status", "SUBMITTED");
        String id = CertificateResourceTest.granted(pack);
        String number = Api.as(As.ADMIN).get("/api/v1/certificates/{id}", id).path("number");
        return new Granted(id, number, registered.kvk(), (String) registered.body().get("name"), place);
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Seconds until the condition holds, polled every 20 ms for at most 5 s (then the full 5 s). */
    private static double secondsUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        // Bounded: 5 s.
        while (System.nanoTime() - start < 5_000_000_000L) {
            if (condition.getAsBoolean()) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(20);
        }
        return 5.0;
    }
}
