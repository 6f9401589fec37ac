package eu.dualis.classification.web;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.EntryCode;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One classification as the product page lists it (a bean: Faces EL cannot read records). */
public final class ClassificationRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String id;
  private final String outcome;
  private final String codes;
  private final String cyberSurveillance;
  private final String rationale;
  private final String status;
  private final String author;
  private final String createdAt;
  private final String approvedBy;
  private final String approvedAt;
  private final boolean current;

  ClassificationRow(Classification c, boolean current) {
    this.id = c.id();
    this.outcome = c.outcome().name();
    this.codes =
        c.entryCodes().isEmpty()
            ? c.notListedReason()
            : c.entryCodes().stream().map(EntryCode::value).collect(Collectors.joining(", "));
    this.cyberSurveillance = c.cyberSurveillance().name();
    this.rationale = c.rationale();
    this.status = c.status().name();
    this.author = c.author();
    this.createdAt = FORMAT.format(c.createdAt());
    this.approvedBy = c.approvedBy();
    this.approvedAt = c.approvedAt() == null ? "" : FORMAT.format(c.approvedAt());
    this.current = current;
  }

  public String getId() {
    return id;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getCodes() {
    return codes;
  }

  public String getCyberSurveillance() {
    return cyberSurveillance;
  }

  public String getRationale() {
    return rationale;
  }

  public String getStatus() {
    return status;
  }

  public String getAuthor() {
    return author;
  }

  public String getCreatedAt() {
    return createdAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getApprovedAt() {
    return approvedAt;
  }

  public boolean isCurrent() {
    return current;
  }

  public boolean isDraft() {
    return "DRAFT".equals(status);
  }
}
