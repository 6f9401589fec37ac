package eu.dualis.testing;

/** Small control lists for tests, imported through the API as the platform admin. */
public final class ControlLists {

  /** A curated CSV list in the shape of Annex I (code,parent,text). */
  public static final String V1 =
      """
      code,parent,text
      5A002,,"Systems, equipment and components for information security, as follows:"
      5A002.a,5A002,"Designed or modified to use 'cryptography for data confidentiality':"
      5A002.a.1,5A002.a,Items having 'information security' as a primary function;
      5A002.a.2,5A002.a,"Digital communication or networking systems, equipment or components"
      5A001,,"Telecommunications systems, equipment, components and accessories, as follows:"
      5A001.j,5A001,"Internet Protocol (IP) network communications surveillance systems"
      4A005,,"Systems, equipment, and components therefor, specially designed or modified for the generation, command and control, or delivery of 'intrusion software'."
      """;

  /** V1 with 5A002.a.2 removed, 5A002.a.1 reworded and 5A004 added. */
  public static final String V2 =
      """
      code,parent,text
      5A002,,"Systems, equipment and components for information security, as follows:"
      5A002.a,5A002,"Designed or modified to use 'cryptography for data confidentiality':"
      5A002.a.1,5A002.a,Items having 'information security' or 'cryptanalysis' as a primary function;
      5A001,,"Telecommunications systems, equipment, components and accessories, as follows:"
      5A001.j,5A001,"Internet Protocol (IP) network communications surveillance systems"
      4A005,,"Systems, equipment, and components therefor, specially designed or modified for the generation, command and control, or delivery of 'intrusion software'."
      5A004,,"Systems, equipment and components for defeating, weakening or bypassing 'information security'"
      """;

  private ControlLists() {}

  /** Imports a CSV (idempotent: the same content returns the same version) and returns its id. */
  public static String importCsv(String csv) {
    Api.Reply reply =
        Api.as("platform@dualis.test").upload("/api/v1/control-lists", "text/csv", csv);
    if (reply.status() != 201 && reply.status() != 200) {
      throw new IllegalStateException("Import failed: " + reply);
    }
    return reply.json().getJsonObject("version").getString("id");
  }
}
