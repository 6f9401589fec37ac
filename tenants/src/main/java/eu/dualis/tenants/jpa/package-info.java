/**
 * The only place that touches EclipseLink's tenant property: the tenant-scoped base entity and the
 * interceptor that binds the current tenant to the EntityManager inside each transaction.
 */
package eu.dualis.tenants.jpa;
