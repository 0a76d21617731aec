package nl.nvvk.keurmerk.certificate;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.nvvk.keurmerk.certificate.PublicDtos.PublicCertificate;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
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
 * Public verification: no token. Every answer comes from this replica's copy of the public register
 * and may be cached only if revalidated ({@code Cache-Control: public, max-age=0, must-revalidate}):
 * a conditional GET with the ETag is a 304 while nothing changed, and a status change shows at once.
 */
@Path("/api/v1/public")
@PermitAll
@Tag(name = "Public verification", description = "Anyone, without a token: verify a certificate by number or KvK number, read and export the public register, embed a badge")
public class PublicRegisterResource {
    /** Shared caches may keep an answer, but must ask again every time; the ETag makes asking cheap (304). */
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    private static final String NUMBER_PATTERN = "^[0-9A-Za-z -]+$";
    private static final String BADGE_EXAMPLE = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"342\" height=\"20\" role=\"img\" "
            + "aria-label=\"NVVK Keurmerk NVVK-7KQ2-M9XH-4DPE: geldig t/m 30-06-2029\"><title>NVVK Keurmerk NVVK-7KQ2-M9XH-4DPE: geldig t/m 30-06-2029</title>"
            + "<rect width=\"111\" height=\"20\" rx=\"3\" fill=\"#1d3557\"/>…</svg>";
    private static final String CSV_EXAMPLE = RegisterCsv.HEADER + "\r\nNVVK-7KQ2-M9XH-4DPE,ACTIVE,90000001,Gemeente Zonnedijk,Zonnedijk,"
            + "KIWA,Kiwa Nederland,1.1,INTAKE_AND_PLAN DEBT_MEDIATION,2026-07-01,2026-07-01,2029-06-30,2026-07-01T09:30:00Z,\r\n";
    /** After its byte-order mark, which the example leaves out. */
    private static final String CSV_EXAMPLE_NL = "number;status;kvkNumber;organisation;place;certifyingBody;certifyingBodyName;frameworkVersion;"
            + "scope;issuedOn;validFrom;validUntil;statusChangedAt;supersededBy"
            + "\r\nNVVK-7KQ2-M9XH-4DPE;ACTIVE;90000001;Gemeente Zonnedijk;Zonnedijk;"
            + "KIWA;Kiwa Nederland;1.1;INTAKE_AND_PLAN DEBT_MEDIATION;2026-07-01;2026-07-01;2029-06-30;2026-07-01T09:30:00Z;\r\n";
    private static final String NUMBER_DESCRIPTION = "Certificate number, such as NVVK-7KQ2-M9XH-4DPE; any case, with or without hyphens";

    private final PublicRegisterService register;

    PublicRegisterResource(PublicRegisterService register) {
        this.register = register;
    }

