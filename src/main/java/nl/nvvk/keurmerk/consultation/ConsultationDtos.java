package nl.nvvk.keurmerk.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.nvvk.keurmerk.framework.FrameworkDtos.AreaRef;
import nl.nvvk.keurmerk.shared.validation.Formats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What "In gesprek met" looks like on the wire. */
public final class ConsultationDtos {
    /** How many organisations a group holds: intercollegiate consultation is a conversation, not a conference. */
    static final int MAX_MEMBERS = 50;

    private ConsultationDtos() {
    }

    @Schema(name = "PeerGroupRequest", description = "An \"In gesprek met\" group as NVVK sets it up or describes it anew: its name, the "
            + "organisation-wide question it works on, the performance areas that question concerns and its member organisations.",
            additionalProperties = Schema.False.class)
    public record PeerGroupRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE, message = Formats.ONE_LINE_MESSAGE)
            @Schema(example = "In gesprek met: Noord-Holland") String name,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Hoe betrekken wij ketenpartners bij het opstellen van een schuldhulpplan?") String question,
            @NotEmpty @Size(max = 20) @Schema(description = "Numbers of the performance areas of the current framework version the question concerns",
                    example = "[4, 6]") List<@NotNull @Min(1) @Max(99) Integer> areas,
            @NotEmpty @Size(max = MAX_MEMBERS) @Schema(description = "KvK numbers of its member organisations, each registered", example = "[\"90000001\", \"90000002\"]")
            List<@NotNull @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE) String> members) {
    }

    @Schema(name = "PeerGroupMember", description = "A member organisation of a group: its KvK number and name.")
    public record MemberView(
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(example = "90000001") String kvkNumber,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(description = "Its name as registered when the group was last described; "
                    + "absent for a participant that is no longer a member of the group", example = "Gemeente Zonnedijk", nullable = true) String name) {
    }

    @Schema(name = "PeerGroup", description = "An \"In gesprek met\" group: a fixed group of member organisations that meets to work on one "
            + "organisation-wide question.")
    public record PeerGroupView(
            UUID id,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "In gesprek met: Noord-Holland") String name,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Hoe betrekken wij ketenpartners bij het opstellen van een schuldhulpplan?")
            String question,
            @Size(max = 20) @Schema(description = "The performance areas it concerns, in area order, titled as the current framework version titles them")
            List<AreaRef> areas,
            @Size(max = MAX_MEMBERS) @Schema(description = "Its member organisations, by KvK number") List<MemberView> members,
            Instant createdAt,
            Instant updatedAt) {

        static PeerGroupView from(PeerGroup group, IntFunction<String> areaTitle) {
            return new PeerGroupView(group.id, group.name, group.question,
                    group.areas.stream().sorted().map(area -> new AreaRef(area, areaTitle.apply(area))).toList(),
                    group.members.stream().sorted((a, b) -> a.organisationKvk.compareTo(b.organisationKvk))
                            .map(member -> new MemberView(member.organisationKvk, member.organisationName)).toList(),
                    group.createdAt, group.updatedAt);
        }
    }

    @Schema(name = "PeerMeetingRequest", description = "A meeting of the group that took place: the day, which of its member organisations "
            + "took part and the topic.", additionalProperties = Schema.False.class)
    public record PeerMeetingRequest(
            @NotNull @Schema(description = "The day it was held; not after today", example = "2026-11-12") LocalDate heldOn,
            @NotBlank @Size(max = 2000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Casusbespreking: het eerste gesprek met een inwoner met problematische schulden") String topic,
            @NotEmpty @Size(max = MAX_MEMBERS) @Schema(description = "KvK numbers of the member organisations that took part", example = "[\"90000001\", \"90000002\"]")
            List<@NotNull @Size(min = 8, max = 8) @Pattern(regexp = Formats.KVK_NUMBER, message = Formats.KVK_NUMBER_MESSAGE) String> participants) {
    }

    @Schema(name = "PeerGroupRef", description = "The group a meeting was of.")
    public record GroupRef(
            UUID id,
            @Size(max = 200) @Pattern(regexp = Formats.ONE_LINE) @Schema(example = "In gesprek met: Noord-Holland") String name,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Hoe betrekken wij ketenpartners bij het opstellen van een schuldhulpplan?")
            String question,
            @Size(max = 20) @Schema(description = "Numbers of the performance areas it concerns", example = "[4, 6]") List<@Min(1) @Max(99) Integer> areas) {

        static GroupRef from(PeerGroup group) {
            return new GroupRef(group.id, group.name, group.question, group.areas.stream().sorted().map(Short::intValue).toList());
        }
    }

    @Schema(name = "PeerMeeting", description = "One meeting of a group: the day, the topic and which member organisations took part.")
    public record PeerMeetingView(
            UUID id,
            GroupRef group,
            @Schema(example = "2026-11-12") LocalDate heldOn,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Casusbespreking: het eerste gesprek met een inwoner met problematische schulden")
            String topic,
            @Size(max = MAX_MEMBERS) @Schema(description = "The member organisations that took part, by KvK number") List<MemberView> participants,
            Instant recordedAt,
            @Schema(description = "To a member that took part: its own reflection on the meeting, once it keeps one; absent otherwise", nullable = true)
            ReflectionRef myReflection) {

        static PeerMeetingView from(PeerMeeting meeting, ReflectionRef myReflection) {
            return new PeerMeetingView(meeting.id, GroupRef.from(meeting.group), meeting.heldOn, meeting.topic,
                    meeting.participants.stream().sorted().map(kvk -> new MemberView(kvk, meeting.group.nameOf(kvk))).toList(),
                    meeting.recordedAt, myReflection);
        }
    }

    @Schema(name = "PeerReflectionRef", description = "An organisation's own reflection on a meeting, as the meeting names it to that organisation.")
    public record ReflectionRef(UUID id, @Schema(description = "Whether it is shared with a certifying body") boolean shared) {
        static ReflectionRef from(Reflection reflection) {
            return new ReflectionRef(reflection.id, reflection.isShared());
        }
    }

    @Schema(name = "PeerReflectionRequest", description = "What the organisation learned from the meeting and what it will try: at least one of the two.",
            additionalProperties = Schema.False.class)
    public record ReflectionRequest(
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Andere gemeenten plannen het eerste gesprek binnen drie werkdagen na aanmelding.") String learned,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT, message = Formats.TEXT_MESSAGE)
            @Schema(example = "Wij proberen een vaste intaketijd per week, zodat een inwoner niet hoeft te bellen.") String willTry) {

        /** Not a bean property (isEmpty would be one, and the contract listed it as a field a client could send). */
        boolean saysNothing() {
            return (learned == null || learned.isBlank()) && (willTry == null || willTry.isBlank());
        }
    }

    @Schema(name = "PeerReflectionSharing", description = "Shares a reflection, and with it the organisation's participation in the meeting, with "
            + "the certifying body of its planned or running audit.", additionalProperties = Schema.False.class)
    public record SharingRequest(
            @NotNull @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE, message = Formats.BODY_CODE_MESSAGE)
            @Schema(description = "Code of the certifying body", example = "CB-ALPHA") String certifyingBody) {
    }

    @Schema(name = "PeerMeetingTookPart", description = "The meeting a reflection is about, as the reflection's readers see it: the day, the topic "
            + "and the group, but not who else took part.")
    public record MeetingRef(
            UUID id,
            GroupRef group,
            @Schema(example = "2026-11-12") LocalDate heldOn,
            @Size(max = 2000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Casusbespreking: het eerste gesprek met een inwoner met problematische schulden")
            String topic) {

        static MeetingRef from(PeerMeeting meeting) {
            return new MeetingRef(meeting.id, GroupRef.from(meeting.group), meeting.heldOn, meeting.topic);
        }
    }

    @Schema(name = "PeerReflection", description = "An organisation's own reflection on a meeting it took part in. Private to the organisation "
            + "until it shares it with the certifying body of its planned or running audit; from then on that body and NVVK read it, and it no "
            + "longer changes.")
    public record ReflectionView(
            UUID id,
            @Schema(description = "The meeting it is about, and so the organisation's participation in it") MeetingRef meeting,
            @Size(max = 8) @Pattern(regexp = Formats.KVK_NUMBER) @Schema(description = "KvK number of the organisation", example = "90000001") String organisation,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Andere gemeenten plannen het eerste gesprek binnen drie werkdagen na aanmelding.", nullable = true)
            String learned,
            @Size(max = 4000) @Pattern(regexp = Formats.TEXT) @Schema(example = "Wij proberen een vaste intaketijd per week, zodat een inwoner niet hoeft te bellen.", nullable = true)
            String willTry,
            @Size(max = 20) @Pattern(regexp = Formats.BODY_CODE) @Schema(description = "Code of the certifying body it is shared with; absent while private",
                    example = "CB-ALPHA", nullable = true) String sharedWith,
            @Schema(nullable = true) Instant sharedAt,
            Instant createdAt,
            Instant updatedAt) {

        static ReflectionView from(Reflection reflection) {
            return new ReflectionView(reflection.id, MeetingRef.from(reflection.meeting), reflection.organisationKvk, reflection.learned,
                    reflection.willTry, reflection.sharedWithBody, reflection.sharedAt, reflection.createdAt, reflection.updatedAt);
        }
    }
}
