package eu.dualis.evidence.service;

import eu.dualis.duediligence.model.DueDiligenceDocument;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.evidence.model.Annex;
import eu.dualis.evidence.model.EvidencePack;
import eu.dualis.evidence.model.EvidenceSources;
import eu.dualis.evidence.model.PackFigures;
import eu.dualis.evidence.model.PackRequest;
import eu.dualis.evidence.verify.PackVerifier;
import eu.dualis.icp.service.ElementFacts;
import eu.dualis.icp.service.IcpDocumentRef;
import eu.dualis.icp.service.IcpService;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.service.TenantService;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import eu.dualis.training.service.TrainingCoverage;
import eu.dualis.training.service.TrainingRecordRow;
import eu.dualis.training.service.TrainingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one pack as a ZIP into a temporary file: {@code pack.pdf}, the annexes as CSV and XLSX,
 * the ICP documents in force and {@code manifest.json}. Every entry is hashed while it is written
 * and the annexes are streamed row by row, so the heap holds a page of rows at most, never a table.
 */
@ApplicationScoped
public class PackAssembler {

  /** figures, PDF, the annexes (CSV and XLSX together, one step each), documents, manifest. */
  public static final int STEPS = 3 + Annex.values().length + 1;

  @Inject EvidenceSources sources;
  @Inject IcpService icp;
  @Inject TrainingService training;
  @Inject TenantService tenants;
  @Inject DueDiligenceService dueDiligence;

  /** The ZIP written: where, its size and SHA-256, and the pack hash of its manifest. */
  public record Assembled(Path zip, long size, String sha256, String packHash) {}

  public Assembled assemble(EvidencePack pack, IntConsumer progress) {
    PackRequest r = pack.request();
    TenantId tenant = TenantContext.require();
    Instant generatedAt = Instant.now();
    PackManifest manifest = new PackManifest();
    Path zip = null;
    try {
      zip = Files.createTempFile("evidence-pack-" + pack.id(), ".zip");
      MessageDigest whole = PackVerifier.sha256();
      try (OutputStream file = Files.newOutputStream(zip);
          DigestOutputStream digesting =
              new DigestOutputStream(new BufferedOutputStream(file), whole);
          ZipOutputStream out = new ZipOutputStream(digesting, StandardCharsets.UTF_8)) {
        int step = 0;
        PackFigures figures = sources.figures(tenant.value(), r);
        TrainingCoverage coverage = training.coverage(r.periodTo());
        progress.accept(++step);

        var elements =
            icp.elements(
                r.periodTo(),
                new ElementFacts(
                    coverage.requiredCells(),
                    coverage.currentCells(),
                    coverage.overdueCells(),
                    figures.screeningsLast12Months(),
                    figures.exportChecksLast12Months()));
        byte[] pdf =
            new PackPdf(r.language())
                .write(
                    new PackPdf.Content(
                        pack.id(),
                        tenants.displayName(tenant).orElse(tenant.value()),
                        r,
                        generatedAt,
                        elements,
                        figures,
                        coverage));
        entry(out, manifest, "pack.pdf", o -> o.write(pdf));
        progress.accept(++step);

        List<String> withStatement = new ArrayList<>();
        for (Annex annex : Annex.values()) {
          annex(out, manifest, annex, tenant, r, withStatement);
          progress.accept(++step);
        }

        for (IcpDocumentRef doc : icp.documentsInForce(r.periodTo())) {
          String path =
              "documents/icp/"
                  + doc.element().name().toLowerCase(Locale.ROOT)
                  + "-"
                  + safe(doc.id())
                  + "-"
                  + safe(doc.fileName());
          byte[] content = icp.documentContent(doc.id());
          entry(out, manifest, path, o -> o.write(content));
        }
        for (String fileId : withStatement) {
          endUseStatement(out, manifest, fileId);
        }
        progress.accept(++step);

        byte[] json =
            manifest
                .json(
                    pack.id(),
                    tenant.value(),
                    r.authority(),
                    r.periodFrom().toString(),
                    r.periodTo().toString(),
                    r.entryCodes(),
                    r.destinations(),
                    generatedAt)
                .getBytes(StandardCharsets.UTF_8);
        out.putNextEntry(new ZipEntry(PackVerifier.MANIFEST));
        out.write(json);
        out.closeEntry();
        progress.accept(++step);
      }
      return new Assembled(
          zip, Files.size(zip), PackVerifier.hex(whole.digest()), manifest.packHash());
    } catch (IOException e) {
      delete(zip);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(zip);
      throw e;
    }
  }

