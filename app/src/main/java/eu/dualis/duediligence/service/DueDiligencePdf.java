package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.DocumentRef;
import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.RedFlag;
import eu.dualis.duediligence.model.RedFlagAnswer;
import eu.dualis.duediligence.model.RedFlagCatalogue;
import eu.dualis.duediligence.model.RedFlagCategory;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A due-diligence file as one PDF with every section, for the authority or an audit: subject, item
 * and classification, parties and their screening, end use and its statement, red flags with
 * evidence, risk, decision and approval.
 */
@ApplicationScoped
@TenantBound
@Transactional(TxType.SUPPORTS)
public class DueDiligencePdf {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject DueDiligenceService files;
  @Inject DueDiligenceSubjects subjects;

  /** The PDF of the file with this id (404 as for the file when it is not the tenant's). */
  public byte[] of(String id) {
    DueDiligenceFile file = files.get(id);
    Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (PdfLayout pdf = new PdfLayout()) {
      write(pdf, file, generatedAt);
      return pdf.finish("Due-diligence file " + file.id() + ", generated " + when(generatedAt));
    }
  }

  private void write(PdfLayout pdf, DueDiligenceFile f, Instant generatedAt) {
    var c = f.content();
    var v = f.verdict();
    pdf.title("Due-diligence file — Art. 5 of Regulation (EU) 2021/821");
    pdf.field("File", f.id() + " (revision " + f.revision() + ")");
    if (f.supersedes() != null) {
      pdf.field("Supersedes", f.supersedes());
    }
    pdf.field("Status", f.status().name());
    pdf.field("Generated at", when(generatedAt));
    pdf.field("Guidance", "Commission Recommendation (EU) 2024/2659");

    pdf.heading("1. Subject");
    pdf.field("Export check", c.exportCheckId());
    pdf.field("Destination", c.destination());
    pdf.field("Opened", when(f.createdAt()) + " by " + f.createdBy());

    pdf.heading("2. Item and its classification");
    for (String productId : c.productIds()) {
      Optional<ProductFacts> p = subjects.product(productId);
      pdf.field(
          "Product",
          p.map(x -> x.name() + " (part " + x.partNumber() + ", id " + x.id() + ")")
              .orElse(productId + " (no longer found)"));
      pdf.indented("Classification: " + p.map(ProductFacts::classification).orElse("—"));
    }
    pdf.paragraph("Item and capabilities:");
    pdf.indented(c.item());

    pdf.heading("3. Parties and their screening");
    party(pdf, "End user", c.endUserPartyId(), c.endUserName());
    if (c.consigneePartyId() != null) {
      party(pdf, "Consignee", c.consigneePartyId(), null);
    } else {
      pdf.field("Consignee", null);
    }

    pdf.heading("4. Stated end use and end-use statement");
    pdf.paragraph(c.statedEndUse());
    DocumentRef doc = f.document();
    pdf.field(
        "End-use statement",
        doc == null
            ? "none uploaded"
            : doc.name() + " (" + doc.contentType() + ", " + doc.size() + " bytes)");
    if (doc != null) {
      pdf.field("SHA-256", doc.sha256());
    }

    pdf.heading("5. Red flags");
    Map<String, RedFlagAnswer> answers =
        c.answers().stream().collect(Collectors.toMap(RedFlagAnswer::code, Function.identity()));
    for (RedFlagCategory category : RedFlagCategory.values()) {
      pdf.field("Category", category.name());
      for (RedFlag flag : RedFlagCatalogue.all()) {
        if (flag.category() != category) {
          continue;
        }
        RedFlagAnswer a = answers.get(flag.code());
        pdf.indented(
            "["
                + (a == null ? "NOT ANSWERED" : a.answer().name())
                + "] "
                + flag.code()
                + ": "
                + flag.english()
                + " (source: "
                + flag.source()
                + ")");
        if (a != null && a.evidence() != null) {
          pdf.indented("Evidence: " + a.evidence());
        }
      }
    }

    pdf.heading("6. Risk assessment and mitigations");
    pdf.field("Risk", c.riskLevel() == null ? null : c.riskLevel().name());
    pdf.paragraph(c.riskAssessment());
    pdf.paragraph("Mitigations:");
    pdf.indented(c.mitigations());

    pdf.heading("7. Decision and approval");
    pdf.field("Decision", v.decision() == null ? "not decided" : label(v.decision().name()));
    pdf.field("Rationale", v.rationale());
    pdf.field(
        "Decided by", v.decidedBy() == null ? null : v.decidedBy() + " at " + when(v.decidedAt()));
    pdf.field(
        "Approved by (four eyes)",
        v.approvedBy() == null ? "not approved" : v.approvedBy() + " at " + when(v.approvedAt()));
    if (f.returnReason() != null) {
      pdf.field(
          "Last returned to draft",
          f.returnedBy() + " at " + when(f.returnedAt()) + ": " + f.returnReason());
    }
  }

  private void party(PdfLayout pdf, String role, String id, String nameWhenWritten) {
    Optional<PartyFacts> p = subjects.party(id);
    pdf.field(
        role,
        p.map(x -> x.name() + (x.country() == null ? "" : " (" + x.country() + ")"))
                .orElse(nameWhenWritten)
            + ", party "
            + id);
    if (p.isPresent()) {
      PartyFacts x = p.get();
      pdf.indented("Screening status: " + x.status());
      pdf.indented(
          x.lastScreeningId() == null
              ? "Last screening: none"
              : "Last screening: "
                  + when(x.lastScreenedAt())
                  + ", "
                  + x.lastScreeningStatus()
                  + ", "
                  + x.lastScreeningHits()
                  + " hit(s), screening "
                  + x.lastScreeningId());
    }
  }

  private static String label(String decision) {
    return "NOTIFY_AUTHORITY".equals(decision)
        ? "NOTIFY_AUTHORITY (Art. 5(2): the competent authority is notified)"
        : decision;
  }

  private static String when(Instant at) {
    return at == null ? "—" : WHEN.format(at);
  }
}
