/**
 * MicroProfile Health checks: {@code /health/ready} (database, identity provider), {@code
 * /health/live}.
 */
package eu.dualis.platform.health;
