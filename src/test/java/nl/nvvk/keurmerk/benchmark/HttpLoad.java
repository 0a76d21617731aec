package nl.nvvk.keurmerk.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;

/**
 * A closed-loop HTTP/1.1 load on one thread: {@code connections} kept-alive connections, each sending
 * its next GET as soon as the last answer is in, for a fixed time. One thread with a selector, as
 * wrk does, because the load shares the two cores with the service it measures. Latency is counted
 * per request in a histogram of microseconds.
 */
final class HttpLoad {
    /** Latencies up to 1 s, by microsecond; slower ones in the last bucket. */
    private static final int BUCKETS = 1_000_000;

    private HttpLoad() {
    }

    /** What one run measured. */
    record Result(long requests, long nanos, long[] histogram, Map<Integer, Long> statuses, long bytes) {
        double perSecond() {
            return requests / (nanos / 1e9);
        }

        double percentileMillis(double percentile) {
            long rank = (long) Math.ceil(requests * percentile / 100.0);
            long seen = 0;
            for (int micros = 0; micros < histogram.length; micros++) {
                seen += histogram[micros];
                if (seen >= rank) {
                    return micros / 1000.0;
                }
            }
            return histogram.length / 1000.0;
        }

        double maxMillis() {
            for (int micros = histogram.length - 1; micros >= 0; micros--) {
                if (histogram[micros] > 0) {
                    return micros / 1000.0;
                }
            }
            return 0;
        }

        @Override
        public String toString() {
            return "%,9.0f requests/s   latency ms: p50 %5.2f  p99 %5.2f  p99.9 %5.2f  max %6.2f   (%,d requests in %.1f s, %,d bytes each, answers %s)"
                    .formatted(perSecond(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9), maxMillis(), requests, nanos / 1e9,
                            requests == 0 ? 0 : bytes / requests, statuses);
        }
    }

    /** GETs of these paths, encoded once, so the load spends its time on the connections, not on building requests. */
    static byte[][] requests(String base, List<String> paths) {
        return requests(base, paths, "application/json", "");
    }

    /** GETs of these paths with this Accept and, unless empty, this bearer token. */
    static byte[][] requests(String base, List<String> paths, String accept, String token) {
        URI uri = URI.create(base);
        String host = uri.getHost() + ":" + uri.getPort();
        String authorization = token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n";
        return paths.stream().map(path -> ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept + "\r\n" + authorization + "\r\n")
                .getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }

    /**
     * @param gets sent in turn, from the first again after the last
     */
    static Result run(String base, int connections, double seconds, byte[][] gets) throws IOException {
        URI uri = URI.create(base);
        InetSocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort());
        long[] histogram = new long[BUCKETS];
        Map<Integer, Long> statuses = new TreeMap<>();
        long requests = 0;
        long bytes = 0;
        int next = 0;
        try (Selector selector = Selector.open()) {
            for (int c = 0; c < connections; c++) {
                SocketChannel channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
            }
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            for (SelectionKey key : selector.keys()) {
                ((Connection) key.attachment()).send(gets[next]);
                next = (next + 1) % gets.length;
            }
            // Bounded: the run ends at its deadline; a connection that stops answering fails it (no answer in 10 s).
            while (System.nanoTime() < end) {
                if (selector.select(10_000) == 0) {
                    throw new IOException("no answer within 10 s");
                }
                for (var keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Connection connection = (Connection) key.attachment();
                    int status = connection.read();
                    if (status == 0) {
                        continue;
                    }
                    long now = System.nanoTime();
                    histogram[(int) Math.min(BUCKETS - 1, (now - connection.sentAt) / 1_000)]++;
                    statuses.merge(status, 1L, Long::sum);
                    bytes += connection.answerLength;
                    requests++;
                    if (now < end) {
                        connection.send(gets[next]);
                        next = (next + 1) % gets.length;
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            return new Result(requests, elapsed, histogram, statuses, bytes);
        }
    }

    /** One connection's answer as it arrives: the head, then Content-Length bytes of body (the service answers these with a length). */
    private static final class Connection {
        private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] CONTENT_LENGTH = "\r\ncontent-length:".getBytes(StandardCharsets.US_ASCII);
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        private long sentAt;
        private int answerLength;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void send(byte[] request) throws IOException {
            ByteBuffer out = ByteBuffer.wrap(request);
            sentAt = System.nanoTime();
            // A request of a hundred bytes fits a socket's send buffer at once; bounded by its length.
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        /** The answer's status once it is complete; 0 while it is not. */
        int read() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("the service closed a connection");
            }
            int headEnd = indexOf(in, HEAD_END, 0);
            if (headEnd < 0) {
                return 0;
            }
            int length = contentLength(headEnd);
            int total = headEnd + 4 + length;
            if (in.position() < total) {
                return 0;
            }
            if (in.position() > total) {
                throw new IOException("more bytes than one answer: this load sends one request at a time");
            }
            byte[] bytes = in.array();
            int status = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
            answerLength = total;
            in.clear();
            return status;
        }

        /** The Content-Length of the head that ends at {@code headEnd}; 0 for a 304 without one. */
        private int contentLength(int headEnd) throws IOException {
            byte[] bytes = in.array();
            int at = indexOf(in, CONTENT_LENGTH, 0);
            if (at < 0 || at > headEnd) {
                if (bytes[9] == '3' && bytes[10] == '0' && bytes[11] == '4') {
                    return 0;
                }
                throw new IOException("an answer without Content-Length: " + new String(bytes, 0, headEnd, StandardCharsets.US_ASCII));
            }
            int length = 0;
            for (int i = at + CONTENT_LENGTH.length; bytes[i] != '\r'; i++) {
                if (bytes[i] >= '0' && bytes[i] <= '9') {
                    length = length * 10 + bytes[i] - '0';
                }
            }
            return length;
        }

        private static int lower(byte b) {
            return b >= 'A' && b <= 'Z' ? b | 0x20 : b;
        }

        /** Where {@code text} first occurs in what the buffer holds, ignoring the case of letters; -1 when it does not. */
        private static int indexOf(ByteBuffer buffer, byte[] text, int from) {
            byte[] bytes = buffer.array();
            outer:
            for (int i = from; i <= buffer.position() - text.length; i++) {
                for (int j = 0; j < text.length; j++) {
                    if (lower(bytes[i + j]) != lower(text[j])) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
