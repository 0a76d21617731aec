package nl.nvvk.keurmerk.shared.vocabulary;

import io.quarkus.arc.All;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Vocabularies", description = "Every enum code of the API with its Dutch and English label, for frontends")
public class VocabularyResource {
    static final String NAME = "^[a-z][A-Za-z]{0,39}$";

    private final List<VocabularyResponse> vocabularies;

    VocabularyResource(@All List<Vocabulary> vocabularies) {
        this.vocabularies = vocabularies.stream()
                .map(VocabularyResponse::from)
                .sorted(Comparator.comparing(VocabularyResponse::name))
                .toList();
    }

    @GET
    @Operation(operationId = "listVocabularies", summary = "List all vocabularies",
            description = "Every enumeration the API uses (service types, statuses, kinds …) with, per code, its Dutch and English label. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "Every vocabulary, by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = VocabularyResponse.class)))
    public List<VocabularyResponse> list() {
        return vocabularies;
    }

    @GET
    @Path("/{name}")
    @Operation(operationId = "readVocabulary", summary = "Read one vocabulary", description = "The codes and labels of one enumeration, such as `serviceType`. Public.")
    public VocabularyResponse get(@RestPath @Size(max = 40) @Pattern(regexp = NAME, message = "must be a vocabulary name such as serviceType")
                                  @Parameter(description = "Vocabulary name", example = "serviceType") String name) {
        return vocabularies.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> NotFound.saying("No vocabulary named %s", name));
    }

    @Schema(name = "Vocabulary", description = "An enumeration with its labels.")
    public record VocabularyResponse(
            @Size(max = 40) @Pattern(regexp = NAME) @Schema(example = "serviceType") String name,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "The services a certificate's scope can list") String description,
            @Size(max = 100) List<Term> terms) {
        static VocabularyResponse from(Vocabulary vocabulary) {
            return new VocabularyResponse(vocabulary.name(), vocabulary.description(),
                    vocabulary.terms().stream().map(t -> new Term(t.name(), t.dutch(), t.english())).toList());
        }
    }

    @Schema(name = "VocabularyTerm", description = "One code with its labels.")
    public record Term(
            @Size(max = 60) @Pattern(regexp = "^[A-Z0-9][A-Z0-9_]*$")
            @Schema(description = "The code the API uses: an enum constant, or a development level's number", example = "DEBT_MEDIATION") String code,
            @Size(max = 100) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Schuldbemiddeling") String nl,
            @Size(max = 100) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "Debt mediation") String en) {
    }
}
