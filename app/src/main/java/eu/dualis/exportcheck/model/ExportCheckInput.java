package eu.dualis.exportcheck.model;

import java.math.BigDecimal;
import java.util.List;

/** What the user states about one planned export. Validated by the service before any check. */
public record ExportCheckInput(
    String reference,
    String destination,
    String endUse,
    List<EndUseConcern> concerns,
    List<Line> lines,
    List<PartyRef> parties) {

  public ExportCheckInput {
    concerns = concerns == null ? List.of() : List.copyOf(concerns);
    lines = lines == null ? List.of() : List.copyOf(lines);
    parties = parties == null ? List.of() : List.copyOf(parties);
  }

  /** One line of the export: a product, how many and their value in euro. */
  public record Line(String productId, BigDecimal quantity, BigDecimal value) {}

  /** A party of the export register and the part it plays in this export. */
  public record PartyRef(String partyId, PartyRoleInExport role) {}

  public List<String> partyIds() {
    return parties.stream().map(PartyRef::partyId).toList();
  }

  public List<String> productIds() {
    return lines.stream().map(Line::productId).toList();
  }
}
