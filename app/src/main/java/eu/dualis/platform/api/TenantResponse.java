package eu.dualis.platform.api;

/**
 * The outcome of provisioning. {@code oneTimePassword} appears once, in the response that created
 * the tenant; Keycloak makes the admin choose a new password at first login.
 */
public record TenantResponse(
    String id, boolean created, String adminUsername, String oneTimePassword, String message) {}
