package nl.nvvk.keurmerk.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.nvvk.keurmerk.certificate.PublicDtos.PublicCertificate;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.error.ProblemException;
import nl.nvvk.keurmerk.shared.error.Unavailable;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The verification page: what a citizen or creditor lands on when they scan a certificate's QR code
 * or search by number or KvK number. Plain HTML from server-side templates, no script, a strict
 * Content-Security-Policy, Dutch unless the browser asks for English. Read from the same copy of
 * the public register as the JSON answers, so a suspension shows here as fast, with the same ETags.
 *
 * <p>A browser (it asks for text/html) gets its errors as a page that says what to do; any other
 * client gets the problem details every endpoint answers with.
 */
@Path("/api/v1/public/verify")
@PermitAll
// Both pages fail alike: a page for a browser, problem details for any other client.
@APIResponse(responseCode = "404", description = "Not in the register: a page saying so for a browser, problem details for other clients",
        content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, maxLength = 100_000, pattern = "^<!DOCTYPE html>"),
                examples = @ExampleObject(name = "page", value = VerificationPageResource.NOT_FOUND_PAGE)),
                @Content(mediaType = VerificationPageResource.PROBLEM, schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "not-found", value = VerificationPageResource.NOT_FOUND_PROBLEM))})
@APIResponse(responseCode = "422", description = "Neither a certificate number (the check character catches a typing error) nor a KvK number, "
        + "or an unknown lang: a page saying what to type for a browser, problem details naming the parameter for other clients",
        content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, maxLength = 100_000, pattern = "^<!DOCTYPE html>"),
                examples = @ExampleObject(name = "page", value = VerificationPageResource.MALFORMED_PAGE)),
                @Content(mediaType = VerificationPageResource.PROBLEM, schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "validation-failed", value = VerificationPageResource.MALFORMED_PROBLEM))})
@APIResponse(responseCode = "503", description = "This replica cannot confirm its copy of the register is current: a page for a browser, "
        + "problem details for other clients; retry after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "3600")),
        content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, maxLength = 100_000, pattern = "^<!DOCTYPE html>"),
                examples = @ExampleObject(name = "page", value = VerificationPageResource.UNAVAILABLE_PAGE)),
                @Content(mediaType = VerificationPageResource.PROBLEM, schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "register-unavailable", value = VerificationPageResource.UNAVAILABLE_PROBLEM))})
@Tag(name = "Public verification")
public class VerificationPageResource {
    private static final String HTML = "text/html; charset=utf-8";
    /** Nothing runs and nothing loads but the page's own style sheet; forms post only back here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    private static final String STYLE_SHEET = "/assets/verification.css";
    private static final String PAGE_EXAMPLE = "<!DOCTYPE html><html lang=\"nl\"><head><title>Certificaat NVVK-7KQ2-M9XH-4DPE: Geldig</title>…";
    private static final String NUMBER_PATTERN = "^[0-9A-Za-z -]+$";
    static final String PROBLEM = "application/problem+json";
    static final String MALFORMED_PAGE = "<!DOCTYPE html><html lang=\"nl\"><head><title>Niet gevonden – Een NVVK Keurmerk controleren</title>…"
            + "<p id=\"q-error\" class=\"error\" role=\"alert\"><strong>Dit is geen certificaatnummer of KvK-nummer. …</strong></p>…";
    static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html lang=\"nl\"><head><title>Niet gevonden – Een NVVK Keurmerk controleren</title>…"
            + "<p id=\"q-error\" class=\"error\" role=\"alert\"><strong>Er is geen Keurmerk met dit nummer of KvK-nummer in het register.</strong></p>…";
    static final String UNAVAILABLE_PAGE = "<!DOCTYPE html><html lang=\"nl\"><head><title>Niet gevonden – Een NVVK Keurmerk controleren</title>…"
            + "<strong>Het register kan op dit moment niet bevestigen dat zijn gegevens actueel zijn. …</strong>…";
    static final String MALFORMED_PROBLEM = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/validation-failed\", \"title\": \"Validation failed\", "
            + "\"status\": 422, \"detail\": \"The request has 1 invalid field\", \"instance\": \"/api/v1/public/verify\", "
            + "\"errors\": [{\"field\": \"q\", \"message\": \"" + PublicRegisterService.NUMBER_MESSAGE + "\"}]}";
    static final String NOT_FOUND_PROBLEM = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/not-found\", \"title\": \"Not found\", "
            + "\"status\": 404, \"detail\": \"No certificate with number NVVK-7KQ2-M9XH-4DPE\", \"instance\": \"/api/v1/public/verify/NVVK-7KQ2-M9XH-4DPE\"}";
    static final String UNAVAILABLE_PROBLEM = "{\"type\": \"https://keurmerkregister.nvvk.nl/problems/register-unavailable\", \"title\": \"Service unavailable\", "
            + "\"status\": 503, \"detail\": \"The public register cannot confirm that its copy is current (the database is not answering); retry in a second\", "
            + "\"instance\": \"/api/v1/public/verify/NVVK-7KQ2-M9XH-4DPE\"}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance certificate(CertificatePage page);

        static native TemplateInstance search(SearchPage page);
    }

    /** What the certificate page shows; every word from {@link VerificationLanguage}. */
    public record CertificatePage(VerificationLanguage text, String styleSheet, String number, String status, String statusLabel,
                                  boolean inForce, String statusSentence, String organisation, String kvkNumber, String place,
                                  String body, String frameworkVersion, List<String> scope, String issuedOn, String validFrom,
                                  String validUntil, String supersededBy, String supersededByLink, String otherLanguageLink,
                                  String searchLink) {
    }

