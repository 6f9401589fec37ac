package eu.dualis.icp.api;

/** Marks a corrective action DONE on {@code doneOn}, with the version read. */
public record ActionStatusRequest(String status, String doneOn, Long version) {}
