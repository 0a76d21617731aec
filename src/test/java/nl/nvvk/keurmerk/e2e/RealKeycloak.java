package nl.nvvk.keurmerk.e2e;

/** Where the end-to-end tests run the real Keycloak with the realm from docker/keycloak. */
public final class RealKeycloak {
    public static final int PORT = 18180;
    public static final String REALM_URL = "http://127.0.0.1:" + PORT + "/realms/keurmerkregister";

    private RealKeycloak() {
    }
}