    @GET
    @Path("/certificates/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate by its number",
            description = "Its status today, the organisation, the certifying body, the scope and validity, and when the status last changed. "
                    + "A suspension or withdrawal shows here within a second of NVVK's step, on every replica. A number whose check character "
                    + "does not match is a 422; a well-formed number that was never issued a 404.")
    @APIResponse(responseCode = "200", description = "The certificate", headers = {
            @Header(name = "ETag", description = "Its public version, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<PublicCertificate> verify(
            @PathParam("number") @Size(min = 1, max = 40) @Pattern(regexp = NUMBER_PATTERN, message = PublicRegisterService.NUMBER_MESSAGE) @Parameter(description = NUMBER_DESCRIPTION, example = "NVVK-7KQ2-M9XH-4DPE") String number) {
        return cacheable(register.byNumber(number));
    }

    @GET
    @Path("/organisations/{kvkNumber}/certificate")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    @Operation(operationId = "verifyOrganisation", summary = "Verify an organisation's certificate by its KvK number",
            description = "The organisation's latest certificate: the one that counts now, or else the one that lapsed last, with its status today. "
                    + "404 when the organisation has never held one.")
    @APIResponse(responseCode = "200", description = "The organisation's latest certificate", headers = {
            @Header(name = "ETag", description = "Its public version, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<PublicCertificate> verifyOrganisation(
            @PathParam("kvkNumber") @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
            @Parameter(description = "KvK number of the organisation", example = "90000001") String kvkNumber) {
        return cacheable(register.newestOf(kvkNumber));
    }

    @GET
    @Path("/certificates/{number}/badge.svg")
    @Produces("image/svg+xml")
    @NonBlocking
    @Operation(operationId = "certificateBadge", summary = "A certificate's badge, to embed on a website",
            description = "An SVG image with the certificate's live status and, while it counts, its last valid day "
                    + "(\"NVVK Keurmerk | geldig t/m 30-06-2029\"; otherwise geschorst, ingetrokken, verlopen or vervangen). "
                    + "Embed it with `<img src=\".../badge.svg\">`: it is drawn afresh on every request, so it never claims a lapsed Keurmerk.")
    @APIResponse(responseCode = "200", description = "The badge", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING, maxLength = 4000, pattern = "^<svg "),
            examples = @ExampleObject(name = "active", value = BADGE_EXAMPLE)),
            headers = {
                    @Header(name = "ETag", description = "Its public version, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<String> badge(
            @PathParam("number") @Size(min = 1, max = 40) @Pattern(regexp = NUMBER_PATTERN, message = PublicRegisterService.NUMBER_MESSAGE) @Parameter(description = NUMBER_DESCRIPTION, example = "NVVK-7KQ2-M9XH-4DPE") String number) {
        Versioned<String> badge = register.badge(number);
        return revalidated(RestResponse.ResponseBuilder.ok(badge.body(), "image/svg+xml"), badge.etag())
                // An SVG opened on its own is a document: it may run nothing and load nothing.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicRegister", summary = "The public register",
            description = "Every certificate, by organisation name and then number, with filters; statuses as of today. Keyset paging: "
                    + "pass `next` as `cursor`. Superseded and lapsed certificates stay listed; filter on `status=ACTIVE` for those that count.")
    @APIResponse(responseCode = "200", description = "One page of the register", headers = {
            @Header(name = "ETag", description = "The register's version and today's date", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<Page<PublicCertificate>> list(@Valid @BeanParam Filters filters, @Valid @BeanParam PageRequest page) {
        return cacheable(register.list(filters.filter(), page));
    }

    @GET
    @Path("/register.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportPublicRegister", summary = "The public register as CSV",
            description = "The whole register (or what the filters admit) as CSV, UTF-8, CRLF, with a header row: number, status, kvkNumber, "
                    + "organisation, place, certifyingBody, certifyingBodyName, frameworkVersion, scope (service codes separated by spaces), "
                    + "issuedOn, validFrom, validUntil, statusChangedAt, supersededBy. Streamed in the register's order. By default RFC 4180 "
                    + "(commas); `dialect=spreadsheet-nl` gives the form a spreadsheet set to Dutch opens correctly by a double click: "
                    + "semicolons and a UTF-8 byte-order mark, the same header, quoting and dates (ISO 8601). In both, a text cell a "
                    + "spreadsheet would run as a formula is prefixed with `'`.")
    @APIResponse(responseCode = "200", description = "The register", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000, pattern = "^\\uFEFF?number[,;]status[,;]"),
            examples = {@ExampleObject(name = "one certificate", value = CSV_EXAMPLE),
                    @ExampleObject(name = "spreadsheet-nl, after its byte-order mark", value = CSV_EXAMPLE_NL)}),
            headers = {
                    @Header(name = "ETag", description = "The register's version and today's date", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "Revalidate before every use", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "An attachment: keurmerkregister.csv, or keurmerkregister-spreadsheet-nl.csv",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^attachment; filename="))})
    public RestResponse<StreamingOutput> export(@Valid @BeanParam Filters filters,
            @QueryParam("dialect") @Size(max = 20) @Pattern(regexp = RegisterCsv.Dialect.PATTERN, message = RegisterCsv.Dialect.MESSAGE)
            @Parameter(description = "rfc4180 (the default: commas) or spreadsheet-nl (semicolons and a byte-order mark, for a spreadsheet "
                    + "set to Dutch)", schema = @Schema(type = SchemaType.STRING, enumeration = {"rfc4180", "spreadsheet-nl"}, defaultValue = "rfc4180"))
            String dialect) {
        PublicRegisterService.Filter filter = filters.filter();
        RegisterCsv.Dialect chosen = RegisterCsv.Dialect.named(dialect);
        StreamingOutput body = output -> register.export(filter, chosen,
                new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 65_536));
        return revalidated(RestResponse.ResponseBuilder.ok(body, "text/csv; charset=utf-8; header=present"), register.registerTag())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName + "\"")
                .build();
    }

    private static <T> RestResponse<T> cacheable(Versioned<T> versioned) {
        return revalidated(RestResponse.ResponseBuilder.ok(versioned.body()), versioned.etag()).build();
    }

    /** Every public answer: its ETag, and caches must ask again before each use. */
    private static <T> RestResponse.ResponseBuilder<T> revalidated(RestResponse.ResponseBuilder<T> answer, String etag) {
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** The register's filters, shared by the list and the export. */
    public static class Filters {
        @QueryParam("status")
        @Parameter(description = "Only certificates with this status today")
        public CertificateStatus status;

        @QueryParam("service")
        @Parameter(description = "Only certificates whose scope covers this service")
        public ServiceType service;

        @QueryParam("certifyingBody")
        @Size(min = 2, max = 20)
        @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
        @Parameter(description = "Code of the certifying body", example = "KIWA")
        public String certifyingBody;

        @QueryParam("place")
        @Size(min = 1, max = 100)
        @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
        @Parameter(description = "The organisation's place of business, ignoring case", example = "Zonnedijk")
        public String place;

        @QueryParam("validOn")
        @Parameter(description = "Only certificates that counted on this day: within their validity, and neither suspended, withdrawn nor superseded "
                + "on it (a step counts from the day it was taken, Europe/Amsterdam)", example = "2026-07-01")
        public LocalDate validOn;

        @QueryParam("kvkNumber")
        @Size(min = 8, max = 8)
        @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE)
        @Parameter(description = "KvK number of the organisation", example = "90000001")
        public String kvkNumber;

        PublicRegisterService.Filter filter() {
            return new PublicRegisterService.Filter(status, service, certifyingBody, place, validOn, kvkNumber);
        }
    }
}
