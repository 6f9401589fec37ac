/**
 * The licence register's REST API ({@code /api/v1/licences}): licences and EU General Export
 * Authorisation registrations, their usages and alerts, and the trigger of the expiry watch.
 */
package eu.dualis.licensing.api;
