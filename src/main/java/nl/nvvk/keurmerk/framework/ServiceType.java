package nl.nvvk.keurmerk.framework;

import nl.nvvk.keurmerk.shared.vocabulary.Labelled;

/** The services a certificate's scope can list (dienstverlening), in the order the scheme lists them. */
public enum ServiceType implements Labelled {
    EARLY_WARNING("Vroegsignalering", "Early warning"),
    REGISTRATION("Aanmelding", "Registration"),
    CRISIS_INTERVENTION("Crisisinterventie", "Crisis intervention"),
    INFORMATION_AND_ADVICE("Informatie en advies", "Information and advice"),
    INTAKE_AND_PLAN("Intake en plan van aanpak", "Intake and plan of action"),
    STABILISATION("Stabilisatie", "Stabilisation"),
    SUSTAINABLE_FINANCIAL_SERVICES("Duurzame financiële dienstverlening", "Sustainable financial services"),
    DEBT_MEDIATION("Schuldbemiddeling", "Debt mediation"),
    PAYMENT_ARRANGEMENT("Betalingsregeling", "Payment arrangement"),
    DEBT_ASSISTANCE_FOR_ENTREPRENEURS("Schuldhulpverlening aan ondernemers", "Debt assistance for entrepreneurs"),
    COMPULSORY_SETTLEMENT("Dwangakkoord", "Compulsory settlement"),
    WSNP("Wsnp", "Statutory debt rescheduling (Wsnp)"),
    WIND_DOWN_AND_AFTERCARE("Afbouw en nazorg", "Wind-down and aftercare");

    private final String dutch;
    private final String english;

    ServiceType(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    @Override public String dutch() { return dutch; }
    @Override public String english() { return english; }
}
