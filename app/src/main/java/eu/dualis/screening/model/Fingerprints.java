package eu.dualis.screening.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * SHA-256 of what matters for a match decision, so that a "false positive" is remembered exactly as
 * long as neither side changed: a list entry that gains an alias or a date of birth, or a party
 * whose name or country is corrected, is screened afresh.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(ParsedEntity e) {
    StringBuilder s = new StringBuilder().append(e.type()).append('\n');
    e.names().stream().map(n -> n.kind() + ":" + n.fullName()).sorted().forEach(n -> line(s, n));
    new TreeSet<>(e.birthDates()).forEach(d -> line(s, "dob:" + d));
    new TreeSet<>(e.countries()).forEach(c -> line(s, "country:" + c));
    e.identifiers().stream()
        .map(i -> "id:" + i.type() + ":" + i.number() + ":" + i.country())
        .sorted()
        .forEach(i -> line(s, i));
    return sha256(s.toString());
  }

  public static String ofParty(
      String name, EntityType type, String country, String dateOfBirth, List<String> ids) {
    StringBuilder s = new StringBuilder();
    line(s, name.strip());
    line(s, type.name());
    line(s, country == null ? "" : country);
    line(s, dateOfBirth == null ? "" : dateOfBirth);
    new TreeSet<>(ids).forEach(i -> line(s, i));
    return sha256(s.toString());
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder s, String text) {
    s.append(text).append('\n');
  }
}
