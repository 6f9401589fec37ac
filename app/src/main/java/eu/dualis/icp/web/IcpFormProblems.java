package eu.dualis.icp.web;

import eu.dualis.icp.model.RecordKind;
import java.util.List;
import java.util.Map;

/** Where on the ICP page a field problem of the service is shown. */
final class IcpFormProblems {

  /** The document upload is one form, shown in the open element's section. */
  static final int DOCUMENT_FORM = -1;

  private IcpFormProblems() {}

  /** The inputs of each form, as the service names the fields (the page's ids follow them). */
  private static final Map<Integer, List<String>> INPUTS =
      Map.of(
          1,
          List.of("text", "signedByName", "signedByFunction", "signedOn", "publishedWhere"),
          2,
          List.of("person", "function", "responsibilities", "fte", "from", "to"),
          5,
          List.of(
              "auditedOn",
              "kind",
              "scope",
              "findings",
              "auditId",
              "finding",
              "description",
              "owner",
              "due",
              "doneOn"),
          6,
          List.of("policyText", "policyFrom"),
          7,
          List.of("measureKind", "description", "reviewedOn"),
          DOCUMENT_FORM,
          List.of("title", "versionLabel", "effectiveFrom", "reviewDue", "supersedes", "file"));

  /** The input a problem belongs to; null (the page's messages) when there is none. */
  static String clientId(int section, String field) {
    if (section == 6 && field.startsWith("retention.")) {
      RecordKind kind = RecordKind.valueOf(field.substring("retention.".length()));
      return "s6:kinds:" + kind.ordinal() + ":years";
    }
    String id =
        switch (field) {
          case "text" -> section == 6 ? "policyText" : "text";
          case "effectiveFrom" -> section == 6 ? "policyFrom" : "effectiveFrom";
          case "kind" -> section == 7 ? "measureKind" : "kind";
          case "contentType", "fileName", "element" -> "file";
          default -> field;
        };
    return INPUTS.getOrDefault(section, List.of()).contains(id) ? form(section) + ":" + id : null;
  }

  private static String form(int section) {
    return section == DOCUMENT_FORM ? "doc" : "s" + section;
  }
}
