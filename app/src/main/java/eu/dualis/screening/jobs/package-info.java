/**
 * Scheduled screening work: fetching new list versions (URL or drop folder), rescreening every
 * party of every tenant when a list changes, and loading the demo list on a first start.
 */
package eu.dualis.screening.jobs;
