package nl.nvvk.keurmerk.consultation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.nvvk.keurmerk.shared.paging.Keyset;
import nl.nvvk.keurmerk.shared.paging.Keyset.SortKey;
import nl.nvvk.keurmerk.shared.paging.Where;
import nl.nvvk.keurmerk.shared.persistence.Ids;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.hibernate.annotations.BatchSize;

/**
 * An "In gesprek met" group: a fixed group of member organisations that meets regularly to work on
 * one organisation-wide question, concerning some performance areas. NVVK sets it up; its members
 * see it and its meetings.
 */
@Entity
@Table(name = "peer_group")
public class PeerGroup extends PanacheEntityBase implements TenantOwned {
    /** By name (index peer_group_name_idx). */
    static final Keyset<PeerGroup> BY_NAME = Keyset.of("peer-groups", PeerGroup.class, "g", "from PeerGroup g", PeerGroup::visibleTo,
            SortKey.text("lower(g.name)"), SortKey.uuid("g.id"));

    @Id
    UUID id;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String question;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    long lockVersion;

    @ElementCollection
    @CollectionTable(name = "peer_group_area", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "area_number")
    @BatchSize(size = 200)
    Set<Short> areas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "peer_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @BatchSize(size = 200)
    List<Member> members = new ArrayList<>();

    protected PeerGroup() {
    }

    /** A member organisation of the group. */
    @Embeddable
    public static class Member {
        @Column(name = "organisation_id", nullable = false)
        UUID organisationId;
        @Column(name = "organisation_kvk", nullable = false)
        String organisationKvk;
        @Column(name = "organisation_name", nullable = false)
        String organisationName;

        protected Member() {
        }

        Member(UUID organisationId, String organisationKvk, String organisationName) {
            this.organisationId = organisationId;
            this.organisationKvk = organisationKvk;
            this.organisationName = organisationName;
        }
    }

    /** NVVK and jobs see every group; a member the groups it belongs to; certifying bodies and the public none. */
    static Where visibleTo(Scope scope) {
        return switch (scope.kind()) {
            case NVVK, SYSTEM -> Where.all();
            case MEMBER -> Where.of("exists (select 1 from PeerGroup gm join gm.members x where gm.id = g.id and x.organisationKvk = :scopeKvk)",
                    "scopeKvk", scope.tenant());
            case CERTIFYING_BODY, PUBLIC -> Where.none();
        };
    }

    static Optional<PeerGroup> visible(Scope scope, UUID id) {
        Where where = visibleTo(scope).and("g.id = :id", "id", id);
        return find("from PeerGroup g where " + where.jpql(), where.parameters()).firstResultOptional();
    }

    static PeerGroup setUp(String name, String question, Set<Integer> areas, List<Member> members, Instant now) {
        PeerGroup group = new PeerGroup();
        group.id = Ids.next();
        group.createdAt = now;
        group.describe(name, question, areas, members, now);
        return group;
    }

    /** NVVK renames the group, restates its question or areas, or changes who belongs to it; its meetings stay as they were. */
    void describe(String name, String question, Set<Integer> areas, List<Member> members, Instant now) {
        this.name = name;
        this.question = question;
        this.areas.clear();
        areas.forEach(area -> this.areas.add(area.shortValue()));
        this.members.clear();
        this.members.addAll(members);
        this.updatedAt = now;
    }

    boolean hasMember(String kvkNumber) {
        return members.stream().anyMatch(member -> member.organisationKvk.equals(kvkNumber));
    }

    /** The name of a member organisation as the group holds it; null for one that is no longer a member. */
    String nameOf(String kvkNumber) {
        return members.stream().filter(member -> member.organisationKvk.equals(kvkNumber)).findFirst().map(member -> member.organisationName).orElse(null);
    }

    List<String> memberKvkNumbers() {
        return members.stream().map(member -> member.organisationKvk).sorted().toList();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("question", question);
        snapshot.put("areas", new TreeSet<>(areas));
        snapshot.put("members", memberKvkNumbers());
        return snapshot;
    }
}
