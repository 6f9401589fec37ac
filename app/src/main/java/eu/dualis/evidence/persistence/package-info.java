/**
 * JPA repositories of packs and submissions; plain JDBC for what must stream: the stored ZIPs and
 * the rows of other capabilities' tables read page by page for the annexes.
 */
package eu.dualis.evidence.persistence;
