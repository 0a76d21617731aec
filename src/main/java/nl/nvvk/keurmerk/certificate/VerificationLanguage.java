package nl.nvvk.keurmerk.certificate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.nvvk.keurmerk.certificate.PublicDtos.PublicCertificate;
import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/**
 * The words of the public verification page, in Dutch (the default: the scheme is Dutch) and in
 * English for a reader whose browser asks for it. The templates print these; they hold no words of
 * their own, so both languages always say the same.
 */
public enum VerificationLanguage {
    NL("nl", Locale.forLanguageTag("nl-NL")) {
        @Override public String register() { return "Keurmerkregister NVVK"; }
        @Override public String searchTitle() { return "Een NVVK Keurmerk controleren"; }
        @Override public String searchIntro() { return "Vul het certificaatnummer in (zoals NVVK-7KQ2-M9XH-4DPE) of het KvK-nummer van de organisatie. "
                + "U ziet dan of het Keurmerk vandaag geldig is."; }
        @Override public String searchLabel() { return "Certificaatnummer of KvK-nummer"; }
        @Override public String searchButton() { return "Controleren"; }
        @Override public String certificateTitle(String number) { return "Certificaat " + number; }
        @Override public String statusHeading() { return "Status vandaag"; }
        @Override public String detailsHeading() { return "Gegevens van het certificaat"; }
        @Override public String searchAgainHeading() { return "Een ander Keurmerk controleren"; }
        @Override public String organisation() { return "Organisatie"; }
        @Override public String kvkNumber() { return "KvK-nummer"; }
        @Override public String place() { return "Plaats"; }
        @Override public String body() { return "Certificerende instelling"; }
        @Override public String framework() { return "Kwaliteitskader NVVK, versie"; }
        @Override public String scope() { return "Dienstverlening"; }
        @Override public String issuedOn() { return "Afgegeven op"; }
        @Override public String validFrom() { return "Geldig van"; }
        @Override public String validUntil() { return "Geldig tot en met"; }
        @Override public String supersededBy() { return "Vervangen door"; }
        @Override public String statusSentence(CertificateStatus status, String today, String since, String until) {
            return switch (status) {
                case ACTIVE -> "Dit Keurmerk is vandaag (" + today + ") geldig, tot en met " + until + ".";
                case SUSPENDED -> "Dit Keurmerk is sinds " + since + " geschorst door de NVVK. Zolang de schorsing duurt, telt het niet.";
                case WITHDRAWN -> "Dit Keurmerk is op " + since + " ingetrokken door de NVVK en is niet meer geldig.";
                case EXPIRED -> "Dit Keurmerk is verlopen: het was geldig tot en met " + until + ".";
                case SUPERSEDED -> "Dit Keurmerk is op " + since + " vervangen door een nieuwer certificaat en is niet meer geldig.";
            };
        }
        @Override public String inForce() { return "Geldig"; }
        @Override public String notInForce() { return "Niet geldig"; }
        @Override public String notFound() { return "Er is geen Keurmerk met dit nummer of KvK-nummer in het register."; }
        @Override public String malformed() { return "Dit is geen certificaatnummer of KvK-nummer. Een certificaatnummer heeft de vorm NVVK-7KQ2-M9XH-4DPE "
                + "(het laatste teken is een controleteken, dus een tikfout valt op); een KvK-nummer heeft 8 cijfers."; }
        @Override public String unavailable() { return "Het register kan op dit moment niet bevestigen dat zijn gegevens actueel zijn. Probeer het over een paar seconden opnieuw."; }
        @Override public String errorTitle() { return "Niet gevonden"; }
        @Override public String freshness() { return "Deze pagina toont de status van vandaag, rechtstreeks uit het openbare register van de NVVK. "
                + "Alleen deze status telt: een geschorst, ingetrokken of verlopen Keurmerk is niet geldig, ook niet op papier."; }
        @Override public String otherLanguage() { return "English"; }
        @Override public String label(Labelled term) { return term.dutch(); }
    },
    EN("en", Locale.UK) {
        @Override public String register() { return "NVVK Keurmerk register"; }
        @Override public String searchTitle() { return "Check an NVVK Keurmerk"; }
        @Override public String searchIntro() { return "Enter the certificate number (such as NVVK-7KQ2-M9XH-4DPE) or the organisation's KvK number "
                + "to see whether the Keurmerk is valid today."; }
        @Override public String searchLabel() { return "Certificate number or KvK number"; }
        @Override public String searchButton() { return "Check"; }
        @Override public String certificateTitle(String number) { return "Certificate " + number; }
        @Override public String statusHeading() { return "Status today"; }
        @Override public String detailsHeading() { return "Certificate details"; }
        @Override public String searchAgainHeading() { return "Check another Keurmerk"; }
        @Override public String organisation() { return "Organisation"; }
        @Override public String kvkNumber() { return "KvK number"; }
        @Override public String place() { return "Place"; }
        @Override public String body() { return "Certifying body"; }
        @Override public String framework() { return "NVVK quality framework, version"; }
        @Override public String scope() { return "Services"; }
        @Override public String issuedOn() { return "Issued on"; }
        @Override public String validFrom() { return "Valid from"; }
        @Override public String validUntil() { return "Valid until"; }
        @Override public String supersededBy() { return "Superseded by"; }
        @Override public String statusSentence(CertificateStatus status, String today, String since, String until) {
            return switch (status) {
                case ACTIVE -> "This Keurmerk is valid today (" + today + "), until " + until + " inclusive.";
                case SUSPENDED -> "NVVK suspended this Keurmerk on " + since + ". While the suspension lasts, it does not count.";
                case WITHDRAWN -> "NVVK withdrew this Keurmerk on " + since + "; it is no longer valid.";
                case EXPIRED -> "This Keurmerk has expired: it was valid until " + until + " inclusive.";
                case SUPERSEDED -> "This Keurmerk was superseded by a newer certificate on " + since + " and is no longer valid.";
            };
        }
        @Override public String inForce() { return "Valid"; }
        @Override public String notInForce() { return "Not valid"; }
        @Override public String notFound() { return "There is no Keurmerk with this number or KvK number in the register."; }
        @Override public String malformed() { return "This is neither a certificate number nor a KvK number. A certificate number looks like "
                + "NVVK-7KQ2-M9XH-4DPE (its last character is a check character, so a typing error shows); a KvK number has 8 digits."; }
        @Override public String unavailable() { return "The register cannot confirm right now that its records are current. Please try again in a few seconds."; }
        @Override public String errorTitle() { return "Not found"; }
        @Override public String freshness() { return "This page shows today's status, straight from NVVK's public register. Only this status counts: "
                + "a suspended, withdrawn or expired Keurmerk is not valid, not even on paper."; }
        @Override public String otherLanguage() { return "Nederlands"; }
        @Override public String label(Labelled term) { return term.english(); }
    };

