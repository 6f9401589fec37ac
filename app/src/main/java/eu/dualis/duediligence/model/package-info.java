/**
 * Due diligence as the rest of the product sees it: the due-diligence file and its lifecycle rules
 * (four eyes, Art. 5(2)), the red-flag catalogue, the end-use statement document, the catch-all
 * notifications, and the repository ports. Imports no other layer.
 */
package eu.dualis.duediligence.model;
