/**
 * Requesting, assembling (PDF, CSV and XLSX annexes, manifest, ZIP), storing and verifying evidence
 * packs for a licence application, and the submissions that send them. Reads the other capabilities
 * through their services (ICP, training, licensing) and the read-only sources port.
 */
package eu.dualis.evidence.service;
