/**
 * The REST application under {@code /api/v1}: its OpenAPI description and the mapping of every
 * error to RFC 9457 problem details.
 */
package eu.dualis.platform.api;
