package eu.dualis.classification.jobs;

import eu.dualis.classification.service.ControlListUpdates;
import eu.dualis.classification.service.ImportOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the control list watch did with each file, as the run's message: imported,
 * already imported (same checksum, nothing changed), or failed and why.
 */
final class WatchReport {

  private final String folder;
  private final List<String> imported = new ArrayList<>();
  private final List<String> known = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();

  WatchReport(String folder) {
    this.folder = folder;
  }

  void imported(String file, ControlListUpdates.Result result) {
    var version = result.outcome().version();
    imported.add(
        file
            + " as "
            + version.sourceId()
            + " ("
            + version.entryCount()
            + " entries, "
            + result.flagsRaised()
            + " review flag(s) raised)");
  }

  void alreadyImported(String file, ImportOutcome outcome) {
    known.add(file + " (version " + outcome.version().sourceId() + ")");
  }

  void failed(String file, String why) {
    failed.add(file + ": " + why);
  }

  boolean hasFailures() {
    return !failed.isEmpty();
  }

  String message() {
    int files = imported.size() + known.size() + failed.size();
    if (files == 0) {
      return "Watched " + folder + ": no control list files (*.xhtml, *.html, *.csv, *.json)";
    }
    StringBuilder text =
        new StringBuilder("Watched ")
            .append(folder)
            .append(": ")
            .append(files)
            .append(" file(s); ")
            .append(imported.size())
            .append(" imported, ")
            .append(known.size())
            .append(" already imported, ")
            .append(failed.size())
            .append(" failed.");
    section(text, "Imported", imported);
    section(text, "Already imported, nothing changed", known);
    section(text, "Failed, nothing stored", failed);
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      text.append('\n').append(title).append(": ").append(String.join("; ", lines));
    }
  }
}
