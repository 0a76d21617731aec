package nl.nvvk.keurmerk.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import nl.nvvk.keurmerk.shared.security.SystemActors;

/**
 * Runs the milestones on Quartz's clustered job store (quarkus.quartz.clustered): with several
 * replicas, one of them acts on each firing. Exactly-once does not rest on that: the milestone key
 * does (see {@link Milestones}), so a firing retried after a replica died records nothing twice.
 * The period is keurmerk.schedule.milestones-every; "off" switches the job off.
 */
@ApplicationScoped
class MilestoneJob {
    static final String ACTOR = "milestones";

    private final Milestones milestones;
    private final SystemActors systemActors;
    private final Clock clock;

    MilestoneJob(Milestones milestones, SystemActors systemActors, Clock clock) {
        this.milestones = milestones;
        this.systemActors = systemActors;
        this.clock = clock;
    }

    @Scheduled(identity = "milestones", every = "${keurmerk.schedule.milestones-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        systemActors.run(ACTOR, () -> milestones.recordReachedBy(LocalDate.now(clock)));
    }
}
