package nl.nvvk.keurmerk.shared.concurrency;

import nl.nvvk.keurmerk.shared.error.PreconditionFailed;
import nl.nvvk.keurmerk.shared.error.PreconditionRequired;

/** Optimistic concurrency over HTTP: an entity's version is its ETag, and changes must name it in If-Match. */
public final class ETags {
    /** An If-Match or If-None-Match value (RFC 9110, 13.1): "*" or a list of entity tags, weak or strong. */
    public static final String HEADER_PATTERN = "^(\\*|(W/)?\"[\\x21\\x23-\\x7E]{0,64}\"( *, *(W/)?\"[\\x21\\x23-\\x7E]{0,64}\"){0,15})$";
    public static final int HEADER_MAX_LENGTH = 1100;
    public static final String HEADER_MESSAGE = "must be \"*\" or entity tags such as \"3\", as read from the ETag header";

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
        if (!names(ifMatch, current, true)) {
            throw new PreconditionFailed(current);
        }
    }

    /** For a step whose If-Match is optional: checked when sent (412 when stale), nothing when not. */
    public static void requireMatchIfSent(String ifMatch, long currentVersion) {
        if (ifMatch != null) {
            requireMatch(ifMatch, currentVersion);
        }
    }

    /** Whether an If-None-Match header names this ETag, or any ("*"): a weak comparison (RFC 9110, 8.8.3.2). */
    public static boolean names(String header, String etag) {
        return names(header, etag, false);
    }

    /** If-Match compares strongly: a weak tag W/"3" never matches, since a change must name the exact state it read. */
    private static boolean names(String header, String etag, boolean strong) {
        if (header == null || etag == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                if (strong) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
