package nl.nvvk.keurmerk.shared.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's main: Quarkus' own, with one setting that must be made before Quarkus' HTTP layer is
 * loaded. Quarkus answers a URI that {@code java.net.URI} cannot parse ({@code %ZZ}, a space) with a
 * bare 400 before any route, unless {@code vertx.disableURIValidation} is set; set, the router sees
 * the request and {@link HttpProblems} answers it as a problem with the request's id.
 */
@QuarkusMain
public class KeurmerkregisterMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
