/**
 * Faces view beans of export checks: the check form, one check's result explained line by line with
 * its re-run, the list of checks, and the compliance officer's dashboard.
 */
package eu.dualis.exportcheck.web;
