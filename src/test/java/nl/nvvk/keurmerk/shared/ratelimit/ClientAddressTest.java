package nl.nvvk.keurmerk.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a request is counted as: no client may choose its own address, behind proxies or not. */
class ClientAddressTest {
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_it_forwards() {
        ClientAddress direct = new ClientAddress(List.of());
        assertThat(direct.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_trusted_proxies_the_first_untrusted_hop_from_the_right_is_the_client() {
        assertThat(behindProxies.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("10.1.2.3", List.of("198.51.100.1, 192.168.1.7"))).isEqualTo("198.51.100.1");
        // Several proxies, in two header lines.
        assertThat(behindProxies.of("10.1.2.3", List.of("198.51.100.1", "10.9.9.9"))).isEqualTo("198.51.100.1");
    }

    @Test
    void what_a_client_writes_to_the_left_of_its_own_address_is_never_believed() {
        // An appending proxy: the client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
        assertThat(behindProxies.of("10.1.2.3", List.of("1.1.1.1, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("10.1.2.3", List.of("garbage, 198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_malformed_entry_right_behind_a_proxy_leaves_the_proxy_as_the_client() {
        assertThat(behindProxies.of("10.1.2.3", List.of("not-an-address"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void ports_and_brackets_are_stripped_and_ipv6_clients_count_per_64() {
        assertThat(behindProxies.of("10.1.2.3", List.of("198.51.100.1:4711"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("10.1.2.3", List.of("[2001:db8:1:2:aaaa::1]:443"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(behindProxies.of("2001:db8:1:2::77", List.of()))
                .isEqualTo(behindProxies.of("2001:db8:1:2:ffff::1", List.of()))
                .isNotEqualTo(behindProxies.of("2001:db8:1:3::1", List.of()));
        assertThat(behindProxies.of("fd00::5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_trusted_proxy_is_an_address_or_a_range_never_a_name() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
