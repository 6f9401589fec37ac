/**
 * REST resources of due diligence under {@code /api/v1/due-diligence} (and the catch-all
 * notifications): request and response records, upload limits, the PDF download.
 */
package eu.dualis.duediligence.api;
