package eu.dualis.icp.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;

/**
 * What the ICP API tests share: the users, and records of the elements built and sent through the
 * API.
 */
abstract class IcpApiFixtures {

  static final String PDF = "%PDF-1.4\n% an ICP procedure\n";

  final Api officer = Api.as("officer@acme.test");
  final Api auditor = Api.as("auditor@acme.test");
  final Api sales = Api.as("sales@acme.test");
  final Api otherTenant = Api.as("officer@globex.test");

  static String unique(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  JsonObject element(String on, int number) {
    Reply reply = officer.get("/api/v1/icp/elements?on=" + on);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject e = ((JsonArray) reply.parse()).getJsonObject(number - 1);
    assertThat(e.getInt("number")).isEqualTo(number);
    return e;
  }

  static void assertStatus(JsonObject e, boolean complete, boolean current) {
    assertThat(e.getBoolean("complete")).as("complete: " + e).isEqualTo(complete);
    assertThat(e.getBoolean("current")).as("current: " + e).isEqualTo(current);
  }

  JsonObject created(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  static String commitment(String text, String signedOn) {
    return "{\"text\":\""
        + text
        + "\",\"signedByName\":\"J. Board\",\"signedByFunction\":\"Ausfuhrverantwortlicher\","
        + "\"signedOn\":\""
        + signedOn
        + "\",\"publishedWhere\":\"Intranet and notice board\"}";
  }

  static String role(String function, String from, String to) {
    return "{\"person\":\""
        + unique("Person")
        + "\",\"function\":\""
        + function
        + "\",\"responsibilities\":\"Classification and licences\",\"fte\":\"0.8\",\"from\":\""
        + from
        + "\""
        + (to == null ? "" : ",\"to\":\"" + to + "\"")
        + "}";
  }

  Reply upload(Api as, String element, String effectiveFrom, String type, String body) {
    return as.upload(
        "/api/v1/icp/documents?element="
            + element
            + "&title=Procedure&versionLabel=1.0&effectiveFrom="
            + effectiveFrom
            + "&reviewDue=2030-01-01&fileName=procedure.pdf",
        type,
        body);
  }

  static String policy(int screeningYears, String from) {
    return "{\"text\":\"All export records are kept.\",\"retention\":{\"SCREENINGS\":"
        + screeningYears
        + ",\"LICENCES\":10},\"effectiveFrom\":\""
        + from
        + "\"}";
  }

  static boolean containsId(Reply reply, String id) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ((JsonArray) reply.parse())
        .stream().map(JsonValue::asJsonObject).anyMatch(o -> id.equals(o.getString("id")));
  }
}
