package nl.nvvk.keurmerk.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;

/**
 * A certificate as the public register holds it: what anyone may know of it, nothing from findings
 * or audit content. Immutable; a change replaces it.
 *
 * @param storedStatus what NVVK last did to it (never EXPIRED: that is read from the date)
 * @param outOfForce   the days it did not count (suspended, withdrawn, superseded), oldest first
 * @param versions     the sum of the certificate's, its organisation's and its body's row versions:
 *                     the same on every replica, and moved on by every change the public sees
 */
record RegisteredCertificate(UUID id, String number, CertificateStatus storedStatus, Instant statusChangedAt, LocalDate issuedOn,
                             LocalDate validFrom, LocalDate validUntil, Set<ServiceType> scope, String kvkNumber, String organisationName,
                             String place, String bodyCode, String bodyName, String frameworkVersion, String supersededBy,
                             List<OutOfForce> outOfForce, long versions) {

    /** Days from {@code from} up to, not including, {@code until} (null: for good) on which the certificate did not count. */
    record OutOfForce(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** The register's order: by organisation name (ignoring case), then by number. */
    record Position(String name, String number) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            int byName = name.compareTo(other.name);
            return byName != 0 ? byName : number.compareTo(other.number);
        }
    }

    Position position() {
        return new Position(organisationName.toLowerCase(Locale.ROOT), number);
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

    /** The version its ETag names on {@code today}: moved on by every change the public sees, and on the day it expires. */
    long versionOn(LocalDate today) {
        return 2 * versions + (statusOn(today) == CertificateStatus.EXPIRED ? 1 : 0);
    }

    /** Whether this is a later certificate of the same organisation than {@code other}: issued later, or (same day) created later. */
    boolean newerThan(RegisteredCertificate other) {
        int byDay = issuedOn.compareTo(other.issuedOn);
        // Ids are UUID version 7: their canonical text sorts by creation time.
        return byDay != 0 ? byDay > 0 : id.toString().compareTo(other.id.toString()) > 0;
    }
}
