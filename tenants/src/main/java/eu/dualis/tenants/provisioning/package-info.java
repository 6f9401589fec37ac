/**
 * Provisioning a tenant in one step: its Keycloak organization, its first {@code tenant-admin} user
 * with a one-time password, and its database row, in that order so that a failed run can simply be
 * repeated. Used by the platform-admin API and by {@link
 * eu.dualis.tenants.provisioning.ProvisionTenantCommand} on the command line.
 */
package eu.dualis.tenants.provisioning;
