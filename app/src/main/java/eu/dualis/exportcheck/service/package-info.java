/**
 * Export-check use cases: validate the input, gather the facts through the other capabilities'
 * services, decide with the pure rules, record the check with the versions it used. Also the EU
 * embargo table and the end-use red-flag vocabulary.
 */
package eu.dualis.exportcheck.service;
