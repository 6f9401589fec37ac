/** REST resources and DTO records of export checks under {@code /api/v1/export-checks}. */
package eu.dualis.exportcheck.api;
