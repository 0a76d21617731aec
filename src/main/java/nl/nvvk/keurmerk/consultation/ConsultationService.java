package nl.nvvk.keurmerk.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.nvvk.keurmerk.audit.AuditService;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerGroupRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerGroupView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerMeetingRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.PeerMeetingView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionRef;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionRequest;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.ReflectionView;
import nl.nvvk.keurmerk.consultation.ConsultationDtos.SharingRequest;
import nl.nvvk.keurmerk.framework.FrameworkService;
import nl.nvvk.keurmerk.framework.NormCatalogue;
import nl.nvvk.keurmerk.framework.NormCatalogue.CatalogueArea;
import nl.nvvk.keurmerk.organisation.OrganisationDtos.OrganisationRef;
import nl.nvvk.keurmerk.organisation.OrganisationService;
import nl.nvvk.keurmerk.shared.concurrency.ETags;
import nl.nvvk.keurmerk.shared.concurrency.Versioned;
import nl.nvvk.keurmerk.shared.error.Forbidden;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.events.EventFeed;
import nl.nvvk.keurmerk.shared.events.EventType;
import nl.nvvk.keurmerk.shared.history.ChangeHistory;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Roles;
import nl.nvvk.keurmerk.shared.security.Scope;

/**
 * "In gesprek met": NVVK sets up groups of member organisations, the groups' meetings are recorded,
 * and each organisation that took part keeps its own reflection, which it may share with the
 * certifying body of its planned or running audit.
 */
@ApplicationScoped
public class ConsultationService {
    static final String GROUP = "peer-group";
    static final String MEETING = "peer-meeting";
    static final String REFLECTION = "peer-reflection";

    private final Caller caller;
    private final Clock clock;
    private final ChangeHistory history;
    private final Paging paging;
    private final EventFeed events;
    private final FrameworkService frameworks;
    private final OrganisationService organisations;
    private final AuditService audits;

    ConsultationService(Caller caller, Clock clock, ChangeHistory history, Paging paging, EventFeed events, FrameworkService frameworks,
                        OrganisationService organisations, AuditService audits) {
        this.caller = caller;
        this.clock = clock;
        this.history = history;
        this.paging = paging;
        this.events = events;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.audits = audits;
    }

    /** Filters of the group list; null means "any". */
    public record GroupFilter(Integer area, String kvkNumber) {
    }

    /** Filters of the meeting list; null means "any". */
    public record MeetingFilter(UUID group, Integer area, String kvkNumber, LocalDate heldFrom, LocalDate heldTo) {
    }

    /** Filters of the reflection list; null means "any". */
    public record ReflectionFilter(UUID group, String kvkNumber, LocalDate heldFrom, LocalDate heldTo) {
    }

    // --- groups -------------------------------------------------------------------------------------

    @Transactional
    public Versioned<PeerGroupView> setUp(PeerGroupRequest request) {
        nvvk();
        NormCatalogue current = currentScheme();
        Composition composition = compositionOf(request, current);
        PeerGroup group = PeerGroup.setUp(request.name(), request.question(), composition.areas(), composition.members(), Instant.now(clock));
        group.persist();
        PeerGroup.flush();
        history.record(GROUP, group.id, "set-up", null, group.snapshot());
        return versioned(group, current);
    }

    /** NVVK renames the group, restates its question or areas, or changes its members; recorded meetings stay as they were. */
    @Transactional
    public Versioned<PeerGroupView> describe(UUID id, String ifMatch, PeerGroupRequest request) {
        nvvk();
        PeerGroup group = visibleGroup(id);
        ETags.requireMatch(ifMatch, group.lockVersion);
        NormCatalogue current = currentScheme();
        Composition composition = compositionOf(request, current);
        Map<String, Object> before = group.snapshot();
        group.describe(request.name(), request.question(), composition.areas(), composition.members(), Instant.now(clock));
        PeerGroup.flush();
        history.record(GROUP, group.id, "described", before, group.snapshot());
        return versioned(group, current);
    }

    @Transactional
    public Versioned<PeerGroupView> group(UUID id) {
        return versioned(visibleGroup(id), currentScheme());
    }

    @Transactional
    public Page<PeerGroupView> groups(GroupFilter filter, PageRequest page) {
        Where filters = Where.all()
                .and(":area member of g.areas", "area", filter.area() == null ? null : filter.area().shortValue())
                .and("exists (select 1 from PeerGroup gf join gf.members f where gf.id = g.id and f.organisationKvk = :kvk)", "kvk", filter.kvkNumber());
        IntFunction<String> titles = titlesOf(currentScheme());
        return paging.page(PeerGroup.BY_NAME, caller.scope(), filters, page, group -> PeerGroupView.from(group, titles));
    }

    /** The areas and members a request names. */
    private record Composition(Set<Integer> areas, List<PeerGroup.Member> members) {
    }

