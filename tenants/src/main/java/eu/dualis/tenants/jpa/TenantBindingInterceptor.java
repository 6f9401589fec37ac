package eu.dualis.tenants.jpa;

import eu.dualis.tenants.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * Sets the tenant on the transaction's EntityManager before a {@link TenantBound} method runs. Its
 * priority places it inside the {@code @Transactional} interceptor (PLATFORM_BEFORE + 200), so the
 * property lands on the EntityManager of the running transaction, which is what EclipseLink needs.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantBindingInterceptor {

  @Inject EntityManager entityManager;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    entityManager.setProperty(TenantScopedEntity.TENANT_PROPERTY, TenantContext.require().value());
    return invocation.proceed();
  }
}
