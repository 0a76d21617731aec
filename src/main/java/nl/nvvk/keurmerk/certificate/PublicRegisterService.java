package nl.nvvk.keurmerk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.nvvk.keurmerk.certificate.PublicDtos.PublicCertificate;
import nl.nvvk.keurmerk.certificate.RegisteredCertificate.Position;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;

/**
 * Verification of certificates by anyone, without a token: by number, by KvK number, the register
 * as a list and as CSV, and a badge. Everything is read from this replica's copy of the public
 * register ({@link PublicRegister}), never from the database, and carries only public fields.
 */
@ApplicationScoped
public class PublicRegisterService {
    static final String LIST = "public-register";
    static final String NUMBER_MESSAGE = "must be a certificate number such as NVVK-7KQ2-M9XH-4DPE; its last character is a check "
            + "character, so a mistyped character is caught here";

    private final PublicRegister register;
    private final Clock clock;
    private final Paging paging;

    PublicRegisterService(PublicRegister register, Clock clock, Paging paging) {
        this.register = register;
        this.clock = clock;
        this.paging = paging;
    }

    /** Filters of the public register; null means "any". */
    public record Filter(CertificateStatus status, ServiceType service, String certifyingBody, String place, LocalDate validOn, String kvkNumber) {

        Predicate<RegisteredCertificate> on(LocalDate today) {
            String placeKey = place == null ? null : place.strip().toLowerCase(Locale.ROOT);
            return certificate -> (status == null || certificate.statusOn(today) == status)
                    && (service == null || certificate.scope().contains(service))
                    && (certifyingBody == null || certificate.bodyCode().equals(certifyingBody))
                    && (placeKey == null || (certificate.place() != null && certificate.place().toLowerCase(Locale.ROOT).equals(placeKey)))
                    && (validOn == null || certificate.inForceOn(validOn))
                    && (kvkNumber == null || certificate.kvkNumber().equals(kvkNumber));
        }
    }

    /** A certificate by its number, typed as people type it; a number with a wrong check character is a 422, an unknown one a 404. */
    public Versioned<PublicCertificate> byNumber(String typed) {
        return answer(find(typed), (certificate, today) -> PublicCertificate.of(certificate, today, clock.getZone()));
    }

    /**
     * A certificate by its number for one of several representations of it (the verification
     * page's languages): its ETag moves with the public version and differs per representation, so
     * one language's page never confirms a cached copy of the other's.
     */
    public Versioned<PublicCertificate> byNumber(String typed, int representation) {
        RegisteredCertificate certificate = find(typed);
        LocalDate today = today();
        long version = (certificate.versionOn(today) * 31 + representation) & Long.MAX_VALUE;
        return new Versioned<>(PublicCertificate.of(certificate, today, clock.getZone()), ETags.of(version));
    }

    /** The organisation's latest certificate: the one that counts now, or else the one that lapsed last. */
    public Versioned<PublicCertificate> newestOf(String kvkNumber) {
        RegisteredCertificate found = register.newestOf(kvkNumber)
                .orElseThrow(() -> NotFound.saying("No certificate for the organisation with KvK number %s", kvkNumber));
        return answer(found, (certificate, today) -> PublicCertificate.of(certificate, today, clock.getZone()));
    }

    /** The badge of a certificate: its live status and last valid day, as SVG. */
    public Versioned<String> badge(String typed) {
        return answer(find(typed), Badge::of);
    }

    /** A certificate as read today, with the ETag of what the public sees of it today. */
    private <T> Versioned<T> answer(RegisteredCertificate certificate, java.util.function.BiFunction<RegisteredCertificate, LocalDate, T> render) {
        LocalDate today = today();
        return new Versioned<>(render.apply(certificate, today), ETags.of(certificate.versionOn(today)));
    }

    /** One page of the register, by organisation name and then number. */
    public Versioned<Page<PublicCertificate>> list(Filter filter, PageRequest page) {
        LocalDate today = today();
        String etag = registerTag();
        Predicate<RegisteredCertificate> admitted = filter.on(today);
        Page<PublicCertificate> shown = paging.page(LIST, 2, page,
                after -> () -> register.after(after == null ? null : new Position(after.get(0), after.get(1))).stream().filter(admitted).iterator(),
                certificate -> List.of(certificate.position().name(), certificate.position().number()),
                certificate -> PublicCertificate.of(certificate, today, clock.getZone()));
        return new Versioned<>(shown, etag);
    }

    /**
     * The ETag of a list or export: the register's version (the same on every replica that has read
     * up to it) and the day, since statuses are read as of today: version × 2^20 + the epoch day.
     */
    public String registerTag() {
        return ETags.of((register.version() << 20) + today().toEpochDay());
    }

    /**
     * Writes the register as CSV, row by row from the copy in memory: what it holds beyond the copy
     * does not grow with the register's size. The copy is checked for staleness before the first row.
     */
    public void export(Filter filter, RegisterCsv.Dialect dialect, Writer out) throws IOException {
        LocalDate today = today();
        RegisterCsv csv = new RegisterCsv(out, dialect, clock.getZone(), today);
        csv.header();
        Predicate<RegisteredCertificate> admitted = filter.on(today);
        for (RegisteredCertificate certificate : register.after(null)) {
            if (admitted.test(certificate)) {
                csv.row(certificate);
            }
        }
        out.flush();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private RegisteredCertificate find(String typed) {
        String number = CertificateNumber.parse(typed).orElseThrow(() -> InvalidContent.of("number", NUMBER_MESSAGE));
        return register.byNumber(number).orElseThrow(() -> NotFound.saying("No certificate with number %s", number));
    }
}
