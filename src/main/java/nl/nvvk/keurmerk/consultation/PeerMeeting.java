package nl.nvvk.keurmerk.consultation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.error.InvalidContent;
import nl.nvvk.keurmerk.shared.error.Problem.FieldError;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/** One meeting of a group: the day, the topic, and which of its member organisations took part. */
@Entity
@Table(name = "peer_meeting")
public class PeerMeeting extends PanacheEntityBase implements TenantOwned {
    /** Newest meeting first (index peer_meeting_held_idx). */
    static final Keyset<PeerMeeting> NEWEST_FIRST = Keyset.of("peer-meetings", PeerMeeting.class, "m", "from PeerMeeting m join fetch m.group g",
            PeerMeeting::visibleTo, SortKey.date("m.heldOn"), SortKey.uuid("m.id")).reversed();

    @Id
    UUID id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    PeerGroup group;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(nullable = false)
    String topic;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @ElementCollection
    @CollectionTable(name = "peer_meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_kvk")
    @BatchSize(size = 200)
    Set<String> participants = new TreeSet<>();

    protected PeerMeeting() {
    }

    /**
     * NVVK and jobs see every meeting; a member those of the groups it belongs to, and those it took
     * part in after it left the group; certifying bodies and the public none (a body reads a
     * participation only through a reflection shared with it).
     */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case MEMBER -> Where.of("exists (select 1 from PeerGroup gm join gm.members x where gm.id = m.group.id and x.organisationKvk = :scopeKvk) "
                    + "or :scopeKvk member of m.participants", "scopeKvk", scope.tenant());
            case CERTIFYING_BODY, PUBLIC -> Where.none();
        };
    }

    static Optional<PeerMeeting> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("m.id = :id", "id", id);
        return find("from PeerMeeting m join fetch m.group g where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    /**
     * A meeting that took place: on a day not after today, with at least one of the group's member
     * organisations, and none that is not one of them. Every problem is listed at once.
     */
    static PeerMeeting held(PeerGroup group, LocalDate heldOn, List<String> participants, String topic, LocalDate today, Instant now) {
        List<FieldError> problems = new ArrayList<>();
        if (heldOn.isAfter(today)) {
            problems.add(new FieldError("heldOn", "is after today (%s): record a meeting once it has taken place".formatted(today)));
        }
        for (int i = 0; i < participants.size(); i++) {
            if (!group.hasMember(participants.get(i))) {
                problems.add(new FieldError("participants[%d]".formatted(i), "%s is not a member organisation of the group".formatted(participants.get(i))));
            } else if (participants.subList(0, i).contains(participants.get(i))) {
                problems.add(new FieldError("participants[%d]".formatted(i), "%s is listed twice".formatted(participants.get(i))));
            }
        }
        InvalidContent.refuseAny("The meeting", problems);
        PeerMeeting meeting = new PeerMeeting();
        meeting.id = Ids.next();
        meeting.group = group;
        meeting.heldOn = heldOn;
        meeting.topic = topic;
        meeting.participants.addAll(participants);
        meeting.recordedAt = now;
        return meeting;
    }

    boolean tookPart(String kvkNumber) {
        return participants.contains(kvkNumber);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("group", group.id);
        snapshot.put("heldOn", heldOn);
        snapshot.put("topic", topic);
        snapshot.put("participants", new TreeSet<>(participants));
        return snapshot;
    }
}
