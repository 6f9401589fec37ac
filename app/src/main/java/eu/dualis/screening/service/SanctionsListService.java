package eu.dualis.screening.service;

import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.screening.model.ListCounts;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ListVersionStatus;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.OnMalformedRecord;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;
import eu.dualis.screening.model.SanctionsListRepository;
import eu.dualis.screening.service.lists.EntitySink;
import eu.dualis.screening.service.lists.ListFormat;
import eu.dualis.screening.service.lists.ParsedListHeader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports list files as versions, atomically: the file is spooled and checksummed (a file seen
 * before changes nothing), streamed into a version that nobody screens against yet, and only when
 * all of it is stored does it replace the version in force. A failed import leaves the previous
 * version in force and is kept, with its report, as a failed version.
 */
@ApplicationScoped
public class SanctionsListService {

  /** Uploads and downloads larger than this are refused before they are read. */
  public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(SanctionsListService.class.getName());

  @Inject SanctionsListRepository lists;
  @Inject Event<ListVersionsChanged> changed;

  /** Fired after a version was put in force; the index and the rescreening follow it. */
  public record ListVersionsChanged(ListVersion version) {}

  public ListImportReport importFile(
      InputStream content, ListFormat format, ListImportOptions options, String actor)
      throws IOException {
    Path spooled = Files.createTempFile("dualis-list-", ".part");
    try {
      String checksum = spool(content, spooled);
      var known = lists.findByChecksum(format.source(), checksum);
      if (known.isPresent()) {
        return new ListImportReport(known.get(), false, List.of());
      }
      return importSpooled(spooled, checksum, format, options, actor);
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  private ListImportReport importSpooled(
      Path file, String checksum, ListFormat format, ListImportOptions options, String actor)
      throws IOException {
    ListVersion importing =
        new ListVersion(
            UUID.randomUUID().toString(),
            format.source(),
            format.name(),
            options.publishedOn(),
            null,
            checksum,
            ListVersionStatus.IMPORTING,
            options.onMalformed(),
            ListCounts.NONE,
            null,
            options.demo(),
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            actor,
            null,
            null);
    lists.begin(importing);
    CountingSink sink = new CountingSink(options.onMalformed());
    ParsedListHeader header;
    try (SanctionsListRepository.EntityWriter writer = lists.writer(importing);
        InputStream in = Files.newInputStream(file)) {
      sink.writer = writer;
      header = format.parser().parse(in, sink);
    } catch (IOException | RuntimeException e) {
      String why =
          e instanceof ListFormatException f
              ? f.getMessage()
              : "the import stopped: " + e.getMessage();
      lists.fail(importing.id(), sink.counts, why);
      throw e;
    }
    String report = report(sink.problems, options.onMalformed());
    if (!sink.problems.isEmpty() && options.onMalformed() == OnMalformedRecord.REJECT_FILE) {
      lists.fail(importing.id(), sink.counts, report);
      throw new ListFormatException(sink.problems);
    }
    if (sink.counts.entities() == 0) {
      String why = "the file holds no person, organisation, vessel or aircraft";
      lists.fail(importing.id(), sink.counts, why);
      throw ListFormatException.at("file", why);
    }
    ListVersion inForce =
        lists.putInForce(
            importing.id(),
            header.publishedOn() != null ? header.publishedOn() : options.publishedOn(),
            header.label(),
            sink.counts,
            report);
    LOG.info(
        () ->
            format.source()
                + " list version "
                + inForce.id()
                + " in force: "
                + inForce.counts().entities()
                + " entities");
    changed.fire(new ListVersionsChanged(inForce));
    return new ListImportReport(inForce, true, sink.problems);
  }

  public List<ListVersion> versions(ListSource source) {
    return lists.versions(source);
  }

  public List<ListVersion> inForce() {
    return lists.inForce();
  }

  public ListVersion version(String id) {
    return lists.find(id).orElseThrow(() -> new RecordNotFoundException("List version", id));
  }

  public ListedEntity entity(long id) {
    return lists
        .entity(id)
        .orElseThrow(() -> new RecordNotFoundException("Listed entity", String.valueOf(id)));
  }

  public List<ListedEntity> entities(String versionId, String nameContains, int offset, int limit) {
    version(versionId);
    return lists.entities(versionId, nameContains, offset, limit);
  }

  public long countEntities(String versionId, String nameContains) {
    return lists.countEntities(versionId, nameContains);
  }

  private static String report(List<RecordProblem> problems, OnMalformedRecord policy) {
    if (problems.isEmpty()) {
      return null;
    }
    String action = policy == OnMalformedRecord.SKIP_RECORD ? "skipped" : "file rejected";
    return problems.stream().map(p -> p + " (" + action + ")").collect(Collectors.joining("\n"));
  }

  private static String spool(InputStream content, Path target) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(content, sha);
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_FILE_BYTES) {
          throw ListFormatException.at(
              "file", "larger than the limit of " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        out.write(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Counts what the reader hands over and writes it unless the file is already condemned. */
  private static final class CountingSink implements EntitySink {

    private final OnMalformedRecord policy;
    private final List<RecordProblem> problems = new ArrayList<>();
    private final Set<String> references = new HashSet<>();
    private SanctionsListRepository.EntityWriter writer;
    private ListCounts counts = ListCounts.NONE;

    CountingSink(OnMalformedRecord policy) {
      this.policy = policy;
    }

    @Override
    public void accept(ParsedEntity entity) {
      if (!references.add(entity.reference())) {
        malformed(
            new RecordProblem(
                "reference " + entity.reference(),
                "the list gives this reference twice; the second record was not read"));
        return;
      }
      counts = counts.plus(entity);
      // Under REJECT_FILE the import fails anyway: stop writing, keep reading for the report.
      if (problems.isEmpty() || policy == OnMalformedRecord.SKIP_RECORD) {
        writer.add(entity);
      }
    }

    @Override
    public void malformed(RecordProblem problem) {
      problems.add(problem);
      counts = counts.plusSkipped();
    }
  }
}
