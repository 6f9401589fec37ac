package eu.dualis.evidence.service;

import eu.dualis.evidence.verify.PackVerifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pack's {@code manifest.json}, in the fixed shape {@link PackVerifier} reads: one file object
 * per line, and {@code packHash} = SHA-256 over the sorted lines "path sha256\n".
 */
public final class PackManifest {

  /** One file of the pack as listed. */
  public record Entry(String path, long size, String sha256) {}

  private final Map<String, Entry> files = new LinkedHashMap<>();

  public void add(String path, long size, String sha256) {
    if (files.containsKey(path) || path.equals(PackVerifier.MANIFEST)) {
      throw new IllegalArgumentException("A pack lists " + path + " once");
    }
    files.put(path, new Entry(path, size, sha256));
  }

  public String packHash() {
    Map<String, String> byPath = new LinkedHashMap<>();
    files.values().forEach(e -> byPath.put(e.path(), e.sha256()));
    return PackVerifier.packHash(byPath);
  }

  public String json(
      String packId,
      String tenant,
      String authority,
      String periodFrom,
      String periodTo,
      List<String> entryCodes,
      List<String> destinations,
      Instant generatedAt) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"packId\": ").append(string(packId)).append(",\n");
    out.append("  \"tenant\": ").append(string(tenant)).append(",\n");
    out.append("  \"authority\": ").append(string(authority)).append(",\n");
    out.append("  \"period\": {\"from\": ")
        .append(string(periodFrom))
        .append(", \"to\": ")
        .append(string(periodTo))
        .append("},\n");
    out.append("  \"scope\": {\"entryCodes\": ")
        .append(array(entryCodes))
        .append(", \"destinations\": ")
        .append(array(destinations))
        .append("},\n");
    out.append("  \"generatedAt\": ").append(string(generatedAt.toString())).append(",\n");
    out.append("  \"files\": [\n");
    int i = 0;
    for (Entry e : files.values()) {
      out.append("    {\"path\": ")
          .append(string(e.path()))
          .append(", \"size\": ")
          .append(e.size())
          .append(", \"sha256\": ")
          .append(string(e.sha256()))
          .append(++i < files.size() ? "},\n" : "}\n");
    }
    out.append("  ],\n");
    out.append("  \"packHash\": ").append(string(packHash())).append("\n}\n");
    return out.toString();
  }

  private static String array(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
    }
    return out.append(']').toString();
  }

  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
