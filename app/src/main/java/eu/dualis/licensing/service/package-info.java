/**
 * Use cases of the licence register: keeping licences and registrations, recording usage, raising
 * and acknowledging alerts, and the coverage question the export check asks ({@link
 * eu.dualis.licensing.service.LicenceService#cover}). Each change is audited in its transaction.
 */
package eu.dualis.licensing.service;
