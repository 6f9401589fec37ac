/**
 * Resolving the tenant of a web or API request from the verified token's {@code tenant} claim, and
 * binding it for the length of the request. Never from a header, parameter or cookie that the
 * client chooses.
 */
package eu.dualis.tenants.web;
