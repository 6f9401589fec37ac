package eu.dualis.tenants.provisioning;

import eu.dualis.tenants.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What it takes to provision a tenant, checked field by field. */
public record TenantRegistration(TenantId id, String displayName, String adminEmail) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Checks raw input and lists every problem by field; empty when the input is usable. */
  public static List<String> problems(String id, String displayName, String adminEmail) {
    List<String> problems = new ArrayList<>();
    if (!TenantId.isValid(id)) {
      problems.add(
          "id: must be 2-63 lower-case letters, digits or hyphens, starting with a letter");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      problems.add("displayName: required, at most 200 characters");
    }
    if (adminEmail == null || !EMAIL.matcher(adminEmail).matches() || adminEmail.length() > 200) {
      problems.add("adminEmail: must be an e-mail address of at most 200 characters");
    }
    return problems;
  }

  public static TenantRegistration of(String id, String displayName, String adminEmail) {
    List<String> problems = problems(id, displayName, adminEmail);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new TenantRegistration(TenantId.of(id), displayName.strip(), adminEmail.strip());
  }

  String adminDomain() {
    return adminEmail.substring(adminEmail.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
