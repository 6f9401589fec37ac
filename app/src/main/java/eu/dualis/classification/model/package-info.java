/** Products and their value objects; the repository port. Imports no other layer. */
package eu.dualis.classification.model;
