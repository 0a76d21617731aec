package nl.nvvk.keurmerk.shared.address;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Dutch postal address, as organisations and certifying bodies have one. */
@Embeddable
@Schema(name = "Address", description = "A Dutch postal address.", additionalProperties = Schema.False.class)
public record Address(
        @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Column(name = "street")
        @Schema(description = "Street and house number", example = "Raadhuisplein 1") String street,
        @NotBlank @Size(max = 7) @Pattern(regexp = Formats.POSTAL_CODE, message = Formats.POSTAL_CODE_MESSAGE) @Column(name = "postal_code")
        @Schema(example = "1234 AB") String postalCode,
        @NotBlank @Size(max = 100) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE) @Column(name = "city")
        @Schema(example = "Zonnedijk") String city) {
}
