package nl.nvvk.keurmerk.shared.concurrency;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Serialises the writers of one key (a certifying body's audit reference, say) across every replica:
 * a PostgreSQL advisory lock held until the transaction ends. The second of two racing writers
 * waits, then sees what the first committed, instead of failing on a unique key.
 */
@ApplicationScoped
public class KeyLocks {

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String namespace, String key) {
        // Plain JDBC on the transaction's connection: as a Hibernate native query, each call added an entry
        // to the query plan cache, under one hash, and every lock got slower as that cache filled.
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, namespace + ":" + key);
                lock.execute();
            }
        });
    }
}
