package nl.nvvk.keurmerk.shared.security;

/**
 * An entity whose rows belong to a tenant (a member organisation, a certifying body). Its finders
 * take the caller's {@link Scope}, and so does its keyset: ArchitectureTest fails the build on a
 * Panache query on it outside its own scoped finders, and on JPQL outside shared.paging; an unknown
 * caller's scope sees nothing.
 */
public interface TenantOwned {
}
