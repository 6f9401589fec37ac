package eu.dualis.screening.jobs;

import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.service.ListImportOptions;
import eu.dualis.screening.service.ListImportReport;
import eu.dualis.screening.service.SanctionsListService;
import eu.dualis.screening.service.lists.ListFormat;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Fetches each configured list: from its official URL where the network allows ({@code
 * SANCTIONS_URL_<FORMAT>}, e.g. {@code SANCTIONS_URL_UN_XML}), and from the drop folder ({@code
 * SANCTIONS_DROP_FOLDER}), where a file's name starts with its format ({@code
 * UN_XML-2026-02-27.xml}). A file seen before (same checksum) changes nothing; a file that cannot
 * be imported leaves its list's version in force and fails the run, to be tried again next time.
 */
@Dependent
@DisallowConcurrentExecution
public class SanctionsListWatchJob implements Job {

  public static final String NAME = "sanctions-list-watch";

  private static final Logger LOG = Logger.getLogger(SanctionsListWatchJob.class.getName());

  @Inject SanctionsListService lists;
  @Inject Config config;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (ListFormat format : ListFormat.values()) {
      config
          .getOptionalValue("SANCTIONS_URL_" + format.name(), String.class)
          .filter(u -> !u.isBlank())
          .ifPresent(u -> sources.add(new Source(format, u.strip(), null)));
    }
    Optional<String> folder =
        config.getOptionalValue("SANCTIONS_DROP_FOLDER", String.class).filter(f -> !f.isBlank());
    if (folder.isPresent()) {
      try {
        sources.addAll(dropped(Path.of(folder.get().strip())));
      } catch (IOException e) {
        run.failed("The drop folder " + folder.get() + " cannot be read: " + e.getMessage());
        return;
      }
    }
    if (sources.isEmpty()) {
      run.succeeded(
          "No list source is configured (SANCTIONS_URL_<FORMAT>, SANCTIONS_DROP_FOLDER): nothing"
              + " to do");
      return;
    }
    run.progress(0, sources.size());
    for (Source source : sources) {
      try (InputStream in = source.open()) {
        ListImportReport report =
            lists.importFile(in, source.format(), ListImportOptions.strict(), NAME);
        done.add(
            source.name()
                + (report.created()
                    ? ": imported, " + report.version().counts().entities() + " entities"
                    : ": known already"));
      } catch (ListFormatException | IOException e) {
        failed.add(source.name() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Sanctions list watch: " + source.name() + " failed", e);
        failed.add(source.name() + ": unexpected error (" + e.getClass().getSimpleName() + ")");
      }
      run.progress(done.size() + failed.size(), sources.size());
    }
    String message =
        String.join("; ", done)
            + (failed.isEmpty() ? "" : "; FAILED: " + String.join("; ", failed));
    if (failed.isEmpty()) {
      run.succeeded(message);
    } else {
      run.failed(message);
    }
  }

  /** One file to import: a URL or a dropped file. */
  private record Source(ListFormat format, String url, Path file) {

    String name() {
      return file != null ? file.getFileName().toString() : url;
    }

    InputStream open() throws IOException {
      if (file != null) {
        return Files.newInputStream(file);
      }
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(20))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      try {
        HttpResponse<InputStream> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
          response.body().close();
          throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private static List<Source> dropped(Path folder) throws IOException {
    List<Source> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString().toUpperCase(Locale.ROOT);
        for (ListFormat format : ListFormat.values()) {
          if (name.startsWith(format.name())) {
            found.add(new Source(format, null, f));
            break;
          }
        }
      }
    }
    return found;
  }
}
