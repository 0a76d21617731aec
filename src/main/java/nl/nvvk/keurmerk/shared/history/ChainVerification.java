package nl.nvvk.keurmerk.shared.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChainVerification", description = "The change history's hash chain, recomputed from the stored entries.")
public record ChainVerification(
        @Schema(description = "Every entry matches its hash, in an unbroken order up to the recorded head") boolean intact,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "Entries that matched, from the first, before the first break (all of them when intact)", example = "1234")
        long verified,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "Entries the service appended: the chain's recorded length", example = "1234")
        long length,
        @Size(min = 64, max = 64) @Pattern(regexp = HASH)
        @Schema(description = "SHA-256 of the last entry (hex), as recorded with the chain's length: write it down elsewhere to check later that the history up to it is unchanged",
                example = "9f2c4e0b7a1d3f5e6c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f", nullable = true)
        String head,
        @Schema(description = "The first entry that does not match; absent when intact", nullable = true)
        Break firstBreak,
        @Min(0) @Max(Long.MAX_VALUE)
        @Schema(description = "Entries committed but not yet given their place in the chain (the service seals them within about a second); not verified yet", example = "0")
        long awaitingSeal) {
    static final String HASH = "^[0-9a-f]{64}$";

    static ChainVerification intact(long verified, byte[] head) {
        return new ChainVerification(true, verified, verified, HistoryChain.hex(head), null, 0);
    }

    static ChainVerification broken(long verified, long length, byte[] head, Break first) {
        return new ChainVerification(false, verified, length, HistoryChain.hex(head), first, 0);
    }

    ChainVerification awaiting(long entries) {
        return new ChainVerification(intact, verified, length, head, firstBreak, entries);
    }

    /** Where the chain breaks: the entry (when there is one to name) and what is wrong there. */
    @Schema(name = "ChainBreak", description = "The first entry of the change history that does not match.")
    public record Break(
            @Min(Long.MIN_VALUE) @Max(Long.MAX_VALUE) @Schema(description = "Its place in the chain (for entries missing at the end: the first one missing)", example = "42")
            long sequence,
            @Schema(description = "Id of the entry; absent when the entries there are missing", nullable = true) UUID changeId,
            @Size(max = 40) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Kind of resource of the entry", example = "organisation", nullable = true)
            String resourceType,
            @Schema(description = "Id of the resource of the entry", nullable = true) UUID resourceId,
            @Schema(description = "ALTERED: its content or hash was changed; MISSING: entries before it (or at the end) were deleted; INSERTED: a sealed entry beyond the chain the service recorded")
            Fault problem,
            @Size(max = 300) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "What is wrong, in words",
                    example = "Its hash does not follow from its content and the previous entry's hash: this entry, or the one before it, was altered or replaced")
            String detail) {
    }

    /** What is wrong where the chain breaks. */
    @Schema(name = "ChainFault")
    public enum Fault {
        ALTERED, MISSING, INSERTED
    }
}
