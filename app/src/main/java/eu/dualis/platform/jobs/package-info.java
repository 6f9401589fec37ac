/**
 * Scheduled jobs for every capability: one Quartz scheduler per node with the JDBC job store in the
 * application database, clustered (each trigger fires on one node; a dead node's jobs are recovered
 * by another), jobs created through CDI, and a record of every run (start, end, outcome, progress)
 * that the API shows. Capabilities bring their jobs as {@link
 * eu.dualis.platform.jobs.JobDefinition} beans and report through {@link
 * eu.dualis.platform.jobs.JobRunHandle}.
 */
package eu.dualis.platform.jobs;
