package nl.nvvk.keurmerk.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Tenant keys of the role-matrix callers, and fresh keys for tests that create their own data. */
public final class Fixtures {
    public static final String OUR_BODY = "TEST-OURS";
    public static final String OTHER_BODY = "TEST-OTHER";
    public static final String OUR_KVK = "10000001";
    public static final String OTHER_KVK = "10000002";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private Fixtures() {
    }

    /** A KvK number no other test uses in this run. */
    public static String uniqueKvk() {
        return "2%07d".formatted(SEQUENCE.incrementAndGet() % 10_000_000);
    }

    /** A certifying body code no other test uses in this run. */
    public static String uniqueBodyCode() {
        return "T-%06d".formatted(SEQUENCE.incrementAndGet() % 1_000_000);
    }

    /** A member token for one organisation. */
    public static String memberToken(String kvk) {
        return Tokens.issue("member-" + kvk, List.of("member"), Map.of("organisation", kvk));
    }

    /** A token of the organisation's quality coordinator: a member who starts, settles and shares its self-assessments. */
    public static String coordinatorToken(String kvk) {
        return Tokens.issue("coordinator-" + kvk, List.of("member", "quality-coordinator"), Map.of("organisation", kvk));
    }

    /** A token of one colleague (named, so each is a token subject of their own) of a member organisation. */
    public static String colleagueToken(String kvk, String colleague) {
        return Tokens.issue(colleague + "-" + kvk, List.of("member"), Map.of("organisation", kvk));
    }

    /** A certifier token for one certifying body. */
    public static String certifierToken(String bodyCode) {
        return Tokens.issue("auditor-" + bodyCode, List.of("certifier"), Map.of("certifying_body", bodyCode));
    }
}
