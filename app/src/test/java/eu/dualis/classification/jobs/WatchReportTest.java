package eu.dualis.classification.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.classification.service.ControlListFormat;
import eu.dualis.classification.service.ControlListUpdates;
import eu.dualis.classification.service.ImportOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatchReportTest {

  private static ControlListVersion version(String sourceId) {
    var parsed =
        ControlListFormat.CSV.parse(
            "code,parent,text\n5A002,,Information security\n".getBytes(StandardCharsets.UTF_8),
            new ControlListFormat.CsvMetadata(sourceId, "t", null));
    return new ControlListVersion(
        parsed, ControlListKind.OFFICIAL, "CSV", "ab".repeat(32), Instant.EPOCH, "test");
  }

  @Test
  void saysWhatHappenedToEachFile() {
    WatchReport report = new WatchReport("/drop");
    report.imported(
        "new.csv", new ControlListUpdates.Result(new ImportOutcome(version("new"), true), 3));
    report.alreadyImported("old.csv", new ImportOutcome(version("old"), false));
    report.failed("bad.csv", "line 3: 5A00x is not an entry code");

    assertThat(report.hasFailures()).isTrue();
    assertThat(report.message())
        .startsWith("Watched /drop: 3 file(s); 1 imported, 1 already imported, 1 failed.")
        .contains("Imported: new.csv as new (1 entries, 3 review flag(s) raised)")
        .contains("Already imported, nothing changed: old.csv (version old)")
        .contains("Failed, nothing stored: bad.csv: line 3: 5A00x is not an entry code");
  }

  @Test
  void anEmptyFolderIsNoFailure() {
    WatchReport report = new WatchReport("/drop");
    assertThat(report.hasFailures()).isFalse();
    assertThat(report.message()).contains("no control list files");
  }
}
