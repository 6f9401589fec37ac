/**
 * Recording changes ({@link eu.dualis.audit.service.AuditTrail}, called by every capability inside
 * its own transaction) and reading them back.
 */
package eu.dualis.audit.service;
