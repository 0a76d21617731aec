package nl.nvvk.keurmerk.shared.error;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * Problems in Dutch: a Dutch form of every English detail template (the titles are the
 * catalogue's, ProblemType), with the same arguments (ids, numbers, codes and enum codes stay as they are; an
 * English word passed in, such as the step that was refused, is said in the Dutch sentence's own
 * words). DutchProblemsTest reads the sources and fails on a template missing here.
 */
final class DutchProblems {
    private DutchProblems() {
    }

    static final Map<String, String> DETAILS = Map.ofEntries(
            // The HTTP layer's own answers (StandardProblem, HttpProblems, the mappers, rate limiting).
            entry("The request is malformed", "Het verzoek is onjuist opgebouwd"),
            entry("A valid bearer token from the NVVK Keycloak realm is required", "Een geldig bearer-token van de NVVK-Keycloak-realm is vereist"),
            entry("Your role may not do this", "Uw rol mag dit niet"),
            entry("No resource at this path", "Geen bron op dit pad"),
            entry("This resource does not support this method", "Deze bron ondersteunt deze methode niet"),
            entry("This resource answers application/json only", "Deze bron antwoordt alleen in application/json"),
            entry("The request conflicts with the current state", "Het verzoek botst met de huidige toestand"),
            entry("The request body is larger than this service accepts", "De inhoud van het verzoek is groter dan deze dienst accepteert"),
            entry("Only NVVK verifies the change history", "Alleen NVVK controleert de wijzigingshistorie"),
            entry("The request's path does not decode", "Het pad van het verzoek is niet te decoderen"),
            entry("The request's URI is longer than this service accepts", "De URI van het verzoek is langer dan deze dienst accepteert"),
            entry("The request's URI is longer than this service accepts (%d bytes)",
                    "De URI van het verzoek is langer dan deze dienst accepteert (%d bytes)"),
            entry("The request's header fields are larger than this service accepts",
                    "De kopregels van het verzoek zijn groter dan deze dienst accepteert"),
            entry("The request's header fields are larger than this service accepts (%d bytes together)",
                    "De kopregels van het verzoek zijn samen groter dan deze dienst accepteert (%d bytes)"),
            entry("The request body is larger than this service accepts here (%d bytes)",
                    "De inhoud van het verzoek is groter dan deze dienst hier accepteert (%d bytes)"),
            entry("Send the body as application/json", "Stuur de inhoud als application/json"),
            entry("This client has used its request budget; retry after the seconds in Retry-After",
                    "Deze client heeft zijn budget aan verzoeken opgebruikt; probeer het opnieuw na het aantal seconden in Retry-After"),
            entry("This client has used its '%s' budget of %d requests per %d s; retry in %d s",
                    "Deze client heeft zijn budget '%s' van %d verzoeken per %d s opgebruikt; probeer het over %d s opnieuw"),
            entry("The service failed unexpectedly; the failure is logged. Please report the time of the request",
                    "De dienst is onverwacht mislukt; de fout is vastgelegd. Meld ons alstublieft het tijdstip van het verzoek"),
            entry("The request cannot be processed", "Het verzoek kan niet worden verwerkt"),
            entry("The resource was changed concurrently. Read it again and retry",
                    "De bron is tegelijkertijd gewijzigd. Lees hem opnieuw en probeer het nog eens"),
            entry("The identity provider cannot be reached to verify the token; retry later",
                    "De identiteitsprovider is niet bereikbaar om het token te controleren; probeer het later opnieuw"),
            entry("A certifier token must carry the claim '%s' with the body's code",
                    "Een token van een certificeerder moet de claim '%s' met de code van de instelling bevatten"),
            entry("A member token must carry the claim '%s' with the organisation's KvK number",
                    "Een token van een lid moet de claim '%s' met het KvK-nummer van de organisatie bevatten"),
            // Who may take a step (Caller.actingAs's refusals).
            entry("Only NVVK grants a certificate", "Alleen NVVK kent een certificaat toe"),
            entry("Only NVVK changes a certificate's status", "Alleen NVVK wijzigt de status van een certificaat"),
            entry("Only a certifying body pushes audit packages", "Alleen een certificerende instelling levert auditpakketten aan"),
            entry("Only the audit's certifying body takes this step", "Alleen de certificerende instelling van de audit zet deze stap"),
            entry("Only the audited organisation reports progress", "Alleen de geauditeerde organisatie meldt de voortgang"),
            entry("Only NVVK reopens an audit", "Alleen NVVK heropent een audit"),
            entry("Only NVVK decides on an audit", "Alleen NVVK besluit over een audit"),
            entry("Only the audit's certifying body or NVVK cancels an audit",
                    "Alleen de certificerende instelling van de audit of NVVK annuleert een audit"),
            entry("Only the system reads decided audits whole", "Alleen het systeem leest audits waarover is besloten in hun geheel"),
            entry("Only the audited organisation objects to a decision on its audit",
                    "Alleen de geauditeerde organisatie maakt bezwaar tegen een besluit over haar audit"),
            entry("Only NVVK handles an objection", "Alleen NVVK behandelt een bezwaar"),
            entry("Only a member organisation assesses itself", "Alleen een lidorganisatie beoordeelt zichzelf met een zelfscan"),
            entry("Only NVVK and the organisation itself compare its results", "Alleen NVVK en de organisatie zelf vergelijken haar resultaten"),
            entry("The sector's full figures are NVVK's; a member compares itself (/statistics/organisations/{kvkNumber})",
                    "De volledige cijfers van de sector zijn voor NVVK; een lid vergelijkt zichzelf (/statistics/organisations/{kvkNumber})"),
            entry("Only the milestone job records milestones", "Alleen de mijlpalentaak legt mijlpalen vast"),
            entry("Only NVVK and the group's member organisations record its meetings",
                    "Alleen NVVK en de lidorganisaties van de groep leggen haar bijeenkomsten vast"),
            entry("Only a member organisation keeps reflections on its meetings", "Alleen een lidorganisatie houdt reflecties op haar bijeenkomsten bij"),
            entry("Only NVVK sets up and describes groups", "Alleen NVVK richt groepen in en beschrijft ze"),
            entry("Subscriptions are made by NVVK, a certifying body or a member organisation",
                    "Abonnementen worden aangemaakt door NVVK, een certificerende instelling of een lidorganisatie"),
            // Bodies and parameters.
            entry("The request body is not valid JSON", "De inhoud van het verzoek is geen geldige JSON"),
            entry("The request body is not valid JSON at line %d, column %d", "De inhoud van het verzoek is geen geldige JSON op regel %d, kolom %d"),
            entry("The request body is not JSON text (RFC 8259: UTF-8)", "De inhoud van het verzoek is geen JSON-tekst (RFC 8259: UTF-8)"),
            entry("Unknown property '%s': it is not part of this resource", "Onbekend veld '%s': het hoort niet bij deze bron"),
            entry("Value %s has the wrong type or format", "Waarde %s heeft het verkeerde type of formaat"),
            entry("Value has the wrong type or shape", "Een waarde heeft het verkeerde type of de verkeerde vorm"),
            entry("The JSON does not match the expected structure", "De JSON heeft niet de verwachte opbouw"),
            entry("The request has 1 invalid field", "Het verzoek heeft 1 ongeldig veld"),
            entry("The request has %d invalid fields", "Het verzoek heeft %d ongeldige velden"),
            entry("The request has 1 invalid query parameter", "Het verzoek heeft 1 ongeldige queryparameter"),
            entry("The request has %d invalid query parameters", "Het verzoek heeft %d ongeldige queryparameters"),
            entry("The resource has changed; its current ETag is %s. Read it again and retry",
                    "De bron is gewijzigd; de huidige ETag is %s. Lees hem opnieuw en probeer het nog eens"),
            entry("Send the resource's current ETag in an If-Match header to change it",
                    "Stuur de huidige ETag van de bron mee in een If-Match-header om hem te wijzigen"),
            entry("The request met a concurrent change to the same data and was not carried out; retry it",
                    "Het verzoek kruiste een gelijktijdige wijziging van dezelfde gegevens en is niet uitgevoerd; probeer het opnieuw"),
            entry("The database cannot be reached right now. Retry after %d seconds; a change whose commit the outage broke off "
                            + "may have been applied, so read the resource before you repeat one",
                    "De database is nu niet bereikbaar. Probeer het na %d seconden opnieuw; een wijziging waarvan de storing de commit "
                            + "afbrak, kan toch zijn doorgevoerd: lees de bron voordat u er een herhaalt"),
            entry("No vocabulary named %s", "Geen woordenlijst met de naam %s"),
            // Not found.
            entry("No organisation with id %s", "Geen organisatie met id %s"),
            entry("No organisation with KvK number %s", "Geen organisatie met KvK-nummer %s"),
            entry("No certifying body with id %s", "Geen certificerende instelling met id %s"),
            entry("No framework with id %s", "Geen kwaliteitskader met id %s"),
            entry("No norm with id %s", "Geen norm met id %s"),
            entry("No audit with id %s", "Geen audit met id %s"),
            entry("No improvement action with id %s", "Geen verbeteractie met id %s"),
            entry("No self-assessment with id %s", "Geen zelfscan met id %s"),
            entry("No answers to a self-assessment with id %s", "Geen antwoorden op een zelfscan met id %s"),
            entry("No certificate with id %s", "Geen certificaat met id %s"),
            entry("No certificate with number %s", "Geen certificaat met nummer %s"),
            entry("No certificate for the organisation with KvK number %s", "Geen certificaat voor de organisatie met KvK-nummer %s"),
            entry("No recertification schedule for the organisation with KvK number %s",
                    "Geen hercertificeringsschema voor de organisatie met KvK-nummer %s"),
            entry("No peer group with id %s", "Geen gespreksgroep (In gesprek met) met id %s"),
            entry("No peer meeting with id %s", "Geen bijeenkomst met id %s"),
            entry("No reflection with id %s", "Geen reflectie met id %s"),
            entry("No objection with id %s", "Geen bezwaar met id %s"),
            entry("No webhook subscription with id %s", "Geen webhookabonnement met id %s"),
            entry("No delivery with id %s", "Geen aflevering met id %s"),
            // Documents refused whole.
            entry("The audit package has 1 problem; nothing was stored", "Het auditpakket bevat 1 fout; er is niets opgeslagen"),
            entry("The audit package has %d problems; nothing was stored", "Het auditpakket bevat %d fouten; er is niets opgeslagen"),
            entry("The finding has 1 problem; nothing was stored", "De bevinding bevat 1 fout; er is niets opgeslagen"),
            entry("The finding has %d problems; nothing was stored", "De bevinding bevat %d fouten; er is niets opgeslagen"),
            entry("The decision has 1 problem; nothing was stored", "Het besluit bevat 1 fout; er is niets opgeslagen"),
            entry("The decision has %d problems; nothing was stored", "Het besluit bevat %d fouten; er is niets opgeslagen"),
            entry("The framework document has 1 problem; nothing was stored", "Het document van het kwaliteitskader bevat 1 fout; er is niets opgeslagen"),
            entry("The framework document has %d problems; nothing was stored", "Het document van het kwaliteitskader bevat %d fouten; er is niets opgeslagen"),
            entry("The group has 1 problem; nothing was stored", "De groep bevat 1 fout; er is niets opgeslagen"),
            entry("The group has %d problems; nothing was stored", "De groep bevat %d fouten; er is niets opgeslagen"),
            entry("The meeting has 1 problem; nothing was stored", "De bijeenkomst bevat 1 fout; er is niets opgeslagen"),
            entry("The meeting has %d problems; nothing was stored", "De bijeenkomst bevat %d fouten; er is niets opgeslagen"),
            entry("A draft keeps its code and version; import a new version instead",
                    "Een concept houdt zijn code en versie; importeer in plaats daarvan een nieuwe versie"),
            // Audits and their actions.
            entry("Audit %s is IN_PROGRESS and cannot go back to PLANNED", "Audit %s is IN_PROGRESS en kan niet terug naar PLANNED"),
            entry("Audit %s is %s; only a planned audit can start", "Audit %s is %s; alleen een geplande audit kan beginnen"),
            entry("Audit %s is %s; only a submitted audit can be reopened", "Audit %s is %s; alleen een ingediende audit kan worden heropend"),
            entry("Audit %s is %s; only a submitted audit can be decided on", "Audit %s is %s; alleen over een ingediende audit kan worden besloten"),
            entry("Audit %s is DECIDED; NVVK decides on it again only after upholding an objection to its decision",
                    "Audit %s is DECIDED; NVVK besluit er alleen opnieuw over nadat het een bezwaar tegen het besluit gegrond heeft verklaard"),
            entry("Audit %s is %s; only a planned or running audit can be %s", "Audit %1$s is %2$s; dit kan alleen bij een geplande of lopende audit"),
            entry("Audit %s is not complete: 1 thing is missing", "Audit %s is niet compleet: er ontbreekt 1 onderdeel"),
            entry("Audit %s is not complete: %d things are missing", "Audit %s is niet compleet: er ontbreken %d onderdelen"),
            entry("Certifying body %s is not an accredited body of the scheme; it may not record audits",
                    "Certificerende instelling %s is geen geaccrediteerde instelling van de regeling; zij mag geen audits vastleggen"),
            entry("Improvement action %s is %s; only an action that is %s can be %s",
                    "Verbeteractie %1$s is %2$s; vanuit die status kan deze stap niet"),
            // Self-assessments.
            entry("Self-assessment %s assesses no norm yet; there is nothing to share",
                    "Zelfscan %s beoordeelt nog geen enkele norm; er is niets om te delen"),
            entry("Self-assessment %s is shared and can no longer be %s; start a new one",
                    "Zelfscan %1$s is gedeeld en kan niet meer veranderen; begin een nieuwe"),
            entry("Your answers %s answer no norm or area yet; there is nothing to submit",
                    "Uw antwoorden %s beantwoorden nog geen norm of prestatiegebied; er is niets om in te dienen"),
            entry("Your answers %s are submitted and can no longer change", "Uw antwoorden %s zijn ingediend en kunnen niet meer veranderen"),
            entry("NVVK has registered no organisation with KvK number %s", "NVVK heeft geen organisatie met KvK-nummer %s geregistreerd"),
            entry("Only the organisation's quality coordinator (role %s) starts, settles and shares a self-assessment and reads the "
                            + "combined answers; colleagues answer it under /responses",
                    "Alleen de kwaliteitscoördinator van de organisatie (rol %s) start, stelt vast en deelt een zelfscan en leest de "
                            + "samengevoegde antwoorden; collega's beantwoorden hem onder /responses"),
            // Certificates and the public register.
            entry("Organisation %s has no certificate in force; a grant on follow-up audit %s lifts the conditions of one, it does not certify anew",
                    "Organisatie %s heeft geen geldig certificaat; een toekenning op vervolgonderzoek %s heft de voorwaarden van een certificaat op "
                            + "en certificeert niet opnieuw"),
            entry("Certificate %s is %s; only an active or suspended certificate can be withdrawn",
                    "Certificaat %s is %s; alleen een actief of geschorst certificaat kan worden ingetrokken"),
            entry("Certificate %s is %s; only an active certificate can be suspended", "Certificaat %s is %s; alleen een actief certificaat kan worden geschorst"),
            entry("Certificate %s is %s; only a suspended certificate can be reinstated",
                    "Certificaat %s is %s; alleen een geschorst certificaat kan worden hersteld"),
            entry("The public register cannot confirm that its copy is current (the database is not answering); retry in a second",
                    "Het openbare register kan niet bevestigen dat zijn kopie actueel is (de database antwoordt niet); probeer het over een seconde opnieuw"),
            // Frameworks.
            entry("Framework %s %s is %s; only a draft can be published", "Kwaliteitskader %s %s is %s; alleen een concept kan worden gepubliceerd"),
            entry("Framework %s %s is %s; only a published version can be retired",
                    "Kwaliteitskader %s %s is %s; alleen een gepubliceerde versie kan buiten gebruik worden gesteld"),
            entry("Framework %s %s is %s and can no longer be changed; import a new version instead",
                    "Kwaliteitskader %s %s is %s en kan niet meer veranderen; importeer in plaats daarvan een nieuwe versie"),
            // In gesprek met.
            entry("Only the organisation's quality coordinator (role %s) shares a reflection with a certifying body",
                    "Alleen de kwaliteitscoördinator van de organisatie (rol %s) deelt een reflectie met een certificerende instelling"),
            entry("Organisation %s did not take part in meeting %s; only those that did keep a reflection on it",
                    "Organisatie %s nam niet deel aan bijeenkomst %s; alleen deelnemers houden er een reflectie op bij"),
            entry("Reflection %s is shared with %s and can no longer be %s", "Reflectie %1$s is gedeeld met %2$s en kan niet meer veranderen"),
            // Objections (bezwaar) to a decision.
            entry("Audit %s is %s; an objection is to NVVK's decision, and there is none yet",
                    "Audit %s is %s; een bezwaar richt zich tegen het besluit van NVVK, en dat is er nog niet"),
            entry("NVVK granted audit %s without conditions; there is nothing to object to",
                    "NVVK heeft audit %s zonder voorwaarden toegekend; er is niets om bezwaar tegen te maken"),
            entry("The period to object to the decision on audit %s ended on %s",
                    "De termijn om bezwaar te maken tegen het besluit over audit %s eindigde op %s"),
            entry("The organisation objected to the decision on audit %s already; NVVK handles that objection",
                    "De organisatie heeft al bezwaar gemaakt tegen het besluit over audit %s; NVVK behandelt dat bezwaar"),
            entry("Objection %s is %s; only a %s objection can be %s", "Bezwaar %1$s is %2$s; deze stap kan alleen bij een bezwaar dat %3$s is"),
            // Webhooks.
            entry("Subscription %s is not paused", "Abonnement %s is niet gepauzeerd"),
            entry("Delivery %s is pending already; it goes out when due", "Aflevering %s staat al klaar en gaat uit zodra die aan de beurt is"),
            // Statistics.
            entry("The figures are being read; try again shortly", "De cijfers worden ingelezen; probeer het zo opnieuw"),
            entry("The figures could not be read just now; try again shortly", "De cijfers konden zojuist niet worden gelezen; probeer het zo opnieuw"));

