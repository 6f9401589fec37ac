/**
 * The export check as the rest of the product sees it: its input, the facts gathered for it, the
 * pure determination rules ({@link eu.dualis.exportcheck.model.DeterminationRules}), the recorded
 * check and its repository port. Imports no other layer.
 */
package eu.dualis.exportcheck.model;
