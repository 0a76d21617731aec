package nl.nvvk.keurmerk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The records one logger writes while it is open, each with the MDC of the thread that wrote it (as the
 * JSON log would show it), for tests in the service's own JVM: try (var log = CapturedLog.of(...)) { … }.
 */
public final class CapturedLog extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    public static CapturedLog of(String category) {
        return new CapturedLog(Logger.getLogger(category));
    }

    /** The MDC entry {@code key} of each record whose message contains {@code text}, in order ("null" when absent). */
    public List<String> mdcOf(String text, String key) {
        return records.stream().filter(record -> record.getFormattedMessage().contains(text)).map(record -> String.valueOf(record.getMdc(key))).toList();
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord extended = (ExtLogRecord) record;
        // The MDC as it is on the thread that logged, not the test's when it reads the record.
        extended.copyMdc();
        records.add(extended);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
