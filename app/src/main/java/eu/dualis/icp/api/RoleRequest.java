package eu.dualis.icp.api;

/**
 * A compliance role as a client sends it: {@code function} EXPORT_CONTROL_OFFICER, DEPUTY,
 * RESPONSIBLE_BOARD_MEMBER or OTHER; {@code fte} a number; dates YYYY-MM-DD.
 */
public record RoleRequest(
    String person, String function, String responsibilities, String fte, String from, String to) {}
