package nl.nvvk.keurmerk.shared.concurrency;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Serialises the writers of one key (a certifying body's audit reference, say) across every replica:
 * a PostgreSQL advisory lock held until the transaction ends. The second of two racing writers
 * waits, then sees what the first committed, instead of failing on a unique key.
 */
@ApplicationScoped
public class KeyLocks {

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String namespace, String key) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", namespace + ":" + key)
                .getSingleResult();
    }
}
