/** Reading the audit trail over REST (auditors, compliance officers, tenant admins). */
package eu.dualis.audit.api;
