package nl.nvvk.keurmerk.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Fixtures;

/** Builds organisation requests and registers them through the API, each with its own KvK number. */
public final class OrganisationFixtures {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private OrganisationFixtures() {
        body.put("kvkNumber", Fixtures.uniqueKvk());
        body.put("name", "Gemeente Testdorp " + body.get("kvkNumber"));
        body.put("kind", "MUNICIPALITY");
        body.put("address", Map.of("street", "Raadhuisplein 1", "postalCode", "1234 AB", "city", "Testdorp"));
        body.put("website", "https://www.testdorp.example");
        body.put("membershipStatus", "MEMBER");
        body.put("memberSince", "2019-01-01");
        body.put("servicesOffered", List.of("DEBT_MEDIATION", "INTAKE_AND_PLAN"));
    }

    public static OrganisationFixtures anOrganisation() {
        return new OrganisationFixtures();
    }

    public OrganisationFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public OrganisationFixtures without(String field) {
        body.remove(field);
        return this;
    }

    public String kvk() {
        return (String) body.get("kvkNumber");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }

    /** Registers it as NVVK and answers its id and ETag. */
    public Registered register() {
        var response = Api.as(As.ADMIN).contentType("application/json").body(body).post("/api/v1/organisations")
                .then().statusCode(201).extract();
        return new Registered(response.jsonPath().getString("id"), response.header("ETag"), kvk(), body());
    }

    public record Registered(String id, String etag, String kvk, Map<String, Object> body) {
        public Map<String, Object> bodyWith(String field, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            copy.put(field, value);
            return copy;
        }
    }

    static List<String> kvks(List<Registered> registered) {
        List<String> kvks = new ArrayList<>();
        registered.forEach(r -> kvks.add(r.kvk()));
        return kvks;
    }
}
