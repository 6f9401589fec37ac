/** The audit event and its repository port; events have no setters and are never updated. */
package eu.dualis.audit.model;
