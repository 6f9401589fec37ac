package eu.dualis.platform.jobs;

import java.util.Map;
import java.util.Properties;
import org.quartz.utils.ConnectionProvider;

/**
 * The Quartz configuration of every Dualis node: JDBC job store on the application database,
 * clustered, so that each trigger fires on exactly one node and a dead node's jobs are recovered by
 * another. Public so that the cluster test runs the same settings with its own connections.
 */
public final class QuartzSettings {

  /**
   * Upper case, as the tables are created (V4__quartz.sql); MySQL table names are case-sensitive.
   */
  public static final String TABLE_PREFIX = "QRTZ_";

  private QuartzSettings() {}

  /**
   * @param instanceId {@code AUTO} (host name and time) or a fixed id, unique in the cluster
   * @param provider creates Quartz's connections; {@code providerProperties} are set on it as bean
   *     properties
   */
  public static Properties clustered(
      String schedulerName,
      String instanceId,
      int threads,
      String dataSourceName,
      Class<? extends ConnectionProvider> provider,
      Map<String, String> providerProperties) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", schedulerName);
    p.setProperty("org.quartz.scheduler.instanceId", instanceId);
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty(
        "org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.tablePrefix", TABLE_PREFIX);
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    // Job data as strings, not serialized Java objects: readable, and safe across versions.
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
    // Nodes take the trigger lock before acquiring triggers: no trigger fires twice.
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    String prefix = "org.quartz.dataSource." + dataSourceName + ".";
    p.setProperty(prefix + "connectionProvider.class", provider.getName());
    providerProperties.forEach((name, value) -> p.setProperty(prefix + name, value));
    return p;
  }
}
