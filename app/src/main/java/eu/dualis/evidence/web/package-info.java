/**
 * The evidence-pack page (request, progress, download, verify, submissions) and the download
 * servlet.
 */
package eu.dualis.evidence.web;
