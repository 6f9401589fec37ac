package eu.dualis.tenants;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set only through {@link #enter}: by the web filter for
 * the length of a request (from the verified token) and by jobs for the length of one tenant's work
 * ({@link #runAs}). Always restored afterwards, so a pooled thread never carries a tenant into its
 * next task.
 */
public final class TenantContext {

  private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<TenantId> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The bound tenant, or {@link NoTenantException}: for code that must never run without one. */
  public static TenantId require() {
    TenantId tenant = CURRENT.get();
    if (tenant == null) {
      throw new NoTenantException();
    }
    return tenant;
  }

  /** Binds {@code tenant} until the returned scope is closed (use it in try-with-resources). */
  public static Scope enter(TenantId tenant) {
    TenantId previous = CURRENT.get();
    CURRENT.set(tenant);
    return new Scope(previous);
  }

  /** Runs {@code work} as {@code tenant}: how jobs act for one tenant at a time. */
  public static void runAs(TenantId tenant, Runnable work) {
    try (Scope ignored = enter(tenant)) {
      work.run();
    }
  }

  public static <T> T callAs(TenantId tenant, Supplier<T> work) {
    try (Scope ignored = enter(tenant)) {
      return work.get();
    }
  }

  /** Restores the tenant that was bound before {@link #enter}. */
  public static final class Scope implements AutoCloseable {
    private final TenantId previous;

    private Scope(TenantId previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
