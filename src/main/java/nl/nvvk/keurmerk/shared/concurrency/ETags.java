package nl.nvvk.keurmerk.shared.concurrency;

import nl.nvvk.keurmerk.shared.error.PreconditionFailed;
import nl.nvvk.keurmerk.shared.error.PreconditionRequired;

/** Optimistic concurrency over HTTP: an entity's version is its ETag, and changes must name it in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 without If-Match and 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current) || tag.equals("*")) {
                return;
            }
        }
        throw new PreconditionFailed(current);
    }
}
