package nl.nvvk.keurmerk.certificate;

import static nl.nvvk.keurmerk.audit.AuditPackages.aPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.nvvk.keurmerk.audit.AuditPackages;
import nl.nvvk.keurmerk.testing.Api;
import nl.nvvk.keurmerk.testing.As;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verification page in a real browser: Debian's headless Chromium driven through chromedriver,
 * as a citizen who scanned a QR code would use it, checked by axe-core for WCAG 2.1 AA and kept as
 * screenshots under target/browser. Needs the packages chromium and chromium-driver (.ci/run
 * installs them when missing).
 */
@QuarkusTest
class VerificationPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TestHTTPResource("/api/v1/public/verify")
    URL search;

    @Test
    void a_citizen_searches_by_kvk_number_and_reads_in_words_that_the_keurmerk_is_valid_with_no_accessibility_violation() throws IOException {
        AuditPackages pack = aPackage().with("status", "SUBMITTED");
        String number = VerificationPageTest.numberOf(CertificateResourceTest.granted(pack));
        WebDriver browser = browser("nl-NL");
        try {
            browser.get(search.toString());
            assertThat(browser.getTitle()).contains("Een NVVK Keurmerk controleren");
            assertNoViolations(browser, "search");
            browser.findElement(By.id("q")).sendKeys(pack.kvk());
            browser.findElement(By.cssSelector("form.search button")).click();

            // The form keeps the reader's language on the way: the page of that number, in Dutch (once the browser got there).
            arrived(browser).until(ExpectedConditions.urlContains("/api/v1/public/verify/" + number));
            assertThat(browser.getCurrentUrl()).endsWith("/api/v1/public/verify/" + number + "?lang=nl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Certificaat " + number);
            String status = browser.findElement(By.cssSelector(".status")).getText();
            assertThat(status).contains("Geldig", "Dit Keurmerk is vandaag");
            screenshot(browser, "verification-active-nl");
            assertNoViolations(browser, "active certificate");
            assertThat(refusedByPolicy(browser)).as("nothing the policy had to refuse").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_creditor_reading_english_sees_a_suspended_keurmerk_is_not_valid() throws IOException {
        String id = CertificateResourceTest.granted(aPackage().with("status", "SUBMITTED"));
        String number = VerificationPageTest.numberOf(id);
        Api.as(As.ADMIN).contentType("application/json").body(Map.of("reason", "Tekortkomingen niet hersteld."))
                .post("/api/v1/certificates/{id}/suspension", id).then().statusCode(200);
        WebDriver browser = browser("en-GB");
        try {
            browser.get(search + "/" + number);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.findElement(By.cssSelector(".status")).getText()).contains("Not valid: Suspended", "NVVK suspended this Keurmerk");
            screenshot(browser, "verification-suspended-en");
            assertNoViolations(browser, "suspended certificate");

            browser.findElement(By.linkText("Nederlands")).click();
            arrived(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
            assertThat(browser.findElement(By.cssSelector(".status")).getText()).contains("Niet geldig: Geschorst");
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_mistyped_number_gets_a_page_that_says_what_to_type_with_no_accessibility_violation() throws IOException {
        WebDriver browser = browser("nl-NL");
        try {
            browser.get(search.toString());
            browser.findElement(By.id("q")).sendKeys("NVVK-7KQ2-M9XH-4DPF");
            browser.findElement(By.cssSelector("form.search button")).click();
            arrived(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Dit is geen certificaatnummer of KvK-nummer");
            assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("NVVK-7KQ2-M9XH-4DPF");
            screenshot(browser, "verification-mistyped-nl");
            assertNoViolations(browser, "mistyped number");
        } finally {
            browser.quit();
        }
    }

    /** Waits for the page a click leads to: a click returns before the browser has navigated. */
    private static WebDriverWait arrived(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private WebDriver browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1024,900",
                "--lang=" + language, "--no-first-run", "--disable-extensions", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // A chromedriver of its own per browser: quitting the browser stops it.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("chromedriver", "/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** axe-core's WCAG 2.1 A and AA rules over the whole page: no violation, each named with its nodes when there is one. */
    private static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getPasses()).as("axe ran its rules on the %s page", page).isNotEmpty();
        assertThat(results.getViolations().stream().map(VerificationPageBrowserTest::describe).toList())
                .as("accessibility violations on the %s page", page).isEmpty();
    }

    private static String describe(Rule violation) {
        return violation.getId() + ": " + violation.getHelp() + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Console messages of Content-Security-Policy refusals: a page that needs what its own policy forbids is broken. */
    private static List<String> refusedByPolicy(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** A program from the PATH, else where Debian puts it; the test says how to get it when neither has it. */
    private static Path executable(String name, String debianPath) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path debian = Path.of(debianPath);
        if (!Files.isExecutable(debian)) {
            throw new IllegalStateException(name + " is not installed: the browser test needs Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them when missing)");
        }
        return debian;
    }
}
