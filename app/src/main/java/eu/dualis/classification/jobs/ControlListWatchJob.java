package eu.dualis.classification.jobs;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.service.ControlListFormat;
import eu.dualis.classification.service.ControlListUpdates;
import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Imports every control list file in the drop folder, and the list at the watched URL where the
 * network allows it, that is not yet known, and raises the review flags each new version causes in
 * every tenant ({@link ControlListUpdates}). Files are recognised by checksum: a file imported
 * before changes nothing, so the folder may keep its old files. A file that cannot be imported
 * stores nothing and fails the run, and is tried again on the next run. Never two runs at once in
 * the cluster: two imports of one file would race.
 */
@Dependent
@DisallowConcurrentExecution
public class ControlListWatchJob implements Job {

  public static final String NAME = "control-list-watch";

  /** The same limit as an upload through the API. */
  static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(ControlListWatchJob.class.getName());

  @Inject ControlListUpdates updates;

  @Inject
  @ConfigProperty(name = "CONTROL_LIST_DROP_FOLDER")
  Optional<String> dropFolder;

  /** Where the network allows it: the URL of the newest consolidated version. */
  @Inject
  @ConfigProperty(name = "CONTROL_LIST_WATCH_URL")
  Optional<String> watchUrl;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    Optional<String> folderSetting = dropFolder.filter(f -> !f.isBlank());
    Optional<String> urlSetting = watchUrl.filter(u -> !u.isBlank());
    if (folderSetting.isEmpty() && urlSetting.isEmpty()) {
      run.succeeded(
          "No source is configured (CONTROL_LIST_DROP_FOLDER, CONTROL_LIST_WATCH_URL): nothing to do");
      return;
    }
    List<DropFolder.DropFile> files = List.of();
    String where = urlSetting.orElse("");
    if (folderSetting.isPresent()) {
      DropFolder folder = new DropFolder(Path.of(folderSetting.get().strip()));
      where = folder.path() + (urlSetting.isPresent() ? " and " + urlSetting.get() : "");
      try {
        files = folder.files();
      } catch (IOException e) {
        run.failed("The drop folder " + folder.path() + " cannot be read: " + e.getMessage());
        return;
      }
    }
    String actor = actor(context);
    WatchReport report = new WatchReport(where);
    int total = files.size() + (urlSetting.isPresent() ? 1 : 0);
    run.progress(0, total);
    int done = 0;
    for (DropFolder.DropFile file : files) {
      importOne(file, actor, report);
      run.progress(++done, total);
    }
    if (urlSetting.isPresent()) {
      importRemote(new RemoteSource(URI.create(urlSetting.get().strip())), actor, report);
      run.progress(++done, total);
    }
    if (report.hasFailures()) {
      run.failed(report.message());
    } else {
      run.succeeded(report.message());
    }
  }

  private void importRemote(RemoteSource source, String actor, WatchReport report) {
    try {
      RemoteSource.Download download = source.fetch(MAX_FILE_BYTES);
      ControlListUpdates.Result result =
          updates.importFile(
              download.content(),
              download.format(),
              new ControlListFormat.CsvMetadata(
                  download.name(), ControlListFormat.CsvMetadata.defaults().title(), null),
              ControlListKind.OFFICIAL,
              actor);
      if (result.outcome().created()) {
        report.imported(source.uri().toString(), result);
      } else {
        report.alreadyImported(source.uri().toString(), result.outcome());
      }
    } catch (ControlListFormatException | IOException | IllegalArgumentException e) {
      report.failed(source.uri().toString(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Control list watch: importing " + source.uri() + " failed", e);
      report.failed(
          source.uri().toString(),
          "unexpected error (" + e.getClass().getSimpleName() + "), logged");
    }
  }

  private void importOne(DropFolder.DropFile file, String actor, WatchReport report) {
    try {
      ControlListUpdates.Result result =
          updates.importFile(
              file.read(MAX_FILE_BYTES),
              file.format(),
              csvMetadata(file),
              ControlListKind.OFFICIAL,
              actor);
      if (result.outcome().created()) {
        report.imported(file.name(), result);
      } else {
        report.alreadyImported(file.name(), result.outcome());
      }
    } catch (ControlListFormatException | IOException e) {
      report.failed(file.name(), e.getMessage());
    } catch (RuntimeException e) {
      // One file's trouble (a database error, say) must not keep the other files from importing.
      LOG.log(Level.SEVERE, "Control list watch: importing " + file.name() + " failed", e);
      report.failed(file.name(), "unexpected error (" + e.getClass().getSimpleName() + "), logged");
    }
  }

  /** A CSV cannot name itself: its file name is its source id; the rest is the API's default. */
  private static ControlListFormat.CsvMetadata csvMetadata(DropFolder.DropFile file) {
    var defaults = ControlListFormat.CsvMetadata.defaults();
    String sourceId = file.baseName();
    return new ControlListFormat.CsvMetadata(
        sourceId.length() > 100 ? sourceId.substring(0, 100) : sourceId, defaults.title(), null);
  }

  /** Who the versions are recorded as imported by: the job, and who asked for the run if anyone. */
  private static String actor(JobExecutionContext context) {
    String requestedBy = context.getMergedJobDataMap().getString(Scheduling.REQUESTED_BY);
    return requestedBy == null ? NAME : NAME + " for " + requestedBy;
  }
}