    /** The search form, with what was typed and what was wrong with it. */
    public record SearchPage(VerificationLanguage text, String styleSheet, String query, String error, String otherLanguageLink,
                             String searchLink) {
    }

    private final PublicRegisterService register;
    private final Clock clock;

    VerificationPageResource(PublicRegisterService register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "verificationSearch", summary = "The verification page's search form (HTML)",
            description = "For people: a form to check a Keurmerk by certificate number or KvK number. With `q`, a well-formed number "
                    + "or KvK number is sent on (303) to the page of that certificate (for a KvK number: the organisation's latest). "
                    + "Dutch by default, English when the browser's Accept-Language prefers it or `lang=en`. A browser gets a page for "
                    + "what it typed wrong (422) or that is not in the register (404); other clients get problem details.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000, pattern = "^<!DOCTYPE html>"),
            examples = @ExampleObject(name = "form", value = "<!DOCTYPE html><html lang=\"nl\"><head><title>Een NVVK Keurmerk controleren</title>…")),
            headers = @Header(name = "Content-Security-Policy", description = "No script, nothing loaded from elsewhere",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300, pattern = "^default-src 'none'")))
    @APIResponse(responseCode = "303", description = "The page of the certificate searched for",
            headers = @Header(name = "Location", description = "The certificate's page", schema = @Schema(type = SchemaType.STRING, maxLength = 200,
                    pattern = "^/api/v1/public/verify/NVVK-")))
    public RestResponse<String> search(
            @QueryParam("q") @Parameter(description = "A certificate number (any case, hyphens optional) or an 8-digit KvK number",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = NUMBER_PATTERN), example = "NVVK-7KQ2-M9XH-4DPE") String q,
            @QueryParam("lang") @Parameter(description = "The page's language, whatever the browser asks: nl or en",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"})) String lang,
            @Context HttpHeaders headers) {
        VerificationLanguage language = language(lang, headers);
        String typed = q == null ? "" : q.strip();
        if (typed.isEmpty()) {
            return page(200, language, Templates.search(searchPage(language, "", null, lang)), null);
        }
        try {
            String number = findNumber(typed);
            URI location = URI.create(pathOf(number) + (lang == null ? "" : "?lang=" + language.code()));
            return RestResponse.ResponseBuilder.<String>create(RestResponse.Status.SEE_OTHER).location(location).build();
        } catch (ProblemException problem) {
            if (!wantsPage(headers)) {
                throw problem;
            }
            return failure(problem, language, typed, lang);
        }
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "verificationPage", summary = "A certificate's verification page (HTML)",
            description = "For people, and the target of the QR code on every certificate: the certificate's status today in words "
                    + "(not by colour alone), the organisation, the certifying body, the scope and validity. The same freshness as "
                    + "`verifyCertificate` (a suspension shows within a second, on every replica), with an ETag per language and 304. "
                    + "Dutch by default, English when the browser's Accept-Language prefers it or `lang=en`. No script; a strict "
                    + "Content-Security-Policy. A browser gets a page for a malformed number (422) or one never issued (404); other "
                    + "clients get problem details.")
    @APIResponse(responseCode = "200", description = "The certificate's page", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000, pattern = "^<!DOCTYPE html>"),
            examples = @ExampleObject(name = "active", value = PAGE_EXAMPLE)),
            headers = {
                    @Header(name = "ETag", description = "The certificate's public version and the page's language", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Language", description = "nl or en", schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"})),
                    @Header(name = "Content-Security-Policy", description = "No script, nothing loaded from elsewhere",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 300, pattern = "^default-src 'none'"))})
    public RestResponse<String> certificate(
            @PathParam("number") @Parameter(description = "Certificate number, such as NVVK-7KQ2-M9XH-4DPE; any case, with or without hyphens",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 40, pattern = NUMBER_PATTERN), example = "NVVK-7KQ2-M9XH-4DPE") String number,
            @QueryParam("lang") @Parameter(description = "The page's language, whatever the browser asks: nl or en",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"nl", "en"})) String lang,
            @Context HttpHeaders headers) {
        VerificationLanguage language = language(lang, headers);
        try {
            Versioned<PublicCertificate> found = register.byNumber(number, language.ordinal());
            return page(200, language, Templates.certificate(certificatePage(language, found.body(), lang)), found.etag());
        } catch (ProblemException problem) {
            if (!wantsPage(headers)) {
                throw problem;
            }
            return failure(problem, language, number, lang);
        }
    }

    /** A typed number or KvK number as the certificate number it leads to; 422 when it is neither, 404 when the register has none. */
    private String findNumber(String typed) {
        if (typed.length() == 8 && typed.matches(Formats.KVK_NUMBER)) {
            return register.newestOf(typed).body().number();
        }
        String number = CertificateNumber.parse(typed).orElseThrow(() -> InvalidContent.of("q", PublicRegisterService.NUMBER_MESSAGE));
        register.byNumber(number);
        return number;
    }

    private VerificationLanguage language(String lang, HttpHeaders headers) {
        if (lang != null && !lang.equals("nl") && !lang.equals("en")) {
            throw InvalidContent.of("lang", "must be nl or en");
        }
        return VerificationLanguage.chosen(lang, headers.getAcceptableLanguages());
    }

    /** A browser asks for HTML by name; a script or curl (`*&#47;*`, JSON) gets problem details. */
    private static boolean wantsPage(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    }

    private RestResponse<String> failure(ProblemException problem, VerificationLanguage language, String typed, String lang) {
        String message = problem instanceof NotFound ? language.notFound()
                : problem instanceof Unavailable ? language.unavailable()
                : language.malformed();
        RestResponse.ResponseBuilder<String> answer = page(problem.status(), language, Templates.search(searchPage(language, typed, message, lang)));
        if (problem instanceof Unavailable unavailable) {
            answer.header("Retry-After", String.valueOf(unavailable.retryAfterSeconds()));
        }
        return answer.build();
    }

    private static RestResponse<String> page(int status, VerificationLanguage language, TemplateInstance template, String etag) {
        RestResponse.ResponseBuilder<String> answer = page(status, language, template);
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer.build();
    }

    private static RestResponse.ResponseBuilder<String> page(int status, VerificationLanguage language, TemplateInstance template) {
        return RestResponse.ResponseBuilder.<String>create(status).entity(template.render())
                .type(HTML)
                .header("Content-Language", language.code())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaders.VARY, "Accept-Language")
                .header(HttpHeaders.CACHE_CONTROL, PublicRegisterResource.CACHE_CONTROL);
    }

    private CertificatePage certificatePage(VerificationLanguage language, PublicCertificate certificate, String lang) {
        LocalDate today = LocalDate.now(clock);
        boolean inForce = certificate.status() == CertificateStatus.ACTIVE;
        String successor = certificate.supersededBy();
        return new CertificatePage(language, STYLE_SHEET, certificate.number(), certificate.status().name().toLowerCase(),
                language.label(certificate.status()), inForce, language.statusSentence(certificate, today, clock.getZone()),
                certificate.organisation().name(), certificate.organisation().kvkNumber(), certificate.organisation().place(),
                certificate.certifyingBody().name(), certificate.frameworkVersion(),
                certificate.scope().stream().map(language::label).toList(),
                language.day(certificate.issuedOn()), language.day(certificate.validFrom()), language.day(certificate.validUntil()),
                successor, successor == null ? null : pathOf(successor) + languageQuery(lang, language),
                pathOf(certificate.number()) + "?lang=" + language.other().code(), "/api/v1/public/verify" + languageQuery(lang, language));
    }

    private static SearchPage searchPage(VerificationLanguage language, String typed, String error, String lang) {
        String other = "/api/v1/public/verify?" + (typed.isEmpty() ? "" : "q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&")
                + "lang=" + language.other().code();
        return new SearchPage(language, STYLE_SHEET, typed, error, other, "/api/v1/public/verify" + languageQuery(lang, language));
    }

    private static String languageQuery(String lang, VerificationLanguage language) {
        return Optional.ofNullable(lang).map(chosen -> "?lang=" + language.code()).orElse("");
    }

    private static String pathOf(String number) {
        return "/api/v1/public/verify/" + number;
    }
}
