/**
 * Product use cases: each public method is one transaction, bound to the caller's tenant.
 *
 * <p>Also the parsers of control list files (EUR-Lex XHTML, CSV, JSON) into a {@link
 * eu.dualis.classification.model.ParsedControlList}: plain code without transaction or tenant,
 * since a control list is global reference data and a parser only reads a stream.
 */
package eu.dualis.classification.service;
