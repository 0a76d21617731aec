package nl.nvvk.keurmerk.certifyingbody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyRequest;
import nl.nvvk.keurmerk.certifyingbody.CertifyingBodyDtos.CertifyingBodyResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Duplicate;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Cursor;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;

/** Certifying bodies: NVVK admits and revises them; every signed-in caller may read them. */
@ApplicationScoped
public class CertifyingBodyService {
    static final String RESOURCE = "certifying-body";

    private final Clock clock;
    private final ChangeHistory history;

    CertifyingBodyService(Clock clock, ChangeHistory history) {
        this.clock = clock;
        this.history = history;
    }

    public Page<CertifyingBodyResponse> list(String code, AccreditationStatus status, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (code != null) {
            query.append(" and code = :code");
            params.put("code", code);
        }
        if (status != null) {
            query.append(" and accreditationStatus = :status");
            params.put("status", status);
        }
        Cursor after = page.after();
        if (after != null) {
            query.append(" and (lower(name) > :afterName or (lower(name) = :afterName and id > :afterId))");
            params.put("afterName", after.sortKey());
            params.put("afterId", after.id());
        }
        List<CertifyingBody> rows = CertifyingBody.<CertifyingBody>find(query + " order by lower(name), id", params)
                .range(0, page.limit).list();
        return Page.of(rows, page.limit, b -> new Cursor(b.name.toLowerCase(Locale.ROOT), b.id), CertifyingBodyResponse::from);
    }

    public Versioned<CertifyingBodyResponse> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<CertifyingBodyResponse> admit(CertifyingBodyRequest request) {
        if (CertifyingBody.byCode(request.code()).isPresent()) {
            throw new Duplicate("code", "A certifying body with code %s already exists".formatted(request.code()));
        }
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
