/**
 * Cross-cutting parts of the product: security, persistence plumbing, the REST application and its
 * error format, health checks, tenant provisioning and the web shell. Capabilities live beside it
 * ({@code classification}, {@code audit}, ...), each with its own layers.
 */
package eu.dualis.platform;
