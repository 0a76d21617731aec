package nl.nvvk.keurmerk.shared.address;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Dutch postal address, as organisations and certifying bodies have one. */
@Embeddable
@Schema(name = "Address", description = "A Dutch postal address.")
public record Address(
        @NotBlank @Size(max = 200) @Column(name = "street")
        @Schema(description = "Street and house number", example = "Raadhuisplein 1") String street,
        @NotBlank @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}", message = "must be a Dutch postal code like 1234 AB") @Column(name = "postal_code")
        @Schema(example = "1234 AB") String postalCode,
        @NotBlank @Size(max = 100) @Column(name = "city")
        @Schema(example = "Zonnedijk") String city) {
}
