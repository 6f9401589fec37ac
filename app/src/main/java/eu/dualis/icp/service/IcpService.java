package eu.dualis.icp.service;

import eu.dualis.icp.model.IcpElement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** TEMP stub of the ICP contract; the ICP branch brings the real one. */
@ApplicationScoped
public class IcpService {

  public List<ElementStatus> elements(LocalDate on, ElementFacts facts) {
    List<ElementStatus> all = new ArrayList<>();
    for (IcpElement e : IcpElement.values()) {
      all.add(new ElementStatus(e.ordinal() + 1, e, false, false, List.of("stub"), List.of()));
    }
    return all;
  }

  public List<IcpDocumentRef> documentsInForce(LocalDate on) {
    return List.of();
  }

  public byte[] documentContent(String documentId) {
    return new byte[0];
  }

  public record ElementFacts(
      int trainingRequiredCells,
      int trainingCurrentCells,
      int trainingOverdueCells,
      long screeningsLast12Months,
      long exportChecksLast12Months) {}

  public record ElementStatus(
      int number,
      IcpElement element,
      boolean complete,
      boolean current,
      List<String> missing,
      List<EvidenceLine> evidence) {}

  public record EvidenceLine(String label, String text, LocalDate date, String documentId) {}

  public record IcpDocumentRef(
      String id,
      IcpElement element,
      String title,
      String versionLabel,
      String fileName,
      String contentType,
      String sha256,
      long size) {}
}
