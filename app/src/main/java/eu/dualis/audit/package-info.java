/** The audit trail: one append-only event per change to a tenant-owned record. */
package eu.dualis.audit;