    /** A problem type's Dutch title, from the catalogue. */
    static Optional<String> title(String slug) {
        return ProblemType.of(slug).map(type -> type.title(ProblemLanguage.DUTCH));
    }

    static Optional<String> detail(String template) {
        return Optional.ofNullable(template == null ? null : DETAILS.get(template));
    }

    /** The title of a problem type this catalogue does not know (DutchProblemsTest keeps that from happening). */
    static String titleFor(int status) {
        return status >= 500 ? "Fout in de dienst" : "Fout in het verzoek";
    }

    /**
     * The Dutch detail of a problem whose detail has no Dutch form: by design a duplicate (its
     * detail is its field's message), else what its status says, rather than English.
     */
    static String sentenceFor(String slug, int status) {
        if (slug.equals("duplicate")) {
            return "Deze waarde is al in gebruik; errors[] noemt het veld";
        }
        return switch (status) {
            case 400 -> "Het verzoek is onjuist opgebouwd";
            case 401 -> "Een geldig token is vereist";
            case 403 -> "U mag dit niet doen";
            case 404 -> "Deze bron bestaat niet, of u mag hem niet zien";
            case 405 -> "Deze bron ondersteunt deze methode niet";
            case 406 -> "Deze bron kan niet antwoorden in de gevraagde vorm";
            case 409 -> "Het verzoek botst met de huidige toestand";
            case 412 -> "De bron is gewijzigd sinds u hem las; lees hem opnieuw";
            case 413 -> "De inhoud van het verzoek is te groot";
            case 415 -> "Dit mediatype wordt niet ondersteund";
            case 422 -> "Het verzoek bevat ongeldige gegevens; errors[] noemt ze";
            case 428 -> "Stuur de huidige ETag mee in een If-Match-header";
            case 429 -> "Te veel verzoeken; probeer het opnieuw na het aantal seconden in Retry-After";
            case 503 -> "De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw";
            default -> status >= 500 ? "De dienst is onverwacht mislukt" : "Het verzoek kan niet worden verwerkt";
        };
    }
}
