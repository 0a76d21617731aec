package nl.nvvk.keurmerk.shared.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code next} is absent on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's stable order", maxItems = PageRequest.MAX_LIMIT) List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page", nullable = true,
                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = PageRequest.CURSOR_PATTERN,
                example = "AQANb3JnYW5pc2F0aW9ucwIRZ2VtZWVudGUgem9ubmVkaWprJDNmMWUyZDRjLTViNmEtNDc5OC04YTFiLTJjM2Q0ZTVmNmE3YgqZ7m1kS3hV9pQ2sXc") String next) {
}
