/**
 * Sanctions screening as the rest of the product sees it: the lists and their versions, what an
 * importer reads from a list file ({@link eu.dualis.screening.model.ParsedEntity}), parties,
 * screenings, hits and match decisions, and the repository ports. Imports no other layer.
 */
package eu.dualis.screening.model;
