package nl.nvvk.keurmerk.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What goes with a step of an improvement action. */
public final class ActionSteps {
    private ActionSteps() {
    }

    @Schema(name = "ActionProgress", description = "What the organisation did about the action.", additionalProperties = Schema.False.class)
    public record Progress(
            @NotBlank @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Versiebeheer is ingevoerd per 1 september; zie het documentregister.") String progress) {
    }

    @Schema(name = "ActionJudgement", description = "The certifying body's judgement of the reported progress.", additionalProperties = Schema.False.class)
    public record Judgement(
            @NotBlank @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Aangetoond met het documentregister.") String assessment) {
    }
}
