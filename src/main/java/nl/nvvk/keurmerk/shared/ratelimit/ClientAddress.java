package nl.nvvk.keurmerk.shared.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a client is counted by. Without trusted proxies it is the TCP peer. Behind them,
 * X-Forwarded-For is read from the right: every trusted proxy appended the address it saw, so the
 * first entry from the right that is not a trusted proxy is the client, and whatever a client wrote
 * further left is never believed (the way nginx's real_ip_recursive reads it). An IPv6 client is
 * counted per /64, the smallest network one party is given, so rotating addresses buys nothing.
 */
final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final List<Network> trusted;

    /** @param trustedProxies addresses or CIDR ranges (10.0.0.0/8, fd00::/8); a hostname is refused, it would need DNS */
    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Network::parse).toList();
    }

    /** The client's key: its address, or its /64 for IPv6. */
    String of(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client == null) {
            return "unknown";
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(List.of(header.split(","))));
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = address.getAddress();
            for (int i = 8; i < prefix.length; i++) {
                prefix[i] = 0;
            }
            return literal(prefix) + "/64";
        }
        return address.getHostAddress();
    }

    /** An IP literal, with a port or IPv6 brackets stripped; null for anything else (never a DNS lookup). */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[") && value.contains("]")) {
            value = value.substring(1, value.indexOf(']'));
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.contains(":")) {
            value = value.substring(0, value.indexOf(':'));
        }
        if (!IPV4.matcher(value).matches() && !(IPV6.matcher(value).matches() && value.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String literal(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address range: its first address and how many leading bits are fixed. */
    private record Network(byte[] base, int bits) {
        static Network parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("A trusted proxy is an IP address or CIDR range, not '" + text + "'");
            }
            int length = address.getAddress().length * 8;
            int bits = slash < 0 ? length : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > length) {
                throw new IllegalArgumentException("A trusted proxy range has 0 to " + length + " fixed bits, not '" + text + "'");
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
