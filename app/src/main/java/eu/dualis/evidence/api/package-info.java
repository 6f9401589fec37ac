/** REST resources of evidence packs and submissions, with their request and response records. */
package eu.dualis.evidence.api;
