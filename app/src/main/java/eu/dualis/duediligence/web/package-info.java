/**
 * Faces views of due diligence: the list of due-diligence files, the guided form of one file, and
 * the catch-all notification pages.
 */
package eu.dualis.duediligence.web;
