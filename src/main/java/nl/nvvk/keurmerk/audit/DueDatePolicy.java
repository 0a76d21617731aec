package nl.nvvk.keurmerk.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;

/**
 * When an improvement action is due: the finding's weight sets the period, counted from the
 * report's date (or, while the report is not dated yet, from the day the action is recorded). The
 * periods are configuration; docs/audits-and-push.md, "Improvement actions", lists the defaults.
 */
@ConfigMapping(prefix = "keurmerk.improvement-actions.due-after")
public interface DueDatePolicy {

    /** A shortcoming (tekortkoming) is to be remedied soonest. */
    @WithDefault("P3M")
    Period shortcoming();

    /** A deviation (afwijking). */
    @WithDefault("P6M")
    Period deviation();

    /** A remark (kanttekening): by the next audit cycle. */
    @WithDefault("P12M")
    Period remark();

    /** When the actions on a finding of this weight are due: from the report's date, or today while it is undated; none without a weight. */
    default LocalDate actionsDueOn(Weight weight, LocalDate reportOn, LocalDate today) {
        return weight == null ? null : dueOn(weight, reportOn == null ? today : reportOn);
    }

    default LocalDate dueOn(Weight weight, LocalDate from) {
        return from.plus(switch (weight) {
            case SHORTCOMING -> shortcoming();
            case DEVIATION -> deviation();
            case REMARK -> remark();
        });
    }
}
