/**
 * Evidence packs and submissions as the rest of the product sees them: the pack and its request,
 * the submission with its status history, the annexes, the figures, and the repository ports.
 * Imports no other layer.
 */
package eu.dualis.evidence.model;
