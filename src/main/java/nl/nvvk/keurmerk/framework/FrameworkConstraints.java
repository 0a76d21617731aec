package nl.nvvk.keurmerk.framework;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.nvvk.keurmerk.shared.error.ConstraintMeaning;

/** What the catalogue tables' constraints mean to a client importing a framework document (V1__catalogue_members_bodies_history.sql). */
@ApplicationScoped
class FrameworkConstraints implements ConstraintMeaning.Catalogue {

    @Override
    public List<ConstraintMeaning> meanings() {
        return List.of(
                new ConstraintMeaning("framework_code_version_unique", "version", "This version of the framework exists already; import a new version"),
                new ConstraintMeaning("framework_status_check", "status", "is not a framework status"),
                new ConstraintMeaning("development_level_framework_id_fkey", "developmentLevels", "belong to a framework that does not exist"),
                new ConstraintMeaning("development_level_level_check", "developmentLevels", "levels are numbered 1 to 9"),
                new ConstraintMeaning("performance_area_framework_id_fkey", "areas", "belong to a framework that does not exist"),
                new ConstraintMeaning("performance_area_number_check", "areas", "areas are numbered 1 to 99"),
                new ConstraintMeaning("performance_area_number_unique", "areas", "an area number is listed twice"),
                new ConstraintMeaning("performance_area_id_framework_unique", "areas", "an area belongs to one framework version"),
                new ConstraintMeaning("area_development_level_area_fkey", "areas", "describe levels of an area of another framework version"),
                new ConstraintMeaning("area_development_level_level_fkey", "areas", "describe a development level the framework version does not define"),
                new ConstraintMeaning("norm_framework_id_fkey", "norms", "belong to a framework that does not exist"),
                new ConstraintMeaning("norm_area_id_fkey", "norms", "name an area the framework does not have"),
                new ConstraintMeaning("norm_succeeds_norm_id_fkey", "norms", "succeed a norm that does not exist"),
                new ConstraintMeaning("norm_key_unique", "norms", "a norm key is used twice"),
                new ConstraintMeaning("norm_number_unique", "norms", "a norm number is used twice"),
                new ConstraintMeaning("norm_position_unique", "norms", "a norm number is used twice within its area"),
                new ConstraintMeaning("norm_service_type_norm_id_fkey", "norms", "name service types of a norm that does not exist"),
                new ConstraintMeaning("norm_id_framework_unique", "norms", "a norm belongs to one framework version"));
    }
}
