package eu.dualis.exportcheck.api;

import eu.dualis.exportcheck.model.EndUseConcern;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.PartyRoleInExport;
import eu.dualis.platform.api.QueryParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One planned export as a client sends it: the lines, the parties from the party register with
 * their role, the destination country, the stated end use and any end-use concerns ticked.
 */
public record ExportCheckRequest(
    String reference,
    String destination,
    String endUse,
    List<String> concerns,
    List<Line> lines,
    List<Party> parties) {

  public record Line(String productId, BigDecimal quantity, BigDecimal value) {}

  public record Party(String partyId, String role) {}

  ExportCheckInput input() {
    List<EndUseConcern> c = new ArrayList<>();
    if (concerns != null) {
      for (int i = 0; i < concerns.size(); i++) {
        c.add(QueryParams.enumValue(EndUseConcern.class, "concerns[" + i + "]", concerns.get(i)));
      }
    }
    List<ExportCheckInput.Line> l = new ArrayList<>();
    if (lines != null) {
      lines.forEach(
          x ->
              l.add(
                  x == null
                      ? null
                      : new ExportCheckInput.Line(x.productId(), x.quantity(), x.value())));
    }
    List<ExportCheckInput.PartyRef> p = new ArrayList<>();
    if (parties != null) {
      for (int i = 0; i < parties.size(); i++) {
        Party x = parties.get(i);
        p.add(
            x == null
                ? null
                : new ExportCheckInput.PartyRef(
                    x.partyId(),
                    x.role() == null
                        ? null
                        : QueryParams.enumValue(
                            PartyRoleInExport.class, "parties[" + i + "].role", x.role())));
      }
    }
    return new ExportCheckInput(reference, destination, endUse, c, l, p);
  }
}