    /**
     * Every area a request names once, each an area of the current framework version, and every
     * member once, each a registered organisation: else 422 naming each one that is not.
     */
    private Composition compositionOf(PeerGroupRequest request, NormCatalogue current) {
        List<FieldError> problems = new ArrayList<>();
        Set<Integer> areas = new LinkedHashSet<>();
        for (int i = 0; i < request.areas().size(); i++) {
            Integer area = request.areas().get(i);
            if (!areas.add(area)) {
                problems.add(new FieldError("areas[%d]".formatted(i), "performance area %d is listed twice".formatted(area)));
            } else if (current != null && current.area(area).isEmpty()) {
                problems.add(new FieldError("areas[%d]".formatted(i), "%s has no performance area %d".formatted(current.label(), area)));
            }
        }
        List<PeerGroup.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            String kvkNumber = request.members().get(i);
            if (!seen.add(kvkNumber)) {
                problems.add(new FieldError("members[%d]".formatted(i), "%s is listed twice".formatted(kvkNumber)));
                continue;
            }
            Optional<OrganisationRef> organisation = organisations.byKvkNumber(kvkNumber);
            if (organisation.isEmpty()) {
                problems.add(new FieldError("members[%d]".formatted(i), "NVVK has registered no organisation with KvK number " + kvkNumber));
            } else {
                members.add(new PeerGroup.Member(organisation.get().id(), kvkNumber, organisation.get().name()));
            }
        }
        InvalidContent.refuseAny("The group", problems);
        return new Composition(areas, members);
    }

    private PeerGroup visibleGroup(UUID id) {
        return PeerGroup.visible(caller.scope(), id).orElseThrow(() -> new NotFound("peer group", id));
    }

    private static Versioned<PeerGroupView> versioned(PeerGroup group, NormCatalogue current) {
        return new Versioned<>(PeerGroupView.from(group, titlesOf(current)), ETags.of(group.lockVersion));
    }

    /** Groups speak of the scheme's areas by number; the current version gives them their titles. */
    private NormCatalogue currentScheme() {
        return frameworks.currentCatalogue().orElse(null);
    }

    private static IntFunction<String> titlesOf(NormCatalogue current) {
        return number -> current == null ? null : current.area(number).map(CatalogueArea::title).orElse(null);
    }

    // --- meetings -----------------------------------------------------------------------------------

    /**
     * A meeting that took place, recorded by NVVK or by one of the group's member organisations (a
     * member outside the group does not see it: 404). Every member organisation of the group hears of
     * it in its event feed.
     */
    @Transactional
    public Versioned<PeerMeetingView> record(UUID groupId, PeerMeetingRequest request) {
        caller.actingAs("Only NVVK and the group's member organisations record its meetings", Scope.Kind.NVVK, Scope.Kind.MEMBER);
        PeerGroup group = visibleGroup(groupId);
        PeerMeeting meeting = PeerMeeting.held(group, request.heldOn(), request.participants(), request.topic(), LocalDate.now(clock), Instant.now(clock));
        meeting.persist();
        PeerMeeting.flush();
        history.record(MEETING, meeting.id, "recorded", null, meeting.snapshot());
        for (String kvkNumber : group.memberKvkNumbers()) {
            events.record(EventType.PEER_MEETING_RECORDED, MEETING, meeting.id, kvkNumber, null,
                    Map.of("group", group.id.toString(), "heldOn", meeting.heldOn.toString(), "tookPart", Boolean.toString(meeting.tookPart(kvkNumber))));
        }
        return versioned(meeting);
    }

    @Transactional
    public Versioned<PeerMeetingView> meeting(UUID id) {
        return versioned(visibleMeeting(id));
    }

    @Transactional
    public Page<PeerMeetingView> meetings(MeetingFilter filter, PageRequest page) {
        Where filters = Where.all()
                .and("g.id = :group", "group", filter.group())
                .and(":area member of g.areas", "area", filter.area() == null ? null : filter.area().shortValue())
                .and(":kvk member of m.participants", "kvk", filter.kvkNumber())
                .and("m.heldOn >= :heldFrom", "heldFrom", filter.heldFrom())
                .and("m.heldOn <= :heldTo", "heldTo", filter.heldTo());
        Scope scope = caller.scope();
        Page<PeerMeeting> meetings = paging.page(PeerMeeting.NEWEST_FIRST, scope, filters, page, meeting -> meeting);
        // The caller's own reflections on the page's meetings in one read, not one per meeting.
        Map<UUID, Reflection> own = Reflection.ownOn(scope, meetings.items().stream().map(meeting -> meeting.id).toList());
        return new Page<>(meetings.items().stream()
                .map(meeting -> PeerMeetingView.from(meeting, own.containsKey(meeting.id) ? ReflectionRef.from(own.get(meeting.id)) : null))
                .toList(), meetings.next());
    }

    private PeerMeeting visibleMeeting(UUID id) {
        return PeerMeeting.visible(caller.scope(), id).orElseThrow(() -> new NotFound("peer meeting", id));
    }

    /** The meeting as this caller reads it: to a member that took part with its own reflection named. */
    private Versioned<PeerMeetingView> versioned(PeerMeeting meeting) {
        ReflectionRef mine = Reflection.ownOn(caller.scope(), meeting.id).map(ReflectionRef::from).orElse(null);
        return new Versioned<>(PeerMeetingView.from(meeting, mine), ETags.of(meeting.lockVersion));
    }

    // --- reflections --------------------------------------------------------------------------------

    /** An organisation that took part keeps its own reflection on the meeting: any colleague of it writes it. */
    @Transactional
    public Versioned<ReflectionView> reflect(UUID meetingId, ReflectionRequest request) {
        Scope scope = member();
        PeerMeeting meeting = visibleMeeting(meetingId);
        requireWords(request);
        OrganisationRef organisation = organisations.byKvkNumber(scope.tenant())
                .orElseThrow(() -> new Forbidden("NVVK has registered no organisation with KvK number %s", scope.tenant()));
        Reflection reflection = Reflection.keptBy(organisation.id(), organisation.kvkNumber(), meeting, request.learned(), request.willTry(),
                Instant.now(clock));
        reflection.persist();
        Reflection.flush();
        history.record(REFLECTION, reflection.id, "kept", null, reflection.snapshot());
        return versioned(reflection);
    }

    @Transactional
    public Versioned<ReflectionView> revise(UUID meetingId, UUID id, String ifMatch, ReflectionRequest request) {
        member();
        Reflection reflection = visibleReflection(meetingId, id);
        ETags.requireMatch(ifMatch, reflection.lockVersion);
        requireWords(request);
        Map<String, Object> before = reflection.snapshot();
        reflection.revise(request.learned(), request.willTry(), Instant.now(clock));
        Reflection.flush();
        history.record(REFLECTION, reflection.id, "revised", before, reflection.snapshot());
        return versioned(reflection);
    }

    /**
     * The organisation's quality coordinator shares the reflection, and with it the organisation's
     * participation, with the certifying body of its planned or running audit, which hears of it in
     * its event feed. Any other body is refused (422 naming certifyingBody): nothing is shared with
     * a body that has no business with the organisation.
     */
    @Transactional
    public Versioned<ReflectionView> share(UUID meetingId, UUID id, String ifMatch, SharingRequest request) {
        Scope scope = member();
        Reflection reflection = visibleReflection(meetingId, id);
        if (!scope.coordinatesQuality()) {
            throw new Forbidden("Only the organisation's quality coordinator (role %s) shares a reflection with a certifying body",
                    Roles.QUALITY_COORDINATOR);
        }
        ETags.requireMatchIfSent(ifMatch, reflection.lockVersion);
        if (!audits.hasPlannedOrRunningAuditBy(request.certifyingBody())) {
            throw InvalidContent.of("certifyingBody", "%s has no planned or running audit of your organisation; a reflection is shared with the body "
                    .formatted(request.certifyingBody()) + "that audits you");
        }
        Map<String, Object> before = reflection.snapshot();
        reflection.shareWith(request.certifyingBody(), Instant.now(clock));
        Reflection.flush();
        history.record(REFLECTION, reflection.id, "shared", before, reflection.snapshot());
        events.record(EventType.PEER_REFLECTION_SHARED, REFLECTION, reflection.id, reflection.organisationKvk, reflection.sharedWithBody,
                Map.of("meeting", reflection.meeting.id.toString(), "group", reflection.meeting.group.id.toString(),
                        "heldOn", reflection.meeting.heldOn.toString()));
        return versioned(reflection);
    }

    @Transactional
    public Versioned<ReflectionView> reflection(UUID meetingId, UUID id) {
        return versioned(visibleReflection(meetingId, id));
    }

    @Transactional
    public Page<ReflectionView> reflections(ReflectionFilter filter, PageRequest page) {
        Where filters = Where.all()
                .and("g.id = :group", "group", filter.group())
                .and("r.organisationKvk = :kvk", "kvk", filter.kvkNumber())
                .and("m.heldOn >= :heldFrom", "heldFrom", filter.heldFrom())
                .and("m.heldOn <= :heldTo", "heldTo", filter.heldTo());
        return paging.page(Reflection.NEWEST_FIRST, caller.scope(), filters, page, ReflectionView::from);
    }

    private static void requireWords(ReflectionRequest request) {
        if (request.saysNothing()) {
            throw InvalidContent.of("learned", "say what your organisation learned, what it will try, or both");
        }
    }

    private Reflection visibleReflection(UUID meetingId, UUID id) {
        return Reflection.visible(caller.scope(), meetingId, id).orElseThrow(() -> new NotFound("reflection", id));
    }

    private static Versioned<ReflectionView> versioned(Reflection reflection) {
        return new Versioned<>(ReflectionView.from(reflection), ETags.of(reflection.lockVersion));
    }

    private Scope member() {
        return caller.actingAs("Only a member organisation keeps reflections on its meetings", Scope.Kind.MEMBER);
    }

    private void nvvk() {
        caller.actingAs("Only NVVK sets up and describes groups", Scope.Kind.NVVK);
    }
}
