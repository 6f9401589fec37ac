/**
 * The licence register as the rest of the product sees it: licences and registrations to use an EU
 * General Export Authorisation, their usages and alerts, the coverage and alert rules as pure
 * functions, and the repository ports. Imports no other layer.
 */
package eu.dualis.licensing.model;
