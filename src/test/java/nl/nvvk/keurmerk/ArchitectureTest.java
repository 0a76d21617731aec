package nl.nvvk.keurmerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Set;
import nl.nvvk.keurmerk.shared.security.Scope;
import nl.nvvk.keurmerk.shared.security.TenantOwned;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Features talk to each other through services; shared knows no feature. */
class ArchitectureTest {
    private static final String BASE = "nl.nvvk.keurmerk";
    private static final List<String> FEATURES = List.of("framework", "organisation", "certifyingbody", "audit", "certificate", "schedule", "consultation", "statistics", "webhook");
    /** Panache's static queries, which on a TenantOwned entity must see the caller's scope. */
    private static final Set<String> ENTITY_MANAGER_QUERIES = Set.of("createQuery", "createNativeQuery", "createNamedQuery", "find",
            "getReference", "createStoredProcedureQuery", "createNamedStoredProcedureQuery");
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "findAll", "findById", "findByIdOptional", "list", "listAll",
            "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage(BASE + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void stored_ids_are_time_ordered_from_ids_next() {
        noClasses().should().callMethod(java.util.UUID.class, "randomUUID")
                .because("a random id scatters every insert over the primary key's index; Ids.next() is time-ordered")
                .check(classes);
    }

    @Test
    void a_feature_uses_another_only_through_its_service_records_and_enums() {
        for (String feature : FEATURES) {
            String own = BASE + "." + feature;
            classes().that().resideOutsideOfPackages(own + "..")
                    .should(notTouchInternalsOf(own))
                    .because("another feature's entities, resources and queries are its own business")
                    .check(classes);
        }
    }

    @Test
    void entities_never_go_on_the_wire() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .check(classes);
    }

    @Test
    void services_do_not_speak_http() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(WebApplicationException.class)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void converted_parameters_carry_their_name_so_a_bad_value_says_which_parameter() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should(new ArchCondition<>("declare every non-text parameter with @QueryParam, @PathParam or @HeaderParam naming it") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getParameters().stream()
                                .filter(p -> !p.getRawType().isEquivalentTo(String.class))
                                .filter(p -> p.isAnnotatedWith(RestQuery.class) || p.isAnnotatedWith(RestPath.class) || p.isAnnotatedWith(RestHeader.class))
                                .forEach(p -> events.add(SimpleConditionEvent.violated(method,
                                        "%s: parameter %d is converted from text but not declared with its name; ParameterConverters could not name it in its 422"
                                                .formatted(method.getFullName(), p.getIndex()))));
                    }
                })
                .because("@RestQuery and @RestPath carry no name for the parameter converter to report")
                .check(classes);
    }

    @Test
    void tenant_owned_entities_are_queried_only_by_their_own_finders_that_take_the_scope() {
        classes().should(new ArchCondition<>("query a TenantOwned entity only in its own methods that take a Scope") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isAssignableTo(TenantOwned.class))
                        .filter(call -> PANACHE_QUERIES.contains(call.getName()))
                        .filter(call -> !call.getOriginOwner().equals(call.getTargetOwner())
                                || call.getOrigin().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Scope.class)))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call,
                                call.getDescription() + ": a query on tenant-owned data without the caller's Scope")));
            }
        }).because("a query that is not given the caller's scope must not exist (DESIGN.md, fail-closed tenancy)")
                .check(classes);
    }

    @Test
    void jpql_beyond_panache_finders_is_written_only_by_the_paging_helper() {
        noClasses().that().resideOutsideOfPackage(BASE + ".shared.paging..")
                .should().callMethodWhere(new DescribedPredicate<>("an EntityManager query") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getTargetOwner().isAssignableTo(EntityManager.class) && ENTITY_MANAGER_QUERIES.contains(call.getName());
                    }
                })
                .because("a query past Panache's finders would bypass the scoped finders of tenant-owned entities")
                .check(classes);
    }

    private static ArchCondition<JavaClass> notTouchInternalsOf(String featurePackage) {
        DescribedPredicate<JavaClass> internal = new DescribedPredicate<>("internal to " + featurePackage) {
            @Override
            public boolean test(JavaClass target) {
                if (!target.getPackageName().startsWith(featurePackage)) {
                    return false;
                }
                boolean published = target.getSimpleName().endsWith("Service") || target.isEnum() || target.isRecord()
                        || target.getEnclosingClass().map(c -> c.getSimpleName().endsWith("Dtos") || c.getSimpleName().endsWith("Service")).orElse(false)
                        || target.getSimpleName().endsWith("Dtos");
                return !published;
            }
        };
        return new ArchCondition<>("not use classes " + internal.getDescription()) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> internal.test(d.getTargetClass()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
