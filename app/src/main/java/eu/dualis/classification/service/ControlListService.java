package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListDiff;
import eu.dualis.classification.model.ControlListEntry;
import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.model.ControlListRepository;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Importing control list versions (atomically: the whole version or nothing), reading them, and
 * comparing two of them. Control lists are reference data shared by all tenants.
 */
@ApplicationScoped
@Transactional
public class ControlListService {

  static final String VERSION = "Control list version";

  @Inject ControlListRepository lists;

  /**
   * Parses and stores a file as a new version. The same bytes again change nothing.
   *
   * @throws eu.dualis.classification.model.ControlListFormatException when the file is malformed
   *     (nothing is stored)
   */
  public ImportOutcome importFile(
      byte[] content,
      ControlListFormat format,
      ControlListFormat.CsvMetadata csv,
      ControlListKind kind,
      String actor) {
    String checksum = sha256(content);
    var existing = lists.findByChecksum(checksum);
    if (existing.isPresent()) {
      return new ImportOutcome(existing.get(), false);
    }
    ParsedControlList parsed = format.parse(content, csv);
    ControlListVersion version =
        new ControlListVersion(
            parsed,
            kind,
            format.name(),
            checksum,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            actor);
    Map<EntryCode, String> fullTexts = parsed.fullTexts();
    List<ControlListEntry> entries = new ArrayList<>(parsed.entries().size());
    int position = 0;
    for (ParsedEntry entry : parsed.entries()) {
      entries.add(
          new ControlListEntry(version.id(), position++, entry, fullTexts.get(entry.code())));
    }
    lists.add(version, entries);
    return new ImportOutcome(version, true);
  }

  public List<ControlListVersion> versions() {
    return lists.versions();
  }

  /**
   * The version in force on {@code date}: the official version that applies latest on or before it
   * (one without a date counts from its import), else the bundled index.
   */
  public java.util.Optional<ControlListVersion> inForce(java.time.LocalDate date) {
    java.util.Comparator<ControlListVersion> newest =
        java.util.Comparator.comparing(ControlListService::appliesFrom)
            .thenComparing(ControlListVersion::importedAt);
    var applicable = lists.versions().stream().filter(v -> !appliesFrom(v).isAfter(date)).toList();
    return applicable.stream()
        .filter(v -> v.kind() == eu.dualis.classification.model.ControlListKind.OFFICIAL)
        .max(newest)
        .or(() -> applicable.stream().max(newest));
  }

  private static java.time.LocalDate appliesFrom(ControlListVersion v) {
    return v.appliesFrom() != null
        ? v.appliesFrom()
        : v.importedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  public ControlListVersion version(String id) {
    return lists.findVersion(id).orElseThrow(() -> new RecordNotFoundException(VERSION, id));
  }

  public ControlListEntry entry(String versionId, String code) {
    version(versionId);
    String normalised = EntryCode.parse(code).map(EntryCode::value).orElse(code);
    return lists
        .findEntry(versionId, normalised)
        .orElseThrow(() -> new RecordNotFoundException("Entry", code + " in " + versionId));
  }

  public Page<ControlListEntry> search(String versionId, String query, PageRequest page) {
    version(versionId);
    return lists.search(versionId, query, page);
  }

  /** One entry's text in each version, newest version first (absent where it was not listed). */
  public List<EntryInVersion> entryHistory(String code) {
    String normalised = EntryCode.parse(code).map(EntryCode::value).orElse(code);
    return lists.versions().stream()
        .map(v -> new EntryInVersion(v, lists.findEntry(v.id(), normalised).orElse(null)))
        .toList();
  }

  /** An entry as one version has it; {@code entry} is null when the version does not list it. */
  public record EntryInVersion(ControlListVersion version, ControlListEntry entry) {}

  public ControlListDiff diff(String fromId, String toId) {
    version(fromId);
    version(toId);
    return ControlListDiff.between(lists.entries(fromId), lists.entries(toId));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
