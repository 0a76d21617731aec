package nl.nvvk.keurmerk.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the shared test environment for every @QuarkusTest in the suite. */
@QuarkusTestResource(value = TestEnvironment.class, restrictToAnnotatedClass = false)
public final class KeurmerkTest {
    private KeurmerkTest() {
    }
}
