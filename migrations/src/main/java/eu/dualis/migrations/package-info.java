/**
 * The database schema as Flyway migrations ({@code db/migration}) and the one way they are applied:
 * by the application at start-up, before JPA is used, and from the command line ({@link
 * eu.dualis.migrations.MigrateCommand}) for operators who migrate ahead of a deployment.
 */
package eu.dualis.migrations;
