package nl.nvvk.keurmerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;

/**
 * Pages through 200,000 organisations, 200 at a time, and prints what the first, a middle and the
 * last page cost: with a seeking keyset the last page costs what the first does. A benchmark, not a
 * test: its name keeps it out of `./mvnw verify`; run it with `bench/keyset-paging.sh`.
 */
@QuarkusTest
class KeysetPagingBenchmark {
    private static final int ROWS = 200_000;
    private static final int PAGE = 200;

    @Inject
    AgroalDataSource database;

    @TestHTTPResource("/api/v1/organisations")
    URI organisations;

    @Test
    void the_last_page_costs_what_the_first_does() throws Exception {
        int total = seed();
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<Long> micros = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String token = As.ADMIN.token();
        String cursor = null;
        int pages = 0;
        // Bounded: never more pages than the rows allow. A plain HTTP client, so the figures are the service's.
        while (pages <= total / PAGE + 1) {
            if (pages % 100 == 0) {
                token = As.ADMIN.token();
            }
            URI page = URI.create(organisations + "?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor));
            HttpRequest request = HttpRequest.newBuilder(page).header("Authorization", "Bearer " + token).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(answer.body());
            body.get("items").forEach(item -> seen.add(item.get("id").asText()));
            pages++;
            cursor = body.hasNonNull("next") ? body.get("next").asText() : null;
            if (cursor == null) {
                break;
            }
        }
        assertThat(seen).hasSize(total);

        System.out.printf("%nkeyset paging over %,d organisations, %d per page, %d pages (HTTP round trip on loopback with a plain client, ms):%n", total, PAGE, pages);
        System.out.printf("  first page (cold JVM)   %8.2f%n", micros.get(0) / 1000.0);
        System.out.printf("  pages 2-11              %8.2f median%n", median(micros.subList(1, 11)));
        System.out.printf("  10 pages in the middle  %8.2f median%n", median(micros.subList(pages / 2 - 5, pages / 2 + 5)));
        System.out.printf("  last 10 pages           %8.2f median%n", median(micros.subList(pages - 10, pages)));
        List<Long> warm = new ArrayList<>(micros.subList(1, pages));
        Collections.sort(warm);
        System.out.printf("  all pages but the first %8.2f median, %8.2f p95, %8.2f max%n",
                warm.get(warm.size() / 2) / 1000.0, warm.get(warm.size() * 95 / 100) / 1000.0, warm.get(warm.size() - 1) / 1000.0);
        explain(PAGE, "second page");
        explain(total / 2, "middle page");
        explain(total - 2 * PAGE, "last page");
    }

    /** 200,000 organisations with scattered names, inserted in one statement. */
    private int seed() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organisation (id, kvk_number, name, kind, membership_status, member_since, created_at, updated_at)
                    select gen_random_uuid(), '3' || lpad(i::text, 7, '0'), 'Organisatie ' || md5(i::text), 'MUNICIPALITY', 'MEMBER',
                           date '2020-01-01', now(), now()
                    from generate_series(1, %d) i
                    on conflict do nothing""".formatted(ROWS));
            sql.execute("analyze organisation");
            try (ResultSet count = sql.executeQuery("select count(*) from organisation")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** What PostgreSQL does for the page after a position, in the two forms of the keyset predicate. */
    private void explain(int offset, String label) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            String name;
            String id;
            try (ResultSet position = sql.executeQuery("select lower(name), id from organisation order by lower(name), id offset %d limit 1".formatted(offset))) {
                position.next();
                name = position.getString(1);
                id = position.getString(2);
            }
            explain(sql, label + ", or-form  ", "lower(name) > '%1$s' or (lower(name) = '%1$s' and id > '%2$s')".formatted(name, id));
            explain(sql, label + ", row-value", "(lower(name), id) > ('%1$s', '%2$s')".formatted(name, id));
        }
    }

    private static void explain(Statement sql, String label, String predicate) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("explain (analyze, costs off) select * from organisation where %s order by lower(name), id limit %d"
                .formatted(predicate, PAGE + 1))) {
            while (rows.next()) {
                plan.add(rows.getString(1).trim());
            }
        }
        String execution = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
        String scan = plan.stream().filter(l -> l.contains("Scan")).findFirst().orElse("?").replaceFirst("^->\\s*", "");
        System.out.printf("  SQL, %s: %s; %s%n", label, execution, scan);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1000.0;
    }
}
