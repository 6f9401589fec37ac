/** The products REST resource and its DTO records. */
package eu.dualis.classification.api;
