/** JPA implementations of the due-diligence repositories (files, documents, notifications). */
package eu.dualis.duediligence.persistence;
