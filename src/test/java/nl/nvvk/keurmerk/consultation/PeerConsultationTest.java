package nl.nvvk.keurmerk.consultation;

import static nl.nvvk.keurmerk.testing.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.organisation.OrganisationFixtures;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import nl.nvvk.keurmerk.testing.Feed;
import nl.nvvk.keurmerk.testing.Fixtures;
import nl.nvvk.keurmerk.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "In gesprek met": NVVK sets up a group of member organisations; its meetings are recorded with
 * who took part; each organisation that took part keeps its own reflection, private to itself until
 * its coordinator shares it with the certifying body of its planned or running audit.
 */
@QuarkusTest
class PeerConsultationTest {
    private static final String GROUPS = "/api/v1/peer-groups";
    private static final String GROUP = GROUPS + "/{id}";
    private static final String MEETINGS = "/api/v1/peer-meetings";
    private static final String MEETING = MEETINGS + "/{id}";
    private static final String REFLECTIONS = MEETING + "/reflections";
    private static final String REFLECTION = REFLECTIONS + "/{reflection}";
    private static final String ALL_REFLECTIONS = "/api/v1/peer-reflections";
    private static final String HELD_ON = LocalDate.now().minusDays(10).toString();

    /** A group of three fresh organisations (the first audited by our body, its audit running) and one registered outsider. */
    private record Circle(String id, String etag, List<String> members, String outsider) {
        static Circle setUp(Integer... areas) {
            List<String> members = new ArrayList<>();
            AuditPackages audited = AuditPackages.aPackage();
            audited.push();
            members.add(audited.kvk());
            members.add(OrganisationFixtures.anOrganisation().register().kvk());
            members.add(OrganisationFixtures.anOrganisation().register().kvk());
            String outsider = OrganisationFixtures.anOrganisation().register().kvk();
            var created = Api.as(As.ADMIN).contentType("application/json").body(group("Kring " + members.get(0), List.of(areas), members))
                    .post(GROUPS).then().statusCode(201).extract();
            return new Circle(created.path("id"), created.header("ETag"), members, outsider);
        }

        String member(int i) {
            return Fixtures.memberToken(members.get(i));
        }

        String coordinator(int i) {
            return Fixtures.coordinatorToken(members.get(i));
        }

        /** A meeting NVVK records, with these members (by index) taking part. */
        String meeting(String heldOn, int... participants) {
            List<String> kvks = new ArrayList<>();
            for (int i : participants) {
                kvks.add(members.get(i));
            }
            return Api.as(As.ADMIN).contentType("application/json").body(meetingOf(heldOn, kvks)).post(GROUP + "/meetings", id)
                    .then().statusCode(201).extract().path("id");
        }
    }

    private static Map<String, Object> group(String name, List<Integer> areas, List<String> members) {
        return Map.of("name", name, "question", "Hoe betrekken wij ketenpartners bij het schuldhulpplan?", "areas", areas, "members", members);
    }

    private static Map<String, Object> meetingOf(String heldOn, List<String> participants) {
        return Map.of("heldOn", heldOn, "topic", "Casusbespreking: het eerste gesprek", "participants", participants);
    }

    private static Map<String, Object> reflectionOf(String learned, String willTry) {
        Map<String, Object> body = new HashMap<>();
        if (learned != null) {
            body.put("learned", learned);
        }
        if (willTry != null) {
            body.put("willTry", willTry);
        }
        return body;
    }

