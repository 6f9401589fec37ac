/**
 * Storage of sanctions lists (global, by JDBC: a list of millions of names is written in batches
 * and read back in one scan for the index) and of the tenant's parties, screenings, hits and match
 * decisions (by JPA, tenant-scoped).
 */
package eu.dualis.screening.persistence;
