package nl.nvvk.keurmerk.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.nvvk.keurmerk.audit.AuditDtos.ActionResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AreaConclusionResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.AuditResponse;
import nl.nvvk.keurmerk.audit.AuditDtos.FindingResponse;
import nl.nvvk.keurmerk.audit.AuditPackage.PreviousPoint;
import nl.nvvk.keurmerk.framework.ServiceType;
import nl.nvvk.keurmerk.shared.document.Dutch;
import nl.nvvk.keurmerk.shared.document.PdfDocument;

/**
 * The audit laid out as the report certifying bodies write (the parts of the heemskerk report in
 * the scheme's seeds, in its order): particulars, scope, team, course, the conclusion per
 * performance area, the findings per norm with their weights and actions, the follow-up of the
 * previous audit's points, the advice, the sign-off, and NVVK's decision once there is one. Every
 * part the body pushed is printed; a part it left out is left out, never printed empty.
 */
final class AuditReport {

    private AuditReport() {
    }

    /**
     * @param organisationName the audited organisation's name, when known
     * @param bodyName         the certifying body's name, when known
     */
    static byte[] of(AuditResponse audit, String organisationName, String bodyName, ZoneId zone) {
        String organisation = organisationName == null ? "KvK " + audit.organisation() : organisationName;
        PdfDocument pdf = new PdfDocument("Rapportage " + audit.reference() + " " + organisation,
                "Rapportage " + audit.reference() + " · " + organisation, audit.updatedAt());
        pdf.title("Rapportage onderzoek Kwaliteitskader NVVK");
        pdf.paragraph("Samenvatting bestemd voor NVVK en de getoetste organisatie");
        particulars(pdf, audit, organisation, bodyName, zone);
        course(pdf, audit);
        areas(pdf, audit);
        findings(pdf, audit);
        previousPoints(pdf, audit.previousPoints());
        advice(pdf, audit);
        decision(pdf, audit, zone);
        return pdf.toBytes();
    }

    private static void particulars(PdfDocument pdf, AuditResponse audit, String organisation, String bodyName, ZoneId zone) {
        pdf.heading("Kerngegevens certificaat en uitvoering onderzoek")
                .field("Organisatie", organisation)
                .field("KvK-nummer", audit.organisation())
                .field("Uitgevoerd door", bodyName == null ? audit.certifyingBody() : bodyName + " (" + audit.certifyingBody() + ")")
                .field("Referentie", audit.reference())
                .field("Soort onderzoek", Dutch.label(audit.type()))
                .field("Kwaliteitskader", "versie " + audit.framework().version() + " (" + audit.framework().code() + ")")
                .field("Status", Dutch.label(audit.status()))
                .field("Expiratiedatum vorig certificaat", Dutch.day(audit.previousCertificateExpiresOn()))
                .field("Zelfscan", Dutch.day(audit.selfAssessmentOn()));
        for (AuditPackage.Visit visit : audit.visits()) {
            pdf.field("Bezoek", Dutch.day(visit.visitedOn()) + (visit.description() == null ? "" : ", " + visit.description()));
        }
        pdf.field("Rapportage", Dutch.day(audit.reportOn()));
        if (audit.submittedAt() != null) {
            pdf.field("Ingediend bij NVVK", Dutch.day(LocalDate.ofInstant(audit.submittedAt(), zone)));
        }
        if (audit.hours() != null) {
            pdf.field("Tijdbesteding in uren", "online " + orDash(Dutch.number(audit.hours().online()))
                    + ", totaal " + orDash(Dutch.number(audit.hours().total())));
        }
        if (audit.staffing() != null) {
            pdf.subheading("Inzet formatie (fte)")
                    .field("Professionals", Dutch.number(audit.staffing().professionals()))
                    .field("Ondersteuning", Dutch.number(audit.staffing().support()))
                    .field("Management en control", Dutch.number(audit.staffing().management()));
        }
        pdf.subheading("Scope certificaat").bullets(audit.scope().stream().sorted().map(ServiceType::dutch).toList());
        if (!audit.team().isEmpty()) {
            pdf.subheading("Onderzoeksteam").table(List.of("Naam", "Rol"),
                    audit.team().stream().map(member -> List.of(member.name(), member.role().dutch())).toList(), 3, 2);
        }
        if (!audit.interviews().isEmpty()) {
            pdf.subheading("Gesproken met (functies en aantal)")
                    .bullets(audit.interviews().stream().map(interview -> interview.function() + " (" + interview.interviewees() + ")").toList());
        }
    }

    private static void course(PdfDocument pdf, AuditResponse audit) {
        if (audit.organisationSketch() != null) {
            pdf.heading("Schets organisatie").paragraph(audit.organisationSketch());
        }
        if (audit.course() != null) {
            pdf.heading("Verloop onderzoek").paragraph(audit.course());
        }
    }

