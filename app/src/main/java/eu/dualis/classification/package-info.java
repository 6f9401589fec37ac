/**
 * Classification: the products a tenant exports (and, from the next issues, the control list and
 * each product's classification against it).
 */
package eu.dualis.classification;
