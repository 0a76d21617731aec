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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Features talk to each other through services; shared knows no feature. */
class ArchitectureTest {
    private static final String BASE = "nl.nvvk.keurmerk";
    private static final List<String> FEATURES = List.of("framework", "organisation", "certifyingbody");
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
    void enum_parameters_carry_their_name_so_an_unknown_code_says_which_parameter() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should(new ArchCondition<>("declare enum parameters with @QueryParam(\"name\")") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getParameters().stream()
                                .filter(p -> p.getRawType().isEnum() && p.getRawType().isAssignableTo(Labelled.class))
                                .filter(p -> !p.isAnnotatedWith(QueryParam.class))
                                .forEach(p -> events.add(SimpleConditionEvent.violated(method,
                                        "%s: enum parameter %d lacks @QueryParam; EnumParameters could not name it in its 422"
                                                .formatted(method.getFullName(), p.getIndex()))));
                    }
                })
                .because("@RestQuery carries no name for the parameter converter to report")
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
