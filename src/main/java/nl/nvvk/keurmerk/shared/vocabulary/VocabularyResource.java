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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Vocabularies", description = "Every enum code of the API with its Dutch and English label, for frontends")
public class VocabularyResource {
    private final List<VocabularyResponse> vocabularies;

    VocabularyResource(@All List<Vocabulary> vocabularies) {
        this.vocabularies = vocabularies.stream()
                .map(VocabularyResponse::from)
                .sorted(Comparator.comparing(VocabularyResponse::name))
                .toList();
    }

    @GET
    @Operation(summary = "List all vocabularies",
            description = "Every enumeration the API uses (service types, statuses, kinds …) with, per code, its Dutch and English label. Public: no token needed.")
    public List<VocabularyResponse> list() {
        return vocabularies;
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Read one vocabulary", description = "The codes and labels of one enumeration, such as `serviceType`. Public.")
    public VocabularyResponse get(@RestPath @Parameter(description = "Vocabulary name", example = "serviceType") String name) {
        return vocabularies.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("No vocabulary named %s".formatted(name)));
    }

    @Schema(name = "Vocabulary", description = "An enumeration with its labels.")
    public record VocabularyResponse(
            @Schema(example = "serviceType") String name,
            @Schema(example = "The services a certificate's scope can list") String description,
            List<Term> terms) {
        static VocabularyResponse from(Vocabulary vocabulary) {
            return new VocabularyResponse(vocabulary.name(), vocabulary.description(),
                    vocabulary.terms().stream().map(t -> new Term(t.name(), t.dutch(), t.english())).toList());
        }
    }

    @Schema(name = "VocabularyTerm", description = "One code with its labels.")
    public record Term(
            @Schema(example = "DEBT_MEDIATION") String code,
            @Schema(example = "Schuldbemiddeling") String nl,
            @Schema(example = "Debt mediation") String en) {
    }
}