    private final String code;
    private final DateTimeFormatter days;

    VerificationLanguage(String code, Locale locale) {
        this.code = code;
        this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** The language asked for: an explicit {@code lang}, else the first of the browser's languages we speak, else Dutch. */
    static VerificationLanguage chosen(String lang, List<Locale> acceptable) {
        if (lang != null) {
            return lang.equals("en") ? EN : NL;
        }
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("nl")) {
                return NL;
            }
            if (locale.getLanguage().equals("en")) {
                return EN;
            }
        }
        return NL;
    }

    public String code() { return code; }
    public VerificationLanguage other() { return this == NL ? EN : NL; }

    public String day(LocalDate day) {
        return day == null ? null : days.format(day);
    }

    /** The sentence that says, in words, what the status means today. */
    String statusSentence(PublicCertificate certificate, LocalDate today, ZoneId zone) {
        String since = certificate.statusChangedAt() == null ? null : day(LocalDate.ofInstant(certificate.statusChangedAt(), zone));
        return statusSentence(certificate.status(), day(today), since, day(certificate.validUntil()));
    }

    public abstract String register();
    public abstract String searchTitle();
    public abstract String searchIntro();
    public abstract String searchLabel();
    public abstract String searchButton();
    public abstract String certificateTitle(String number);
    public abstract String statusHeading();
    public abstract String detailsHeading();
    public abstract String searchAgainHeading();
    public abstract String organisation();
    public abstract String kvkNumber();
    public abstract String place();
    public abstract String body();
    public abstract String framework();
    public abstract String scope();
    public abstract String issuedOn();
    public abstract String validFrom();
    public abstract String validUntil();
    public abstract String supersededBy();
    public abstract String statusSentence(CertificateStatus status, String today, String since, String until);
    public abstract String inForce();
    public abstract String notInForce();
    public abstract String notFound();
    public abstract String malformed();
    public abstract String unavailable();
    public abstract String errorTitle();
    public abstract String freshness();
    public abstract String otherLanguage();
    public abstract String label(Labelled term);
}