  /** The end-use statement of a due-diligence file, one at a time (at most 10 MB each). */
  private void endUseStatement(ZipOutputStream out, PackManifest manifest, String fileId)
      throws IOException {
    DueDiligenceDocument d;
    try {
      d = dueDiligence.document(fileId);
    } catch (RecordNotFoundException e) {
      return;
    }
    byte[] content = d.content();
    entry(
        out,
        manifest,
        "documents/end-use/" + safe(fileId) + "-" + safe(d.name()),
        o -> o.write(content));
  }

  /**
   * One annex as CSV and as XLSX from a single read of its rows. Only one ZIP entry can be open at
   * a time, so the workbook (itself a ZIP) goes to a temporary file while the CSV entry is written
   * and is copied in as the next entry; reading the rows twice could give two files that differ.
   */
  private void annex(
      ZipOutputStream out,
      PackManifest manifest,
      Annex annex,
      TenantId tenant,
      PackRequest r,
      List<String> withStatement)
      throws IOException {
    Path xlsx = Files.createTempFile("annex-" + annex.sheetName(), ".xlsx");
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(xlsx));
          XlsxSheet sheet = new XlsxSheet(file, annex.sheetName())) {
        entry(out, manifest, annex.path(), o -> rows(o, sheet, annex, tenant, r, withStatement));
      }
      entry(out, manifest, annex.xlsxPath(), o -> Files.copy(xlsx, o));
    } finally {
      delete(xlsx);
    }
  }

  /** Every row of the annex, header first, to the CSV entry and to the sheet. */
  private void rows(
      OutputStream o,
      XlsxSheet sheet,
      Annex annex,
      TenantId tenant,
      PackRequest r,
      List<String> withStatement)
      throws IOException {
    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
    w.write(CsvCells.line(annex.header()));
    sheet.row(annex.header());
    if (annex == Annex.TRAINING_RECORDS) {
      for (TrainingRecordRow t : training.recordsBetween(r.periodFrom(), r.periodTo())) {
        List<String> cells = trainingRow(t);
        w.write(CsvCells.line(cells));
        sheet.row(cells);
      }
    } else {
      sources.rows(
          tenant.value(),
          annex,
          r,
          cells -> {
            if (annex == Annex.DUE_DILIGENCE_FILES && cells.get(cells.size() - 1) != null) {
              withStatement.add(cells.get(0));
            }
            try {
              w.write(CsvCells.line(cells));
              sheet.row(cells);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    w.flush();
  }

  private static List<String> trainingRow(TrainingRecordRow t) {
    List<String> cells = new ArrayList<>();
    cells.add(t.traineeName());
    cells.add(t.traineeEmail());
    cells.add(t.role());
    cells.add(t.courseTitle());
    cells.add(t.courseKind());
    cells.add(t.completedOn() == null ? null : t.completedOn().toString());
    cells.add(t.result());
    cells.add(t.score() == null ? null : t.score().toString());
    cells.add(t.expiresOn() == null ? null : t.expiresOn().toString());
    cells.add(t.certificateSha256());
    return cells;
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes one entry, hashing and counting it on the way, and lists it in the manifest. */
  private static void entry(ZipOutputStream zip, PackManifest manifest, String path, Body body)
      throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    MessageDigest digest = PackVerifier.sha256();
    long[] size = {0};
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            digest.update((byte) b);
            size[0]++;
            zip.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            size[0] += len;
            zip.write(b, off, len);
          }
        };
    body.write(counting);
    zip.closeEntry();
    manifest.add(path, size[0], PackVerifier.hex(digest.digest()));
  }

  /** A file name usable in any ZIP tool and in the manifest's fixed shape. */
  static String safe(String name) {
    String s = name == null ? "document" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() ? "document" : s;
  }

  private static void delete(Path zip) {
    if (zip != null) {
      try {
        Files.deleteIfExists(zip);
      } catch (IOException ignored) {
        // a temporary file the OS clears anyway
      }
    }
  }
}
