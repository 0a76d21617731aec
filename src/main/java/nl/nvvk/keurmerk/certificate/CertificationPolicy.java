package nl.nvvk.keurmerk.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;

/** How long a certificate is valid, and when a grant with conditions wants its follow-up audit. docs/decisions-certificates-verification.md lists the defaults. */
@ConfigMapping(prefix = "keurmerk.certification")
public interface CertificationPolicy {

    /** A certificate is valid this long from the day it is granted. */
    @WithDefault("P3Y")
    Period validity();

    /** After a grant with conditions, the follow-up audit is due this long after the decision, unless NVVK names a day. */
    @WithDefault("P12M")
    Period followUpAfter();

    /** The last day a certificate granted on {@code from} is valid: the day before the period is over. */
    default LocalDate validUntil(LocalDate from) {
        return from.plus(validity()).minusDays(1);
    }
}
