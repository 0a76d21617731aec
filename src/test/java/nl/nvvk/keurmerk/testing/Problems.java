package nl.nvvk.keurmerk.testing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error answer must look like: RFC 9457 problem+json, no Java internals. */
public final class Problems {
    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType("application/problem+json")
                .expectBody("status", equalTo(status))
                .expectBody("type", startsWith("https://keurmerkregister.nvvk.nl/problems/"))
                .expectBody("title", notNullValue())
                .expectBody("detail", notNullValue())
                .expectBody(allOf(not(containsString("java.")), not(containsString("Exception")), not(containsString("nl.nvvk")),
                        not(containsString("\tat "))))
                .build();
    }
}
