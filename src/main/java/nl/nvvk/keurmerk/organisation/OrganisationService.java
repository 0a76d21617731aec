package nl.nvvk.keurmerk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRequest;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Duplicate;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Cursor;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.security.Caller;

/** Member organisations: NVVK registers and revises them, certifiers read them, a member reads only its own. */
@ApplicationScoped
public class OrganisationService {
    static final String RESOURCE = "organisation";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;

    OrganisationService(Caller caller, Clock clock, ChangeHistory history) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
    }

    /** Filters of the organisation list; null means "any". */
    public record Filter(String kvkNumber, String name, OrganisationKind kind, MembershipStatus membershipStatus, ServiceType serviceType) {
    }

    public Page<OrganisationResponse> list(Filter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from Organisation o where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        // A member sees its own organisation and nothing else.
        caller.organisation().ifPresent(own -> {
            query.append(" and o.kvkNumber = :own");
            params.put("own", own);
        });
        if (filter.kvkNumber() != null) {
            query.append(" and o.kvkNumber = :kvk");
            params.put("kvk", filter.kvkNumber());
        }
        if (filter.name() != null) {
            query.append(" and lower(o.name) like :name");
            params.put("name", "%" + filter.name().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.kind() != null) {
            query.append(" and o.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.membershipStatus() != null) {
            query.append(" and o.membershipStatus = :status");
            params.put("status", filter.membershipStatus());
        }
        if (filter.serviceType() != null) {
            query.append(" and :service member of o.servicesOffered");
            params.put("service", filter.serviceType());
        }
        Cursor after = page.after();
        if (after != null) {
            query.append(" and (lower(o.name) > :afterName or (lower(o.name) = :afterName and o.id > :afterId))");
            params.put("afterName", after.sortKey());
            params.put("afterId", after.id());
        }
        List<Organisation> rows = Organisation.<Organisation>find(query + " order by lower(o.name), o.id", params)
                .range(0, page.limit).list();
        return Page.of(rows, page.limit, o -> new Cursor(o.name.toLowerCase(Locale.ROOT), o.id), OrganisationResponse::from);
    }

    public Versioned<OrganisationResponse> get(UUID id) {
        return versioned(visible(id));
    }

    @Transactional
    public Versioned<OrganisationResponse> register(OrganisationRequest request) {
        if (Organisation.byKvkNumber(request.kvkNumber()).isPresent()) {
            throw new Duplicate("kvkNumber", "An organisation with KvK number %s is already registered".formatted(request.kvkNumber()));
        }
        Organisation organisation = Organisation.register(request.kvkNumber(), request.details(), Instant.now(clock));
        organisation.persist();
        Organisation.flush();
        Versioned<OrganisationResponse> created = versioned(organisation);
        history.record(RESOURCE, organisation.id, "registered", null, created.body());
        return created;
    }

    @Transactional
    public Versioned<OrganisationResponse> revise(UUID id, String ifMatch, OrganisationRequest request) {
        Organisation organisation = visible(id);
        ETags.requireMatch(ifMatch, organisation.lockVersion);
        OrganisationResponse before = OrganisationResponse.from(organisation);
        organisation.revise(request.kvkNumber(), request.details(), Instant.now(clock));
        Organisation.flush();
        Versioned<OrganisationResponse> revised = versioned(organisation);
        history.record(RESOURCE, organisation.id, "revised", before, revised.body());
        return revised;
    }

    /** Another member's organisation answers exactly like one that does not exist. */
    private Organisation visible(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .filter(o -> caller.organisation().map(o.kvkNumber::equals).orElse(true))
                .orElseThrow(() -> new NotFound("organisation", id));
    }

    private static Versioned<OrganisationResponse> versioned(Organisation organisation) {
        return new Versioned<>(OrganisationResponse.from(organisation), ETags.of(organisation.lockVersion));
    }
}
