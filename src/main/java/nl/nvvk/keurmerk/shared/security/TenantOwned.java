package nl.nvvk.keurmerk.shared.security;

/**
 * An entity whose rows belong to a tenant (a member organisation, a certifying body). Its finders
 * take the caller's {@link Scope}; ArchitectureTest refuses any query on it that does not, so a
 * query that forgets the scope does not build, and an unknown caller's scope sees nothing.
 */
public interface TenantOwned {
}
