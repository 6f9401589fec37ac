/**
 * Persistence plumbing: the EntityManager every repository injects, and the Flyway migrations run
 * at start-up before JPA is first used.
 */
package eu.dualis.platform.persistence;
