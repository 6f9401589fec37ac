/**
 * Use cases of due diligence, each in one transaction with its audit event: opening, editing,
 * deciding, approving and revising due-diligence files, their PDF, and the catch-all notifications.
 * Other capabilities (the export check) use due diligence only through this package.
 */
package eu.dualis.duediligence.service;
