/**
 * Shared helpers of the integration tests: the one Arquillian deployment, real tokens from the
 * Keycloak dev server, and a small JSON client for the API.
 */
package eu.dualis.testing;
