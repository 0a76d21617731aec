package nl.nvvk.keurmerk.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.nvvk.keurmerk.framework.ServiceType;

/**
 * A certificate as the public register holds it: what anyone may know of it, nothing from findings
 * or audit content. Immutable; a change replaces it.
 *
 * @param storedStatus what NVVK last did to it (never EXPIRED: that is read from the date)
 * @param outOfForce   the days it did not count (suspended, withdrawn, superseded), oldest first
 * @param content      a hash of every public field: the same on every replica, and moved by every change the public sees
 */
record RegisteredCertificate(UUID id, String number, CertificateStatus storedStatus, Instant statusChangedAt, LocalDate issuedOn,
                             LocalDate validFrom, LocalDate validUntil, Set<ServiceType> scope, String kvkNumber, String organisationName,
                             String place, String bodyCode, String bodyName, String frameworkVersion, String supersededBy,
                             List<OutOfForce> outOfForce, long content) {

    /** Each scope once: there are few of them (sets of a handful of services), and the register holds every certificate. */
    private static final Map<Set<ServiceType>, Set<ServiceType>> SCOPES = new ConcurrentHashMap<>();

    /** The scope in the scheme's order of services (an EnumSet): answers and the CSV show it as it is, never sorted per request. */
    RegisteredCertificate {
        EnumSet<ServiceType> ordered = EnumSet.noneOf(ServiceType.class);
        ordered.addAll(scope);
        scope = SCOPES.computeIfAbsent(ordered, Collections::unmodifiableSet);
    }

    /** Days from {@code from} up to, not including, {@code until} (null: for good) on which the certificate did not count. */
    record OutOfForce(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /**
     * The register's order: by organisation name ignoring case (as lowercased), then by number. The name is the
     * organisation's own, not a lowercased copy of it per certificate.
     */
    record Position(String name, String number) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            int byName = compareIgnoringCase(name, other.name);
            return byName != 0 ? byName : number.compareTo(other.number);
        }

        private static int compareIgnoringCase(String one, String other) {
            int length = Math.min(one.length(), other.length());
            for (int i = 0; i < length; i++) {
                char a = one.charAt(i);
                char b = other.charAt(i);
                if (a != b) {
                    a = Character.toLowerCase(a);
                    b = Character.toLowerCase(b);
                    if (a != b) {
                        return a - b;
                    }
                }
            }
            return one.length() - other.length();
        }
    }

    Position position() {
        return new Position(organisationName, number);
    }

    CertificateStatus statusOn(LocalDate today) {
        return CertificateStatus.on(storedStatus, validUntil, today);
    }

    /** When its status last changed as read on {@code today}: an expired certificate changed at the start of the day after its last valid day. */
    Instant statusChangedAt(LocalDate today, ZoneId zone) {
        if (statusOn(today) == CertificateStatus.EXPIRED) {
            Instant expiredAt = validUntil.plusDays(1).atStartOfDay(zone).toInstant();
            return expiredAt.isAfter(statusChangedAt) ? expiredAt : statusChangedAt;
        }
        return statusChangedAt;
    }

    /** Whether it counted on {@code day}: within its validity, and not suspended, withdrawn or superseded on that day. */
    boolean inForceOn(LocalDate day) {
        if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
            return false;
        }
        for (OutOfForce period : outOfForce) {
            if (period.covers(day)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The version its ETag names on {@code today}: a hash of what the public sees, so another
     * certificate, any change, and the day it expires each give another tag.
     */
    long versionOn(LocalDate today) {
        return (content ^ (statusOn(today) == CertificateStatus.EXPIRED ? 0x9E3779B97F4A7C15L : 0)) & Long.MAX_VALUE;
    }

    /** FNV-1a over the public fields as text. */
    static long contentHash(Object... fields) {
        long hash = 0xcbf29ce484222325L;
        for (Object field : fields) {
            String text = String.valueOf(field);
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1F) * 0x100000001b3L;
        }
        return hash;
    }

    /** Whether this is a later certificate of the same organisation than {@code other}: issued later, or (same day) created later. */
    boolean newerThan(RegisteredCertificate other) {
        int byDay = issuedOn.compareTo(other.issuedOn);
        // Ids are UUID version 7: their canonical text sorts by creation time.
        return byDay != 0 ? byDay > 0 : id.toString().compareTo(other.id.toString()) > 0;
    }
}
