/** The Quartz job that assembles one requested pack, and its registration. */
package eu.dualis.evidence.jobs;
