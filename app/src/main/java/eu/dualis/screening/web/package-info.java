/**
 * Screening pages: the sales check, the compliance worklist with each hit beside its party, the
 * sanctions list browser, and the party pages.
 */
package eu.dualis.screening.web;
