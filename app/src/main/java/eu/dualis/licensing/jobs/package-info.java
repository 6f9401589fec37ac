/** The licence register's scheduled job: the daily expiry and low-remaining watch. */
package eu.dualis.licensing.jobs;
