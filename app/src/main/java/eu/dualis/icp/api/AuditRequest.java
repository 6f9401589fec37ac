package eu.dualis.icp.api;

/** An audit as a client sends it: {@code kind} INTERNAL, EXTERNAL or AUTHORITY. */
public record AuditRequest(String auditedOn, String kind, String scope, String findings) {}
