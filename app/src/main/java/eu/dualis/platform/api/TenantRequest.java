package eu.dualis.platform.api;

/** A new tenant: its id (slug), the company's name and the e-mail of its first tenant admin. */
public record TenantRequest(String id, String displayName, String adminEmail) {}
