package nl.nvvk.keurmerk.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may go. A subscriber names the URL, so the service must not become its way into
 * networks it cannot reach itself: in production only https, and never an address that is not
 * public (loopback, link-local, private, shared, unique-local, multicast, unspecified) — checked on
 * every address the name resolves to, at each delivery, since DNS may change after subscribing.
 */
@ApplicationScoped
public class TargetPolicy {
    private final WebhookConfig config;

    TargetPolicy(WebhookConfig config) {
        this.config = config;
    }

    /** Why the URL cannot be a target, in words for the 422; empty when it can. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute http(s) URL with a host");
        }
        if (config.requireHttps() && !scheme.equals("https")) {
            return Optional.of("must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("may not carry a user name or password; verify the signature instead");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("may not have a fragment");
        }
        return Optional.empty();
    }

    /** Why a delivery may not go to this URL now, after resolving its host; empty when it may. */
    Optional<String> refusalAtDelivery(URI target) {
        Optional<String> form = refusal(target.toString());
        if (form.isPresent() || config.allowPrivateTargets()) {
            return form;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("its host resolves to " + address.getHostAddress() + ", which is not a public address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            // fc00::/7 unique-local; ::ffff:0:0/96 mapped IPv4 is judged as the IPv4 address it maps.
            if ((first & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
