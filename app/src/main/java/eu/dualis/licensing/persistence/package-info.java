/** JPA repositories of the licence register; EclipseLink scopes every query to the tenant. */
package eu.dualis.licensing.persistence;
