package nl.nvvk.keurmerk.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;

/** Builds framework documents to import: two areas, three norms, two levels, under a code of its own. */
public final class FrameworkDocuments {
    private final Map<String, Object> document = new LinkedHashMap<>();
    private final List<Map<String, Object>> norms = new ArrayList<>();

    private FrameworkDocuments(String code, String version) {
        document.put("code", code);
        document.put("version", version);
        document.put("title", "Testkader " + code);
        document.put("publishedOn", "2026-01-01");
        document.put("areas", List.of(area(1, "Koers"), area(2, "Leiderschap")));
        document.put("developmentLevels", List.of(
                Map.of("level", 1, "title", "Beheerste processen"), Map.of("level", 2, "title", "Resultaatgericht")));
        norm("wet-en-regelgeving", "1.1", 1, "Voldoen aan wet- en regelgeving");
        norm("nvvk-eisen", "1.2", 1, "Voldoen aan NVVK-eisen");
        norm("belofte", "2.1", 2, "Onderschrijven en uitdragen NVVK Belofte");
        document.put("norms", norms);
    }

    public static FrameworkDocuments aDocument() {
        return new FrameworkDocuments("TEST-" + Fixtures.uniqueBodyCode().substring(2), "1.0");
    }

    public static FrameworkDocuments aDocument(String code, String version) {
        return new FrameworkDocuments(code, version);
    }

    public FrameworkDocuments norm(String key, String number, int area, String title) {
        Map<String, Object> norm = new LinkedHashMap<>();
        norm.put("key", key);
        norm.put("number", number);
        norm.put("area", area);
        norm.put("title", title);
        norms.add(norm);
        return this;
    }

    /** Changes a field of the norm at this index. */
    public FrameworkDocuments normWith(int index, String field, Object value) {
        norms.get(index).put(field, value);
        return this;
    }

    public FrameworkDocuments with(String field, Object value) {
        document.put(field, value);
        return this;
    }

    public String code() {
        return (String) document.get("code");
    }

    public Map<String, Object> body() {
        return document;
    }

    public Imported importAsAdmin() {
        var answer = Api.as(As.ADMIN).contentType("application/json").body(document).post("/api/v1/frameworks")
                .then().statusCode(201).extract();
        return new Imported(answer.jsonPath().getString("id"), answer.header("ETag"));
    }

    public record Imported(String id, String etag) {
        public Imported publish() {
            String etag = Api.as(As.ADMIN).post("/api/v1/frameworks/{id}/publication", id).then().statusCode(200).extract().header("ETag");
            return new Imported(id, etag);
        }
    }

    private static Map<String, Object> area(int number, String title) {
        return Map.of("number", number, "title", title);
    }
}
