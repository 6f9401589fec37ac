package eu.dualis.audit.api;

import java.util.List;

/** One page of audit events, newest first. */
public record AuditEventPage(List<AuditEventResponse> items, int page, int size, long total) {}
