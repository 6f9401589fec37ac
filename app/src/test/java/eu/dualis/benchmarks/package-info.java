/** Benchmarks run by README commands; they print figures and never fail a build on time. */
package eu.dualis.benchmarks;
