package eu.dualis.tenants.jpa;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = ?} to every query and
 * insert of a subclass, with the value bound by {@link TenantBindingInterceptor}; with no tenant
 * bound it refuses to run (fail closed). The column itself is declared NOT NULL and leads every
 * index in the Flyway migration.
 *
 * <p>{@code primaryKey = true}: without it EclipseLink updates and deletes by {@code id} alone.
 * That is safe (the row was read within the tenant) but cannot use the primary key {@code
 * (tenant_id, id)}: every update scanned the whole table, across all tenants. With it, the tenant
 * is part of the entity's identity and of every update's and delete's WHERE clause.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = TenantScopedEntity.TENANT_PROPERTY,
    length = 63,
    primaryKey = true)
public abstract class TenantScopedEntity {

  /** EclipseLink's default tenant context property; kept here so nothing else spells it. */
  static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  protected TenantScopedEntity() {}
}
