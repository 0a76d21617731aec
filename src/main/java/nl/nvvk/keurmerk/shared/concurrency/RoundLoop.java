package nl.nvvk.keurmerk.shared.concurrency;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A replica's background work in rounds, on a daemon thread of its own: a round that found work is
 * followed at once by the next, an idle one by a pause of {@code every}; a failed round is logged and
 * tried again after the pause. Stopping waits for a round under way (JDBC drivers do not heed interrupts)
 * so it ends before the connection pool closes.
 */
public final class RoundLoop {
    private static final Logger LOG = Logger.getLogger(RoundLoop.class);

    /** One round; true when it found work. */
    @FunctionalInterface
    public interface Round {
        boolean run() throws Exception;
    }

    private final String name;
    private final Duration every;
    private final Round round;
    private final Thread thread;
    private volatile boolean running = true;

    private RoundLoop(String name, Duration every, Round round) {
        this.name = name;
        this.every = every;
        this.round = round;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    public static RoundLoop start(String name, Duration every, Round round) {
        RoundLoop loop = new RoundLoop(name, every, round);
        loop.thread.start();
        return loop;
    }

    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (running) {
            try {
                if (!round.run()) {
                    Thread.sleep(every.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf(e, "A round of %s failed (tried again after %s)", name, every);
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
