package eu.dualis.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has heap to spare; a restart will not fix a database outage, so no DB here.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    boolean enoughHeap = used < runtime.maxMemory() * 0.95;
    return HealthCheckResponse.named("heap")
        .status(enoughHeap)
        .withData("usedMb", used / (1024 * 1024))
        .withData("maxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