    private static void areas(PdfDocument pdf, AuditResponse audit) {
        if (audit.areas().isEmpty()) {
            return;
        }
        pdf.heading("Conclusies per prestatiegebied");
        for (AreaConclusionResponse area : audit.areas()) {
            pdf.subheading(area.area() + (area.title() == null ? "" : " " + area.title()));
            if (area.developmentLevel() != null) {
                pdf.field("Ontwikkelniveau", "niveau " + area.developmentLevel()
                        + (area.selfAssessment() != null && area.selfAssessment().level() != null
                        ? " (zelfscan van de organisatie: niveau " + area.selfAssessment().level() + ")" : ""));
            }
            pdf.paragraph(area.conclusion());
            if (area.evidence() != null && !area.evidence().isEmpty()) {
                pdf.note("Bewijsvoering").bullets(area.evidence());
            }
            if (area.improvementPoints() != null && !area.improvementPoints().isEmpty()) {
                pdf.note("Verbeterpunten en punten in ontwikkeling").bullets(area.improvementPoints());
            }
        }
    }

    /** One block per finding, the narrative at full width: a report is read, and a narrow column of prose is not. */
    private static void findings(PdfDocument pdf, AuditResponse audit) {
        if (audit.findings().isEmpty()) {
            return;
        }
        pdf.heading("Bevindingen per norm");
        for (FindingResponse finding : audit.findings()) {
            pdf.subheading(finding.norm().number() + " " + finding.norm().title());
            List<String> judgement = new ArrayList<>();
            judgement.add("Oordeel: " + orDash(Dutch.label(finding.classification())));
            if (finding.weight() != null) {
                judgement.add("Weging: " + finding.weight().dutch());
            }
            if (finding.developmentLevel() != null) {
                judgement.add("Ontwikkelniveau: " + finding.developmentLevel());
            }
            pdf.paragraph(String.join(" · ", judgement));
            if (finding.narrative() != null) {
                pdf.paragraph(finding.narrative());
            }
            if (!finding.actions().isEmpty()) {
                pdf.bullets(finding.actions().stream().map(AuditReport::action).toList());
            }
        }
    }

    private static String action(ActionResponse action) {
        List<String> about = new ArrayList<>();
        if (action.owner() != null) {
            about.add("eigenaar " + action.owner());
        }
        if (action.dueOn() != null) {
            about.add("uiterlijk " + Dutch.day(action.dueOn()));
        }
        about.add("status " + action.status().dutch().toLowerCase(Dutch.LOCALE));
        return "Verbeteractie: " + action.description() + " (" + String.join(", ", about) + ")";
    }

    private static void previousPoints(PdfDocument pdf, List<PreviousPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        pdf.heading("Opvolging verbeterpunten vorig onderzoek");
        for (PreviousPoint point : points) {
            pdf.subheading(point.point())
                    .paragraph("Opgelost: " + Dutch.yesNo(Boolean.TRUE.equals(point.resolved())))
                    .paragraph(point.followUp());
        }
    }

    private static void advice(PdfDocument pdf, AuditResponse audit) {
        if (audit.improvementPlansAssessed() != null) {
            pdf.heading("Beoordeling plannen van aanpak").paragraph(audit.improvementPlansAssessed());
        }
        if (audit.feedbackToNvvk() != null) {
            pdf.heading("Input voor trendanalyse en terugkoppeling aan NVVK").paragraph(audit.feedbackToNvvk());
        }
        if (audit.advice() != null) {
            pdf.heading("Advies aan NVVK")
                    .field("Advies", audit.advice().outcome().dutch())
                    .field("Voorwaarden", audit.advice().conditions())
                    .field("Vervolgonderzoek uiterlijk", Dutch.day(audit.advice().followUpDueOn()))
                    .paragraph(audit.advice().motivation());
        }
        if (audit.signOff() != null) {
            pdf.heading("Ondertekening")
                    .field("Plaats", audit.signOff().place())
                    .field("Datum", Dutch.day(audit.signOff().signedOn()))
                    .field("Ondertekend door", audit.signOff().signedBy());
        }
    }

    private static void decision(PdfDocument pdf, AuditResponse audit, ZoneId zone) {
        AuditDtos.Decision decision = audit.decision();
        if (decision == null) {
            pdf.heading("Besluit NVVK").paragraph("De NVVK heeft nog niet besloten over dit onderzoek.");
            return;
        }
        pdf.heading("Besluit NVVK")
                .field("Besluit", decision.outcome().dutch())
                .field("Datum", Dutch.day(LocalDate.ofInstant(decision.decidedAt(), zone)))
                .field("Voorwaarden", decision.conditions())
                .field("Vervolgonderzoek uiterlijk", Dutch.day(decision.followUpDueOn()))
                .field("Certificaat", decision.certificate() == null ? null : decision.certificate().number())
                .paragraph(decision.motivation());
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
