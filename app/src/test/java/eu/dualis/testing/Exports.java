package eu.dualis.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.UUID;

/**
 * Builds what an export check needs through the API, as a tenant's officers would: a product with
 * an approved classification (two officers), parties in the register, and the check's request.
 */
public final class Exports {

  private Exports() {}

  /**
   * A product classified and approved (officer drafts, reviewer approves) as listed under codes.
   */
  public static String listedProduct(String officer, String reviewer, String... codes) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String c : codes) {
      array.add(c);
    }
    return classified(
        officer,
        reviewer,
        Json.createObjectBuilder()
            .add("outcome", "LISTED")
            .add("entryCodes", array)
            .add("cyberSurveillance", "NO")
            .add("rationale", "Primary function is information security; entry applies."));
  }

  /** A product classified as not listed, relevant to Art. 5 (cyber-surveillance) or not. */
  public static String notListedProduct(String officer, String reviewer, boolean art5Relevant) {
    return classified(
        officer,
        reviewer,
        Json.createObjectBuilder()
            .add("outcome", "NOT_LISTED")
            .add("notListedReason", "Below the 5A002 thresholds; no Annex I entry applies.")
            .add("cyberSurveillance", art5Relevant ? "ART5_RELEVANT" : "NO")
            .add("rationale", "Video analytics software; face matching can be enabled."));
  }

  /** A product nobody has classified yet. */
  public static String unclassifiedProduct(String officer) {
    String part = "EXP-" + UUID.randomUUID().toString().substring(0, 8);
    return Api.as(officer).post("/api/v1/products", Api.product("Unit " + part, part)).string("id");
  }

  private static String classified(
      String officer, String reviewer, jakarta.json.JsonObjectBuilder body) {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = unclassifiedProduct(officer);
    Api.Reply draft =
        Api.as(officer)
            .post(
                "/api/v1/products/" + product + "/classifications",
                body.add("controlListVersionId", version).build().toString());
    if (draft.status() != 201) {
      throw new IllegalStateException("classification refused: " + draft);
    }
    Api.Reply approved =
        Api.as(reviewer).post("/api/v1/classifications/" + draft.string("id") + "/approve", "");
    if (approved.status() != 200) {
      throw new IllegalStateException("approval refused: " + approved);
    }
    return product;
  }

  /** A party in the register; a made-up company name that no sanctions list holds. */
  public static String party(String officer, String role, String name, String country) {
    String body =
        Json.createObjectBuilder()
            .add("role", role)
            .add("type", "ORGANISATION")
            .add("name", name)
            .add("country", country)
            .add("reference", "C-" + UUID.randomUUID().toString().substring(0, 8))
            .build()
            .toString();
    Api.Reply reply = Api.as(officer).post("/api/v1/parties", body);
    if (reply.status() != 201) {
      throw new IllegalStateException("party refused: " + reply);
    }
    return reply.string("id");
  }

  /** A check request with one line per product (quantity 2, value 1,000 euro each). */
  public static String request(
      String destination, String endUse, String endUserId, String... productIds) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (String p : productIds) {
      lines.add(
          Json.createObjectBuilder().add("productId", p).add("quantity", 2).add("value", 1000));
    }
    return Json.createObjectBuilder()
        .add("reference", "SO-" + UUID.randomUUID().toString().substring(0, 8))
        .add("destination", destination)
        .add("endUse", endUse)
        .add("lines", lines)
        .add(
            "parties",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("partyId", endUserId).add("role", "END_USER")))
        .build()
        .toString();
  }
}
