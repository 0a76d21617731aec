package nl.nvvk.keurmerk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where production lets a webhook go: https, and only to public addresses, whatever a name resolves to. */
class TargetPolicyTest {
    private final TargetPolicy production = new TargetPolicy(config(true, false));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "224.0.0.1", "198.18.0.5", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::"})
    void an_address_that_is_not_public_is_refused_at_delivery(String address) throws Exception {
        assertThat(TargetPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        String host = address.contains(":") ? "[" + address + "]" : address;
        assertThat(production.refusalAtDelivery(URI.create("https://" + host + "/hook"))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::6810:85e5", "::ffff:93.184.216.34"})
    void a_public_address_is_a_target(String address) throws Exception {
        assertThat(TargetPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "ftp://93.184.216.34/hook", "https://user:pw@93.184.216.34/hook", "https:///hook", "hook"})
    void production_wants_an_https_url_without_credentials(String url) {
        assertThat(production.refusal(url)).as(url).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://localhost/hook", "https://localhost:8443/hook"})
    void a_name_resolving_to_loopback_is_refused_when_it_is_delivered_to(String url) {
        assertThat(production.refusal(url)).isEmpty();
        assertThat(production.refusalAtDelivery(URI.create(url))).get().asString().contains("not a public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hook"})
    void the_tests_explicit_setting_lets_receivers_on_loopback_through(String url) {
        TargetPolicy tests = new TargetPolicy(config(false, true));
        assertThat(tests.refusal(url)).isEmpty();
        assertThat(tests.refusalAtDelivery(URI.create(url))).isEmpty();
    }

    private static WebhookConfig config(boolean requireHttps, boolean allowPrivate) {
        return (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(), new Class<?>[] {WebhookConfig.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "requireHttps" -> requireHttps;
                    case "allowPrivateTargets" -> allowPrivate;
                    case "connectTimeout", "readTimeout" -> Duration.ofSeconds(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
