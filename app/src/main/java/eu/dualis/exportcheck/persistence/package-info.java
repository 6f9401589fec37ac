/** JPA repository of export checks; the tenant is bound by the caller's transaction. */
package eu.dualis.exportcheck.persistence;
