package nl.nvvk.keurmerk.certifyingbody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyRef;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyRequest;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;

/** Certifying bodies: NVVK admits and revises them; every signed-in caller may read them. */
@ApplicationScoped
public class CertifyingBodyService {
    static final String RESOURCE = "certifying-body";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;

    CertifyingBodyService(Caller caller, Clock clock, ChangeHistory history, Paging paging) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
    }

    public Page<CertifyingBodyResponse> list(String code, AccreditationStatus status, PageRequest page) {
        Where filters = Where.all()
                .and("b.code = :code", "code", code)
                .and("b.accreditationStatus = :status", "status", status);
        return paging.page(CertifyingBody.BY_NAME, caller.scope(), filters, page, CertifyingBodyResponse::from);
    }

    /** The body with this code (the one a certifier token names). */
    public Optional<CertifyingBodyRef> byCode(String code) {
        return CertifyingBody.byCode(code);
    }

    public Versioned<CertifyingBodyResponse> get(UUID id) {
        return versioned(find(id));
    }

    /** A second body with the same code is refused by the database's unique constraint (a 409 naming code). */
    @Transactional
    public Versioned<CertifyingBodyResponse> admit(CertifyingBodyRequest request) {
        CertifyingBody body = CertifyingBody.admit(request.code(), request.details(), Instant.now(clock));
        body.persist();
        CertifyingBody.flush();
        Versioned<CertifyingBodyResponse> created = versioned(body);
        history.record(RESOURCE, body.id, "admitted", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<CertifyingBodyResponse> revise(UUID id, String ifMatch, CertifyingBodyRequest request) {
        CertifyingBody body = find(id);
        ETags.requireMatch(ifMatch, body.lockVersion);
        CertifyingBodyResponse before = CertifyingBodyResponse.from(body);
        body.revise(request.code(), request.details(), Instant.now(clock));
        CertifyingBody.flush();
        Versioned<CertifyingBodyResponse> revised = versioned(body);
        history.record(RESOURCE, body.id, "revised", before, revised.body());
        return revised;
    }

    private static CertifyingBody find(UUID id) {
        return CertifyingBody.<CertifyingBody>findByIdOptional(id).orElseThrow(() -> new NotFound("certifying body", id));
    }

    private static Versioned<CertifyingBodyResponse> versioned(CertifyingBody body) {
        return new Versioned<>(CertifyingBodyResponse.from(body), ETags.of(body.lockVersion));
    }
}
