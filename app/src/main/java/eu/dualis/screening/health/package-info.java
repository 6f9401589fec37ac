/** Readiness as screening sees it: which lists are in force and whether they are fresh. */
package eu.dualis.screening.health;
