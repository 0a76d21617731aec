package nl.nvvk.keurmerk.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRef;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRequest;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationResponse;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;

/** Member organisations: NVVK registers and revises them, certifiers read them, a member reads only its own. */
@ApplicationScoped
public class OrganisationService {
    static final String RESOURCE = "organisation";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;

    OrganisationService(Caller caller, Clock clock, ChangeHistory history, Paging paging) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
    }

    /** Filters of the organisation list; null means "any". */
    public record Filter(String kvkNumber, String name, OrganisationKind kind, MembershipStatus membershipStatus, ServiceType serviceType) {
    }

    public Page<OrganisationResponse> list(Filter filter, PageRequest page) {
        Where filters = Where.all()
                .and("o.kvkNumber = :kvk", "kvk", filter.kvkNumber())
                .and("lower(o.name) like lower(:name) escape '\\'", "name", filter.name() == null ? null : "%" + escapeLike(filter.name()) + "%")
                .and("o.kind = :kind", "kind", filter.kind())
                .and("o.membershipStatus = :status", "status", filter.membershipStatus())
                .and(":service member of o.servicesOffered", "service", filter.serviceType());
        return paging.page(Organisation.BY_NAME, caller.scope(), filters, page, OrganisationResponse::from);
    }

    /** The organisation with this KvK number, as far as the caller may see it. */
    public Optional<OrganisationRef> byKvkNumber(String kvkNumber) {
        return Organisation.byKvkNumber(caller.scope(), kvkNumber);
    }

    public Versioned<OrganisationResponse> get(UUID id) {
        return versioned(visible(id));
    }

    /** A second registration of a KvK number is refused by the database's unique constraint (a 409 naming kvkNumber). */
    @Transactional
    public Versioned<OrganisationResponse> register(OrganisationRequest request) {
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
        return Organisation.visible(caller.scope(), id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** A name filter matches the characters typed, % and _ included. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Versioned<OrganisationResponse> versioned(Organisation organisation) {
        return new Versioned<>(OrganisationResponse.from(organisation), ETags.of(organisation.lockVersion));
    }
}
