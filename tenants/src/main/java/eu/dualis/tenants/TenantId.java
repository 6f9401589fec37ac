package eu.dualis.tenants;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a tenant (a customer company): lower-case letters, digits and hyphens, 2 to 63
 * characters, starting with a letter or digit. It is the value of the token's {@code tenant} claim,
 * the {@code tenant_id} column and the Keycloak organization's alias.
 */
public record TenantId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "tenant id must be 2-63 lower-case letters, digits or hyphens, starting with a letter"
              + " or digit");
    }
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
