package eu.dualis.platform.persistence;

/**
 * Fired once the start-up migration has brought the schema to {@code version}: what needs the
 * tables at start (the job scheduler) observes this instead of the application's start, so that it
 * never runs against a schema that is not yet there.
 */
public record SchemaMigrated(String version) {}
