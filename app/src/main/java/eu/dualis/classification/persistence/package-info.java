/** JPA implementation of the product repository; the tenant filter is EclipseLink's, not ours. */
package eu.dualis.classification.persistence;
