package eu.dualis.tenants.jpa;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = ?} to every query, insert,
 * update and delete of a subclass, with the value bound by {@link TenantBindingInterceptor}; with
 * no tenant bound it refuses to run (fail closed). The column itself is declared NOT NULL and leads
 * every index in the Flyway migration.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = TenantScopedEntity.TENANT_PROPERTY,
    length = 63)
public abstract class TenantScopedEntity {

  /** EclipseLink's default tenant context property; kept here so nothing else spells it. */
  static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  protected TenantScopedEntity() {}
}
