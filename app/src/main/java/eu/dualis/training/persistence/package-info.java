/** JPA repositories of training; EclipseLink scopes every query, joins included, to the tenant. */
package eu.dualis.training.persistence;
