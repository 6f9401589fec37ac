package eu.dualis.icp.api;

/** The last day in office, with the version of the role read. */
public record RoleEndRequest(String to, Long version) {}
