package nl.nvvk.keurmerk.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.nvvk.keurmerk.organisation.OrganisationKind;
import nl.nvvk.keurmerk.schedule.ScheduleDtos.ScheduleResponse;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.NotFound;
import nl.nvvk.keurmerk.shared.paging.Page;
import nl.nvvk.keurmerk.shared.paging.PageRequest;
import nl.nvvk.keurmerk.shared.paging.Paging;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.security.Caller;
import nl.nvvk.keurmerk.shared.security.Scope;

/**
 * Recertification schedules: derived per organisation on the day they are read, for NVVK (every
 * organisation), a certifying body (the organisations it audits) and a member (its own).
 */
@ApplicationScoped
public class ScheduleService {
    private final Caller caller;
    private final Clock clock;
    private final Paging paging;
    private final SchedulePolicy policy;

    ScheduleService(Caller caller, Clock clock, Paging paging, SchedulePolicy policy) {
        this.caller = caller;
        this.clock = clock;
        this.paging = paging;
        this.policy = policy;
    }

    /**
     * Filters of the schedule list; null means "any".
     *
     * @param dueBefore       only schedules whose next due day is before this day
     * @param dueAfter        only schedules whose next due day is after this day
     * @param certifyingBody  the body whose audit the current certificate rests on, or that planned the next audit
     */
    public record Filter(ScheduleState state, LocalDate dueBefore, LocalDate dueAfter, String certifyingBody, OrganisationKind organisationKind) {
    }

    @Transactional
    public Page<ScheduleResponse> list(Filter filter, PageRequest page) {
        if (filter.dueBefore() != null && filter.dueAfter() != null && !filter.dueAfter().isBefore(filter.dueBefore())) {
            throw InvalidContent.of("dueAfter", "must be before dueBefore (%s), or no schedule can match".formatted(filter.dueBefore()));
        }
        LocalDate today = today();
        Scope scope = caller.scope();
        Where filters = RecertificationSchedule.inStateOn(filter.state(), today, policy)
                .and("s.dueOn < :dueBefore", "dueBefore", filter.dueBefore())
                .and("s.dueOn > :dueAfter", "dueAfter", filter.dueAfter())
                .and("(s.certificateBodyCode = :body or s.plannedBodyCode = :body)", "body", filter.certifyingBody())
                .and("s.organisationKind = :kind", "kind", filter.organisationKind());
        return paging.page(RecertificationSchedule.MOST_URGENT_FIRST, scope, filters, page,
                schedule -> ScheduleResponse.of(schedule, today, policy, scope));
    }

    /** One organisation's schedule; an organisation the caller may not see answers like one that does not exist. */
    @Transactional
    public ScheduleResponse get(String kvkNumber) {
        Scope scope = caller.scope();
        RecertificationSchedule schedule = RecertificationSchedule.visible(scope, kvkNumber)
                .orElseThrow(() -> NotFound.saying("No recertification schedule for the organisation with KvK number %s", kvkNumber));
        return ScheduleResponse.of(schedule, today(), policy, scope);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
