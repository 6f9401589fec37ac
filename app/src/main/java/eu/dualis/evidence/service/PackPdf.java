package eu.dualis.evidence.service;

import eu.dualis.duediligence.service.PdfLayout;
import eu.dualis.evidence.model.PackFigures;
import eu.dualis.evidence.model.PackFigures.Count;
import eu.dualis.evidence.model.PackRequest;
import eu.dualis.icp.service.ElementStatus;
import eu.dualis.icp.service.EvidenceLine;
import eu.dualis.training.service.RoleCoverage;
import eu.dualis.training.service.TrainingCoverage;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pack's PDF: a cover, the contents, and one chapter per core element of an Internal Compliance
 * Programme (Recommendation (EU) 2019/1318), each with the authority's own heading beside it, its
 * status, its evidence and the figures that prove it works. English or Dutch, from the
 * application's message bundle.
 */
final class PackPdf {

  static final String BUNDLE = "eu.dualis.platform.web.messages";

  private final ResourceBundle text;

  PackPdf(String language) {
    this.text =
        ResourceBundle.getBundle(
            BUNDLE, "nl".equals(language) ? Locale.forLanguageTag("nl") : Locale.ROOT);
  }

  /** Everything the PDF says, gathered before it is written. */
  record Content(
      String packId,
      String tenant,
      PackRequest request,
      Instant generatedAt,
      List<ElementStatus> elements,
      PackFigures figures,
      TrainingCoverage training) {}

  byte[] write(Content c) {
    try (PdfLayout pdf = new PdfLayout()) {
      PackRequest r = c.request();
      pdf.title(t("evidence.pdf.title"));
      pdf.field(t("evidence.pdf.tenant"), c.tenant());
      pdf.field(t("evidence.pdf.authority"), r.authority());
      pdf.field(t("evidence.pdf.period"), r.periodFrom() + " – " + r.periodTo());
      pdf.field(
          t("evidence.pdf.scope"),
          (r.entryCodes().isEmpty() ? t("evidence.pdf.all") : String.join(", ", r.entryCodes()))
              + " / "
              + (r.destinations().isEmpty()
                  ? t("evidence.pdf.all")
                  : String.join(", ", r.destinations())));
      pdf.field(t("evidence.pdf.generatedAt"), c.generatedAt().toString());
      pdf.field(t("evidence.pdf.packId"), c.packId());
      pdf.paragraph(t("evidence.pdf.basis"));

      pdf.heading(t("evidence.pdf.contents"));
      for (int n = 1; n <= 7; n++) {
        pdf.indented(chapterTitle(n));
      }
      pdf.indented(t("evidence.pdf.annexes"));

      for (ElementStatus e : c.elements()) {
        chapter(pdf, e, c, r.authority());
      }
      pdf.heading(t("evidence.pdf.annexes"));
      pdf.paragraph(t("evidence.pdf.annexes.text"));
      return pdf.finish(t("evidence.pdf.title") + " " + c.packId());
    }
  }

  String chapterTitle(int number) {
    return number + ". " + t("evidence.element." + number);
  }

  private void chapter(PdfLayout pdf, ElementStatus e, Content c, String authority) {
    int n = e.number();
    pdf.heading(chapterTitle(n));
    String local = AuthorityHeadings.heading(authority, n);
    if (local != null) {
      pdf.field(AuthorityHeadings.name(authority), local);
    }
    pdf.field(
        t("evidence.pdf.status"),
        (e.complete() ? t("evidence.pdf.complete") : t("evidence.pdf.incomplete"))
            + ", "
            + (e.current() ? t("evidence.pdf.current") : t("evidence.pdf.notCurrent")));
    if (!e.missing().isEmpty()) {
      pdf.field(t("evidence.pdf.missing"), String.join("; ", e.missing()));
    }
    pdf.paragraph(t("evidence.pdf.evidence"));
    if (e.evidence().isEmpty()) {
      pdf.indented(t("evidence.pdf.none"));
    }
    for (EvidenceLine line : e.evidence()) {
      pdf.indented(
          line.label()
              + ": "
              + (line.text() == null ? "" : line.text())
              + (line.date() == null ? "" : " (" + line.date() + ")")
              + (line.documentId() == null ? "" : " [" + line.documentId() + "]"));
    }
    // Art. 12(4): the figures show each element working, not only written down.
    switch (n) {
      case 3 -> training(pdf, c.training());
      case 4 -> screening(pdf, c.figures());
      default -> {
        // the element's evidence above is all it has
      }
    }
  }

  private void training(PdfLayout pdf, TrainingCoverage t) {
    pdf.paragraph(t("evidence.pdf.fig.training"));
    pdf.indented(
        MessageFormat.format(
            t("evidence.pdf.fig.trainingLine"),
            t("evidence.pdf.allRoles"),
            t.trainees(),
            t.requiredCells(),
            t.currentCells(),
            t.expiringCells(),
            t.overdueCells(),
            t.missingCells()));
    for (RoleCoverage r : t.byRole()) {
      pdf.indented(
          MessageFormat.format(
              t("evidence.pdf.fig.trainingLine"),
              r.role(),
              r.trainees(),
              r.requiredCells(),
              r.currentCells(),
              r.expiringCells(),
              r.overdueCells(),
              r.missingCells()));
    }
  }

  private void screening(PdfLayout pdf, PackFigures f) {
    counts(pdf, "evidence.pdf.fig.classifications", f.classificationsByCodeAndStatus());
    pdf.field(t("evidence.pdf.fig.openFlags"), Long.toString(f.openReviewFlags()));
    counts(pdf, "evidence.pdf.fig.screenings", f.screeningsByStatus());
    counts(pdf, "evidence.pdf.fig.decisions", f.decisionsByOutcome());
    counts(pdf, "evidence.pdf.fig.exportChecks", f.exportChecksByDetermination());
    pdf.field(t("evidence.pdf.fig.holds"), Long.toString(f.exportChecksOnHold()));
    counts(pdf, "evidence.pdf.fig.dueDiligence", f.dueDiligenceByStatusAndDecision());
    counts(pdf, "evidence.pdf.fig.licences", f.licenceUsage());
  }

  private void counts(PdfLayout pdf, String key, List<Count> counts) {
    pdf.paragraph(t(key));
    if (counts.isEmpty()) {
      pdf.indented(t("evidence.pdf.none"));
    }
    for (Count count : counts) {
      pdf.indented(count.label() + ": " + count.count());
    }
  }

  private String t(String key) {
    return text.getString(key);
  }
}
