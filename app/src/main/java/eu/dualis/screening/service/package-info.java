/**
 * Screening use cases: importing list versions atomically, the screening index every node keeps in
 * memory, screening a name, parties, the compliance worklist and match decisions.
 */
package eu.dualis.screening.service;