    /** The caller's reflection on a meeting, kept: its id and ETag. */
    private static List<String> reflect(String token, String meeting, String learned) {
        var kept = Api.withToken(token).contentType("application/json").body(reflectionOf(learned, "Een vaste intaketijd"))
                .post(REFLECTIONS, meeting).then().statusCode(201).extract();
        return List.of(kept.path("id"), kept.header("ETag"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(String list, String token, Map<String, ?> filters) {
        return Pages.field(list, token, filters, "id", 20);
    }

    // --- groups -------------------------------------------------------------------------------------

    @Test
    void nvvk_sets_up_a_group_its_members_see_it_and_nobody_else_does() {
        Circle circle = Circle.setUp(6, 4);
        Api.as(As.ADMIN).get(GROUP, circle.id()).then().statusCode(200)
                .body("areas.number", contains(4, 6)).body("areas[0].title", notNullValue())
                .body("members.kvkNumber", containsInAnyOrder(circle.members().toArray()))
                .body("members.name", not(hasItem(nullValue())));
        Api.withToken(circle.member(1)).get(GROUP, circle.id()).then().statusCode(200).body("members.kvkNumber", hasItem(circle.members().get(0)));
        Api.withToken(Fixtures.memberToken(circle.outsider())).get(GROUP, circle.id()).then().spec(problem(404));
        Api.as(As.CERTIFIER).get(GROUP, circle.id()).then().spec(problem(403));

        assertThat(ids(GROUPS, circle.member(2), Map.of())).contains(circle.id());
        assertThat(ids(GROUPS, Fixtures.memberToken(circle.outsider()), Map.of())).doesNotContain(circle.id());
        assertThat(ids(GROUPS, As.ADMIN.token(), Map.of("kvkNumber", circle.members().get(1)))).containsExactly(circle.id());
        assertThat(ids(GROUPS, circle.member(0), Map.of("area", 4))).containsExactly(circle.id());
        assertThat(ids(GROUPS, circle.member(0), Map.of("area", 5))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,403", "MEMBER_AND_ADMIN,201", "ADMIN,201"})
    void only_nvvk_sets_up_groups(As caller, int status) {
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        var answer = Api.as(caller).contentType("application/json").body(group("Kring " + kvk, List.of(1), List.of(kvk))).post(GROUPS).then();
        if (status == 201) {
            answer.statusCode(201).header("Location", notNullValue()).body("members[0].kvkNumber", equalTo(kvk));
        } else {
            answer.spec(problem(status));
            assertThat(ids(GROUPS, As.ADMIN.token(), Map.of("kvkNumber", kvk))).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,200", "OUTSIDER,404", "ADMIN,200"})
    void reading_a_group(Who who, int status) {
        Circle circle = Circle.setUp(1);
        var answer = Api.withToken(who.token(circle)).get(GROUP, circle.id()).then();
        if (status == 200) {
            answer.statusCode(200).body("id", equalTo(circle.id())).header("ETag", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "MEMBER,200", "ADMIN,200"})
    void listing_groups(Who who, int status) {
        Circle circle = Circle.setUp(1);
        var answer = Api.withToken(who.token(circle)).get(GROUPS).then();
        if (status == 200) {
            answer.statusCode(200).body("items", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @Test
    void a_group_with_bad_areas_or_members_is_refused_naming_each_and_nothing_is_stored() {
        String kvk = OrganisationFixtures.anOrganisation().register().kvk();
        String unregistered = Fixtures.uniqueKvk();
        Api.as(As.ADMIN).contentType("application/json").body(group("Kring " + kvk, List.of(4, 9, 4), List.of(kvk, unregistered, kvk)))
                .post(GROUPS).then().spec(problem(422))
                .body("errors.field", containsInAnyOrder("areas[1]", "areas[2]", "members[1]", "members[2]"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(group(" ", List.of(0, 100), List.of("1234")))
                .post(GROUPS).then().spec(problem(422))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("areas[0]")).body("errors.field", hasItem("areas[1]"))
                .body("errors.field", hasItem("members[0]"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(group("Leeg", List.of(), List.of())).post(GROUPS).then().spec(problem(422))
                .body("errors.field", containsInAnyOrder("areas", "members"));
        assertThat(ids(GROUPS, As.ADMIN.token(), Map.of("kvkNumber", kvk))).isEmpty();
    }

    @Test
    void nvvk_describes_a_group_anew_at_the_version_it_read() {
        Circle circle = Circle.setUp(1);
        List<String> fewer = circle.members().subList(0, 2);
        Map<String, Object> anew = group("Kring hernoemd", List.of(2, 3), fewer);
        Api.malformedAs(As.ADMIN).contentType("application/json").body(anew).put(GROUP, circle.id()).then().spec(problem(428));
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", "\"99\"").body(anew).put(GROUP, circle.id()).then().spec(problem(412));
        Api.withToken(circle.member(0)).contentType("application/json").header("If-Match", circle.etag()).body(anew).put(GROUP, circle.id())
                .then().spec(problem(403));
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", circle.etag()).body(anew).put(GROUP, circle.id()).then().statusCode(200)
                .body("name", equalTo("Kring hernoemd")).body("areas.number", contains(2, 3)).body("members", org.hamcrest.Matchers.hasSize(2))
                .header("ETag", not(equalTo(circle.etag())));
        // The organisation that left no longer sees the group.
        Api.withToken(circle.member(2)).get(GROUP, circle.id()).then().spec(problem(404));
        Api.as(As.ADMIN).queryParam("resourceType", "peer-group").queryParam("resourceId", circle.id()).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("set-up", "described"));
    }

    // --- meetings -----------------------------------------------------------------------------------

    @Test
    void a_meeting_is_recorded_with_who_took_part_and_every_member_hears_of_it() {
        Circle circle = Circle.setUp(4);
        var recorded = Api.withToken(circle.member(1)).contentType("application/json")
                .body(meetingOf(HELD_ON, List.of(circle.members().get(0), circle.members().get(1)))).post(GROUP + "/meetings", circle.id())
                .then().statusCode(201).body("group.id", equalTo(circle.id())).body("heldOn", equalTo(HELD_ON))
                .body("participants.kvkNumber", containsInAnyOrder(circle.members().get(0), circle.members().get(1)))
                .body("participants.name", not(hasItem(nullValue()))).body("myReflection", nullValue())
                .extract();
        String meeting = recorded.path("id");
        assertThat(recorded.header("Location")).endsWith("/api/v1/peer-meetings/" + meeting);

        // Every member organisation of the group, the one that stayed away included, hears of it; an outsider does not.
        for (int i = 0; i < 3; i++) {
            String token = circle.member(i);
            List<Map<String, Object>> heard = Feed.about(() -> Api.withToken(token), "PEER_MEETING_RECORDED", meeting);
            assertThat(heard).as("member " + i).hasSize(1);
            assertThat(heard.get(0)).containsEntry("organisation", circle.members().get(i));
            assertThat((Map<String, Object>) heard.get(0).get("data")).containsEntry("group", circle.id()).containsEntry("tookPart", i < 2 ? "true" : "false");
        }
        assertThat(Feed.about(() -> Api.withToken(Fixtures.memberToken(circle.outsider())), "PEER_MEETING_RECORDED", meeting)).isEmpty();
        assertThat(Feed.about(() -> Api.as(As.ADMIN), "PEER_MEETING_RECORDED", meeting)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "CERTIFIER,403", "OUTSIDER,404", "MEMBER,201", "ADMIN,201"})
    void recording_a_meeting(Who who, int status) {
        Circle circle = Circle.setUp(1);
        var answer = Api.withToken(who.token(circle)).contentType("application/json").body(meetingOf(HELD_ON, circle.members()))
                .post(GROUP + "/meetings", circle.id()).then();
        if (status == 201) {
            answer.statusCode(201);
        } else {
            answer.spec(problem(status));
            assertThat(ids(MEETINGS, As.ADMIN.token(), Map.of("group", circle.id()))).isEmpty();
        }
    }

    @Test
    void a_meeting_in_the_future_or_with_outsiders_is_refused_naming_each_and_nothing_is_stored() {
        Circle circle = Circle.setUp(1);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Api.as(As.ADMIN).contentType("application/json")
                .body(meetingOf(tomorrow, List.of(circle.members().get(0), circle.outsider(), circle.members().get(0))))
                .post(GROUP + "/meetings", circle.id()).then().spec(problem(422))
                .body("errors.field", containsInAnyOrder("heldOn", "participants[1]", "participants[2]"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("heldOn", "2026-02-30", "topic", "x", "participants", circle.members()))
                .post(GROUP + "/meetings", circle.id()).then().spec(problem(400)).body("errors[0].field", equalTo("heldOn"));
        Api.malformedAs(As.ADMIN).contentType("application/json").body(Map.of("heldOn", HELD_ON, "topic", "", "participants", List.of()))
                .post(GROUP + "/meetings", circle.id()).then().spec(problem(422)).body("errors.field", containsInAnyOrder("topic", "participants"));
        assertThat(ids(MEETINGS, As.ADMIN.token(), Map.of("group", circle.id()))).isEmpty();
    }

    @Test
    void meetings_are_listed_newest_first_to_those_who_may_see_them_and_filtered() {
        Circle circle = Circle.setUp(4, 6);
        Circle other = Circle.setUp(2);
        String early = circle.meeting("2026-01-15", 0, 1);
        String late = circle.meeting("2026-06-15", 0, 2);
        String elsewhere = other.meeting("2026-03-01", 0);

        assertThat(ids(MEETINGS, circle.member(1), Map.of("group", circle.id()))).containsExactly(late, early);
        assertThat(ids(MEETINGS, circle.member(1), Map.of())).contains(late, early).doesNotContain(elsewhere);
        assertThat(ids(MEETINGS, circle.member(0), Map.of("kvkNumber", circle.members().get(2)))).containsExactly(late);
        assertThat(ids(MEETINGS, As.ADMIN.token(), Map.of("area", 6, "heldFrom", "2026-01-01", "heldTo", "2026-12-31")))
                .contains(late, early).doesNotContain(elsewhere);
        assertThat(ids(MEETINGS, As.ADMIN.token(), Map.of("group", circle.id(), "heldFrom", "2026-02-01"))).containsExactly(late);
        assertThat(ids(MEETINGS, As.ADMIN.token(), Map.of("group", circle.id(), "heldTo", "2026-02-01"))).containsExactly(early);
        Api.withToken(Fixtures.memberToken(circle.outsider())).get(MEETING, early).then().spec(problem(404));
        Api.as(As.CERTIFIER).get(MEETING, early).then().spec(problem(403));
        Api.as(As.CERTIFIER).get(MEETINGS).then().spec(problem(403));

        // An organisation that leaves the group keeps reading the meetings it took part in, and no others.
        Api.as(As.ADMIN).contentType("application/json").header("If-Match", circle.etag())
                .body(group("Kring", List.of(4), circle.members().subList(0, 2))).put(GROUP, circle.id()).then().statusCode(200);
        Api.withToken(circle.member(2)).get(MEETING, late).then().statusCode(200).body("participants.kvkNumber", hasItem(circle.members().get(2)));
        Api.withToken(circle.member(2)).get(MEETING, early).then().spec(problem(404));
    }

    @ParameterizedTest
    @CsvSource({"area,0", "area,x", "kvkNumber,1234", "heldFrom,2026-13-01", "heldTo,yesterday", "group,not-a-uuid", "cursor,garbage", "limit,0"})
    void a_bad_filter_on_meetings_is_refused_naming_it(String parameter, String value) {
        Api.malformedAs(As.ADMIN).queryParam(parameter, value).get(MEETINGS).then().spec(problem(422)).body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @CsvSource({"area,100", "kvkNumber,abcdefgh", "cursor,garbage"})
    void a_bad_filter_on_groups_is_refused_naming_it(String parameter, String value) {
        Api.malformedAs(As.ADMIN).queryParam(parameter, value).get(GROUPS).then().spec(problem(422)).body("errors[0].field", equalTo(parameter));
    }

    // --- reflections --------------------------------------------------------------------------------

    @Test
    void a_reflection_is_the_organisations_own_until_it_shares_it_with_the_body_that_audits_it() {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0, 1);
        List<String> kept = reflect(circle.member(0), meeting, "Andere gemeenten plannen het eerste gesprek binnen drie dagen");
        String reflection = kept.get(0);

        // Private: its organisation reads it; a fellow participant, NVVK and the body do not.
        Api.withToken(circle.member(0)).get(REFLECTION, meeting, reflection).then().statusCode(200)
                .body("learned", equalTo("Andere gemeenten plannen het eerste gesprek binnen drie dagen")).body("sharedWith", nullValue())
                .body("meeting.heldOn", equalTo(HELD_ON)).body("meeting.group.id", equalTo(circle.id()));
        Api.withToken(circle.member(0)).get(MEETING, meeting).then().body("myReflection.id", equalTo(reflection)).body("myReflection.shared", equalTo(false));
        Api.withToken(circle.member(1)).get(MEETING, meeting).then().body("myReflection", nullValue());
        for (String stranger : List.of(circle.member(1), As.ADMIN.token(), As.CERTIFIER.token())) {
            Api.withToken(stranger).get(REFLECTION, meeting, reflection).then().spec(problem(404));
            assertThat(ids(ALL_REFLECTIONS, stranger, Map.of())).doesNotContain(reflection);
        }
        // NVVK's change history holds that it was kept, not what it says.
        String history = Api.as(As.ADMIN).queryParam("resourceType", "peer-reflection").queryParam("resourceId", reflection).get("/api/v1/change-history")
                .then().statusCode(200).body("items.action", contains("kept")).extract().asString();
        assertThat(history).doesNotContain("drie dagen");

        // Revised while private, at the version read.
        String etag = Api.withToken(circle.member(0)).contentType("application/json").header("If-Match", kept.get(1))
                .body(reflectionOf("Binnen drie werkdagen", null)).put(REFLECTION, meeting, reflection).then().statusCode(200)
                .body("learned", equalTo("Binnen drie werkdagen")).body("willTry", nullValue()).extract().header("ETag");

        // Sharing is the coordinator's, and only with the body of a planned or running audit.
        Map<String, Object> withOurBody = Map.of("certifyingBody", Fixtures.OUR_BODY);
        Api.withToken(circle.member(0)).contentType("application/json").body(withOurBody).post(REFLECTION + "/sharing", meeting, reflection)
                .then().spec(problem(403));
        Api.withToken(circle.coordinator(0)).contentType("application/json").body(Map.of("certifyingBody", Fixtures.OTHER_BODY))
                .post(REFLECTION + "/sharing", meeting, reflection).then().spec(problem(422)).body("errors[0].field", equalTo("certifyingBody"));
        Api.withToken(circle.coordinator(0)).contentType("application/json").header("If-Match", etag).body(withOurBody)
                .post(REFLECTION + "/sharing", meeting, reflection).then().statusCode(200)
                .body("sharedWith", equalTo(Fixtures.OUR_BODY)).body("sharedAt", notNullValue());

        // Shared: the body and NVVK read it, with the participation, but not who else took part; another body does not.
        Api.as(As.CERTIFIER).get(REFLECTION, meeting, reflection).then().statusCode(200).body("learned", equalTo("Binnen drie werkdagen"))
                .body("organisation", equalTo(circle.members().get(0))).body("meeting.topic", notNullValue()).body("meeting.participants", nullValue());
        assertThat(ids(ALL_REFLECTIONS, As.CERTIFIER.token(), Map.of("kvkNumber", circle.members().get(0)))).containsExactly(reflection);
        Api.as(As.ADMIN).get(REFLECTION, meeting, reflection).then().statusCode(200);
        Api.as(As.OTHER_CERTIFIER).get(REFLECTION, meeting, reflection).then().spec(problem(404));
        assertThat(ids(ALL_REFLECTIONS, As.OTHER_CERTIFIER.token(), Map.of())).doesNotContain(reflection);
        assertThat(Feed.about(() -> Api.as(As.CERTIFIER), "PEER_REFLECTION_SHARED", reflection)).hasSize(1);
        assertThat(Feed.about(() -> Api.as(As.OTHER_CERTIFIER), "PEER_REFLECTION_SHARED", reflection)).isEmpty();

        // For good: no more changes, no second sharing.
        Api.withToken(circle.member(0)).contentType("application/json").header("If-Match", "\"2\"").body(reflectionOf("Anders", null))
                .put(REFLECTION, meeting, reflection).then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/reflection-shared"));
        Api.withToken(circle.coordinator(0)).contentType("application/json").body(withOurBody).post(REFLECTION + "/sharing", meeting, reflection)
                .then().spec(problem(409));
    }

    @Test
    void only_an_organisation_that_took_part_keeps_one_reflection_with_words_in_it() {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0);
        Api.withToken(circle.member(1)).contentType("application/json").body(reflectionOf("Iets", null)).post(REFLECTIONS, meeting)
                .then().spec(problem(409)).body("type", org.hamcrest.Matchers.endsWith("/not-a-participant"));
        Api.withToken(circle.member(0)).contentType("application/json").body(reflectionOf(" ", null)).post(REFLECTIONS, meeting)
                .then().spec(problem(422)).body("errors[0].field", equalTo("learned"));
        Api.malformedWithToken(circle.member(0)).contentType("application/json").body(Map.of("learned", "a\u0000b")).post(REFLECTIONS, meeting)
                .then().spec(problem(422)).body("errors[0].field", equalTo("learned"));
        Api.malformedWithToken(circle.member(0)).contentType("application/json").body(Map.of("learned", "x", "sharedWith", "TEST-OURS"))
                .post(REFLECTIONS, meeting).then().spec(problem(400));
        assertThat(ids(ALL_REFLECTIONS, circle.member(0), Map.of())).isEmpty();
        reflect(circle.member(0), meeting, "Eerste");
        Api.withToken(Fixtures.colleagueToken(circle.members().get(0), "bram")).contentType("application/json").body(reflectionOf("Tweede", null))
                .post(REFLECTIONS, meeting).then().spec(problem(409)).body("errors[0].field", equalTo("meeting"));
        assertThat(ids(ALL_REFLECTIONS, circle.member(0), Map.of())).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "CERTIFIER,403", "OUTSIDER,404", "MEMBER,201"})
    void keeping_a_reflection(Who who, int status) {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0);
        var answer = Api.withToken(who.token(circle)).contentType("application/json").body(reflectionOf("Geleerd", null)).post(REFLECTIONS, meeting).then();
        if (status == 201) {
            answer.statusCode(201);
        } else {
            answer.spec(problem(status));
            assertThat(ids(ALL_REFLECTIONS, circle.member(0), Map.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,404", "CERTIFIER,404", "OTHER_MEMBER,404", "MEMBER,200"})
    void reading_a_private_reflection(Who who, int status) {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0, 1);
        String reflection = reflect(circle.member(0), meeting, "Geleerd").get(0);
        var answer = Api.withToken(who.token(circle)).get(REFLECTION, meeting, reflection).then();
        if (status == 200) {
            answer.statusCode(200).body("id", equalTo(reflection));
        } else {
            answer.spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "CERTIFIER,403", "OTHER_MEMBER,404", "MEMBER,200"})
    void revising_a_reflection(Who who, int status) {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0, 1);
        List<String> kept = reflect(circle.member(0), meeting, "Geleerd");
        var answer = Api.withToken(who.token(circle)).contentType("application/json").header("If-Match", kept.get(1))
                .body(reflectionOf("Herzien", null)).put(REFLECTION, meeting, kept.get(0)).then();
        if (status == 200) {
            answer.statusCode(200).body("learned", equalTo("Herzien"));
        } else {
            answer.spec(problem(status));
            Api.withToken(circle.member(0)).get(REFLECTION, meeting, kept.get(0)).then().body("learned", equalTo("Geleerd"));
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,403", "CERTIFIER,403", "OTHER_MEMBER,404", "MEMBER,403", "COORDINATOR,200"})
    void sharing_a_reflection(Who who, int status) {
        Circle circle = Circle.setUp(4);
        String meeting = circle.meeting(HELD_ON, 0, 1);
        String reflection = reflect(circle.member(0), meeting, "Geleerd").get(0);
        var answer = Api.withToken(who.token(circle)).contentType("application/json").body(Map.of("certifyingBody", Fixtures.OUR_BODY))
                .post(REFLECTION + "/sharing", meeting, reflection).then();
        if (status == 200) {
            answer.statusCode(200).body("sharedWith", equalTo(Fixtures.OUR_BODY));
        } else {
            answer.spec(problem(status));
            Api.withToken(circle.member(0)).get(REFLECTION, meeting, reflection).then().body("sharedWith", nullValue());
        }
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS,401", "NO_ROLE,403", "ADMIN,200", "CERTIFIER,200", "MEMBER,200"})
    void listing_reflections(Who who, int status) {
        Circle circle = Circle.setUp(4);
        var answer = Api.withToken(who.token(circle)).get(ALL_REFLECTIONS).then();
        if (status == 200) {
            answer.statusCode(200).body("items", notNullValue());
        } else {
            answer.spec(problem(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"kvkNumber,9", "heldFrom,2026-02-30", "group,1", "cursor,garbage", "limit,1000"})
    void a_bad_filter_on_reflections_is_refused_naming_it(String parameter, String value) {
        Api.malformedAs(As.ADMIN).queryParam(parameter, value).get(ALL_REFLECTIONS).then().spec(problem(422)).body("errors[0].field", equalTo(parameter));
    }

    /** The callers of the matrix, relative to a circle: its first member's colleagues, an outsider, NVVK and bodies. */
    enum Who {
        ANONYMOUS(circle -> null),
        NO_ROLE(circle -> As.NO_ROLE.token()),
        ADMIN(circle -> As.ADMIN.token()),
        /** Our body, which runs an audit of the circle's first member. */
        CERTIFIER(circle -> As.CERTIFIER.token()),
        /** A colleague of the circle's first member. */
        MEMBER(circle -> circle.member(0)),
        /** The quality coordinator of the circle's first member. */
        COORDINATOR(circle -> circle.coordinator(0)),
        /** Another member organisation of the same group. */
        OTHER_MEMBER(circle -> circle.member(1)),
        /** A registered organisation outside the group. */
        OUTSIDER(circle -> Fixtures.memberToken(circle.outsider()));

        private final Function<Circle, String> token;

        Who(Function<Circle, String> token) {
            this.token = token;
        }

        String token(Circle circle) {
            return token.apply(circle);
        }
    }
}
