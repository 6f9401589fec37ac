/** JPA storage of the ICP records; the tenant filter is EclipseLink's, added to every query. */
package eu.dualis.icp.persistence;
