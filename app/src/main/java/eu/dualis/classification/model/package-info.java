/**
 * Products and their value objects; the repository port; the control list as an importer reads it
 * (entry codes of Annex I of Regulation (EU) 2021/821, their product groups and regimes, parsed
 * entries and lists, and the error a malformed list file raises). Imports no other layer.
 */
package eu.dualis.classification.model;
