/**
 * Tenants as a concept: the {@link eu.dualis.tenants.TenantId} value object and the {@link
 * eu.dualis.tenants.TenantContext} that says which tenant the current thread works for. The tenant
 * only ever comes from a verified token ({@code web}) or from a job's own data ({@code runAs}).
 */
package eu.dualis.tenants;
