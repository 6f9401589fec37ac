package eu.dualis.duediligence.web;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.Map;

/** Shows the service's field problems next to the inputs of the due-diligence form. */
final class FormProblems {

  private static final Map<String, String> INPUTS =
      Map.ofEntries(
          Map.entry("endUserPartyId", "dd:endUser"),
          Map.entry("consigneePartyId", "dd:consignee"),
          Map.entry("productIds", "dd:products"),
          Map.entry("destination", "dd:destination"),
          Map.entry("exportCheckId", "dd:exportCheck"),
          Map.entry("item", "dd:item"),
          Map.entry("statedEndUse", "dd:statedEndUse"),
          Map.entry("riskLevel", "dd:riskLevel"),
          Map.entry("riskAssessment", "dd:riskAssessment"),
          Map.entry("mitigations", "dd:mitigations"),
          Map.entry("decision", "decide:decision"),
          Map.entry("rationale", "decide:rationale"),
          Map.entry("reason", "approval:return-reason"),
          Map.entry("name", "upload:file"),
          Map.entry("contentType", "upload:file"),
          Map.entry("document", "upload:file"));

  private FormProblems() {}

  static void show(List<FieldProblem> problems, List<FlagRow> flags) {
    for (FieldProblem p : problems) {
      FacesMessages.plain(clientId(p.field(), flags), FacesMessage.SEVERITY_ERROR, p.message());
    }
  }

  /** The input a field belongs to; null (the page) when there is none. */
  static String clientId(String field, List<FlagRow> flags) {
    if (field.startsWith("redFlags.")) {
      String code = field.substring("redFlags.".length()).replace(".evidence", "");
      for (int i = 0; i < flags.size(); i++) {
        if (flags.get(i).getCode().equals(code)) {
          return "dd:flags:" + i + (field.endsWith(".evidence") ? ":evidence" : ":answer");
        }
      }
      return null;
    }
    return INPUTS.get(field);
  }
}
