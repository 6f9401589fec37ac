/**
 * The screening REST API: screenings (the name check), parties, the compliance worklist with its
 * match decisions, and the sanctions lists with their versions and freshness.
 */
package eu.dualis.screening.api;
