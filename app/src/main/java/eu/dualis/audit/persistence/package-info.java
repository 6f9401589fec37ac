/** JPA implementation of the audit event repository. */
package eu.dualis.audit.persistence;
