package nl.nvvk.keurmerk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a scenario's answers into the contract's examples, one per answer schema: the fullest answer of that
 * schema, with what differs from run to run (ids, instants, certificate numbers, hashes, event numbers) replaced by
 * stable stand-ins (a cursor too), the same value by the same stand-in throughout, instants in their own order, so the examples
 * still tell one consistent story and the file changes only when the answers do.
 */
final class AnswerExamples {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern CERTIFICATE = Pattern.compile("NVVK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}\\b");
    /** Valid numbers (with their check symbol), as the contract's field examples show them. */
    private static final List<String> NUMBERS = List.of("NVVK-7KQ2-M9XH-4DPE", "NVVK-2B8C-Q4ZR-9T6P");
    /** A cursor is sealed with the run's key and names a place in the whole feed: the example shows a stand-in. */
    private static final String CURSOR = "AQAGZXZlbnRzAgAENDcxNgABstandInCursor";
    /** Numbers the feed and the history chain give in the order of the whole database, not of the scenario. */
    private static final List<String> COUNTERS = List.of("id", "sequence");

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, Map<Long, Long>> counters = new HashMap<>();
    private final Map<String, String> instants = new HashMap<>();
    private final TreeSet<Instant> seen = new TreeSet<>();
    private final Map<String, TreeSet<Long>> counted = new HashMap<>();
    private final Instant day;

    private AnswerExamples(Instant day) {
        this.day = day;
    }

    /** The examples by schema name, in the file's form. */
    static String of(List<ContractScenario.Answer> answers, Function<ContractScenario.Answer, String> schemaOf, Instant day) throws Exception {
        Map<String, JsonNode> fullest = new TreeMap<>();
        for (ContractScenario.Answer answer : answers) {
            String schema = answer.status() / 100 == 2 && !ContractScenario.showsSharedData(answer.path()) ? schemaOf.apply(answer) : null;
            JsonNode body = schema == null ? null : answer.json();
            if (body != null && (!fullest.containsKey(schema) || size(body) >= size(fullest.get(schema)))) {
                fullest.put(schema, body);
            }
        }
        AnswerExamples examples = new AnswerExamples(day);
        fullest.values().forEach(examples::collectInstants);
        examples.rankInstants();
        ObjectNode file = JSON.createObjectNode();
        fullest.forEach((schema, body) -> file.set(schema, examples.stable(body, null)));
        return JSON.writeValueAsString(file) + "\n";
    }

    private static int size(JsonNode node) {
        int size = 1;
        for (JsonNode child : node) {
            size += size(child);
        }
        return size;
    }

    private void collectInstants(JsonNode node) {
        collectInstants(node, null);
    }

    private void collectInstants(JsonNode node, String field) {
        if (node.isIntegralNumber() && COUNTERS.contains(field)) {
            counted.computeIfAbsent(field, f -> new TreeSet<>()).add(node.asLong());
        }
        if (node.isTextual()) {
            Matcher matcher = INSTANT.matcher(node.asText());
            while (matcher.find()) {
                seen.add(Instant.parse(matcher.group()));
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> collectInstants(entry.getValue(), entry.getKey()));
        } else {
            node.forEach(this::collectInstants);
        }
    }

    /** Each instant becomes the fixed day plus as many minutes as instants came before it: the order stays, the jitter goes. */
    private void rankInstants() {
        List<Instant> ordered = new ArrayList<>(seen);
        for (int i = 0; i < ordered.size(); i++) {
            instants.put(ordered.get(i).toString(), day.plusSeconds(60L * i).toString());
        }
        // Feed and chain numbers likewise keep their order, not the count of what other tests wrote before.
        counted.forEach((field, values) -> {
            long next = 4711;
            for (long value : values) {
                counters.computeIfAbsent(field, f -> new HashMap<>()).put(value, next++);
            }
        });
    }

    private JsonNode stable(JsonNode node, String field) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(entry -> copy.set(entry.getKey(), stable(entry.getValue(), entry.getKey())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(stable(item, null)));
            return copy;
        }
        if (node.isIntegralNumber() && COUNTERS.contains(field)) {
            return LongNode.valueOf(counters.get(field).get(node.asLong()));
        }
        if (node.isTextual() && "next".equals(field)) {
            return TextNode.valueOf(CURSOR);
        }
        if (node.isTextual()) {
            return TextNode.valueOf(stable(node.asText()));
        }
        return node;
    }

    private String stable(String text) {
        text = replace(text, UUID, id -> ids.computeIfAbsent(id, k -> "0189405e-3c00-7%03x-8000-%012x".formatted(ids.size() % 0x1000, ids.size() + 1)));
        text = replace(text, INSTANT, instant -> instants.getOrDefault(Instant.parse(instant).toString(), instant));
        text = replace(text, CERTIFICATE, number -> numbers.computeIfAbsent(number, k -> {
            if (numbers.size() >= NUMBERS.size()) {
                throw new IllegalStateException("More certificate numbers than stand-ins: add one to AnswerExamples.NUMBERS");
            }
            return NUMBERS.get(numbers.size());
        }));
        return replace(text, HASH, hash -> hashes.computeIfAbsent(hash, k -> sha256("example " + hashes.size())));
    }

    private static String replace(String text, Pattern pattern, Function<String, String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    private static String sha256(String text) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) {
                hex.append("%02x".formatted(b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
