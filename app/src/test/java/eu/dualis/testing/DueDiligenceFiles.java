package eu.dualis.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A due-diligence file taken through the API as two officers would: opened for an end user and a
 * product, completed (every red flag answered), decided by one officer and approved by another.
 */
public final class DueDiligenceFiles {

  private static final String BASE = "/api/v1/due-diligence";

  private DueDiligenceFiles() {}

  /** Returns the approved file's id; {@code decision} is PROCEED, NOTIFY_AUTHORITY or REFUSE. */
  public static String approved(
      String officer,
      String reviewer,
      String exportCheckId,
      String endUser,
      String product,
      String destination,
      String decision) {
    Api api = Api.as(officer);
    String body =
        Json.createObjectBuilder()
            .add("exportCheckId", exportCheckId)
            .add("endUserPartyId", endUser)
            .add("productIds", Json.createArrayBuilder().add(product))
            .add("destination", destination)
            .add("item", "Video analytics server; face matching can be switched on")
            .add("statedEndUse", "Counting visitors in shopping malls")
            .build()
            .toString();
    Api.Reply opened = api.post(BASE, body);
    expect(opened, 201);
    String id = opened.string("id");
    JsonArrayBuilder flags = Json.createArrayBuilder();
    for (JsonValue v : api.get(BASE + "/red-flags").parse().asJsonArray()) {
      flags.add(
          Json.createObjectBuilder()
              .add("code", v.asJsonObject().getString("code"))
              .add("answer", "ABSENT"));
    }
    JsonObject current = api.get(BASE + "/" + id).json();
    String completed =
        Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body)).readObject())
            .add("redFlags", flags)
            .add("riskLevel", "LOW")
            .add("riskAssessment", "Retail chain, civil use verified by a site visit")
            .add("mitigations", "Face matching disabled by licence key; re-export clause signed")
            .add("version", current.getJsonNumber("version"))
            .build()
            .toString();
    expect(api.put(BASE + "/" + id, completed), 200);
    expect(
        api.post(
            BASE + "/" + id + "/decision",
            "{\"decision\":\"" + decision + "\",\"rationale\":\"After the site visit\"}"),
        200);
    expect(Api.as(reviewer).post(BASE + "/" + id + "/approval", "{}"), 200);
    return id;
  }

  private static void expect(Api.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + ": " + reply);
    }
  }
}
