package eu.dualis.screening.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parties are screened when created and changed; the worklist decides their hits; a false positive
 * is remembered until the party or the entry changes; a true match blocks. Another tenant sees none
 * of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartyApiIT {

  private final Api officer = Api.as("officer@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String party(String name, String country, String reference) {
    return "{\"role\":\"END_USER\",\"type\":\"PERSON\",\"name\":\""
        + name
        + "\",\"country\":\""
        + country
        + "\",\"address\":\"Avenue 1, Goma\",\"reference\":\""
        + reference
        + "\"}";
  }

  private static String ref() {
    return "C-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Reply create(String name, String country) {
    Reply reply = officer.post("/api/v1/parties", party(name, country, ref()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  private JsonObject openHitOf(String partyId) {
    var hits = officer.get("/api/v1/hits?partyId=" + partyId).items();
    assertThat(hits).as("open hits of party " + partyId).hasSize(1);
    return hits.getJsonObject(0);
  }

  @Test
  void aListedPartyGoesToTheWorklistAndAFalsePositiveIsRememberedUntilItChanges() {
    Reply created = create("Germain Katanga", "CD");
    JsonObject party = created.json();
    String id = party.getString("id");
    assertThat(party.getString("status")).isEqualTo("POTENTIAL_MATCH");
    assertThat(party.getJsonObject("lastScreening").getString("status"))
        .isEqualTo("POTENTIAL_MATCH");
    JsonObject hit = openHitOf(id);
    assertThat(hit.getString("listReference")).isEqualTo("CDi.006");

    Reply noReason =
        officer.post(
            "/api/v1/hits/" + hit.getString("id") + "/decision",
            "{\"outcome\":\"FALSE_POSITIVE\",\"justification\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.toString()).contains("justification");

    Reply decided =
        officer.post(
            "/api/v1/hits/" + hit.getString("id") + "/decision",
            "{\"outcome\":\"FALSE_POSITIVE\",\"justification\":\"Our customer is a shopkeeper in"
                + " Goma born 1990, not the militia leader born 1978.\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.json().getJsonObject("decision").getString("outcome"))
        .isEqualTo("FALSE_POSITIVE");
    assertThat(decided.json().getJsonObject("decision").getString("decidedBy"))
        .isEqualTo("officer@acme.test");
    assertThat(officer.get("/api/v1/parties/" + id).string("status")).isEqualTo("CLEAR");
    Reply twice =
        officer.post(
            "/api/v1/hits/" + hit.getString("id") + "/decision",
            "{\"outcome\":\"TRUE_MATCH\",\"justification\":\"changed my mind\"}");
    assertThat(twice.status()).isEqualTo(409);

    // A change that screening does not look at: the decision still answers the entry.
    JsonObject current = officer.get("/api/v1/parties/" + id).json();
    Reply moved =
        officer.put(
            "/api/v1/parties/" + id,
            "{\"role\":\"END_USER\",\"type\":\"PERSON\",\"name\":\"Germain Katanga\","
                + "\"country\":\"CD\",\"address\":\"Rue 9, Bukavu\",\"version\":"
                + current.getJsonNumber("version")
                + "}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    JsonObject rescreened = moved.json().getJsonObject("lastScreening");
    assertThat(rescreened.getString("status")).isEqualTo("CLEAR");
    assertThat(rescreened.getInt("suppressedCount")).isGreaterThanOrEqualTo(1);
    assertThat(rescreened.getJsonArray("hits").getJsonObject(0).getString("suppressedBy"))
        .isEqualTo(decided.json().getJsonObject("decision").getString("id"));
    assertThat(officer.get("/api/v1/hits?partyId=" + id).items()).isEmpty();
    assertThat(moved.json().getString("status")).isEqualTo("CLEAR");

    // A change that screening does look at: asked again.
    Reply born =
        officer.put(
            "/api/v1/parties/" + id,
            "{\"role\":\"END_USER\",\"type\":\"PERSON\",\"name\":\"Germain Katanga\","
                + "\"country\":\"CD\",\"dateOfBirth\":\"1978-04-28\",\"version\":"
                + moved.json().getJsonNumber("version")
                + "}");
    assertThat(born.status()).as(born.toString()).isEqualTo(200);
    assertThat(born.json().getString("status")).isEqualTo("POTENTIAL_MATCH");
    assertThat(openHitOf(id).getString("listReference")).isEqualTo("CDi.006");
  }

  @Test
  void aTrueMatchBlocksTheParty() {
    String id = create("Eric Badege", "CD").string("id");
    JsonObject hit = openHitOf(id);
    Reply decided =
        officer.post(
            "/api/v1/hits/" + hit.getString("id") + "/decision",
            "{\"outcome\":\"TRUE_MATCH\",\"justification\":\"Same person: UN CDi.001.\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(officer.get("/api/v1/parties/" + id).string("status")).isEqualTo("BLOCKED");
    var audit = officer.get("/api/v1/audit-events?recordId=" + id + "&size=50");
    assertThat(audit.toString()).contains("BLOCKED");
  }

  @Test
  void anUnlistedPartyIsClearAndCannotBeDeleted() {
    Reply created = create("Wilhelmina Oosterhuis", "NL");
    assertThat(created.string("status")).isEqualTo("CLEAR");
    Reply delete = officer.delete("/api/v1/parties/" + created.string("id"));
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.string("detail")).contains("Art. 27");
  }

  @Test
  void csvImportIsAllOrNothingAndNamesEachBadLineAndField() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String bad =
        "role,type,name,country,date_of_birth\n"
            + "CUSTOMER,ORGANISATION,Good Trading "
            + marker
            + ",DE,\n"
            + "WIZARD,ORGANISATION,Bad Role "
            + marker
            + ",DE,\n"
            + "CUSTOMER,PERSON,,Germany,1990-02-30\n";
    Reply refused = officer.upload("/api/v1/parties/import", "text/csv", bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(
            refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder(
            "line 3: role", "line 4: name", "line 4: country", "line 4: dateOfBirth");
    assertThat(officer.get("/api/v1/parties?q=" + marker).items()).isEmpty();

    String good =
        "role,type,name,country,identifiers,reference\n"
            + "CUSTOMER,ORGANISATION,Good Trading "
            + marker
            + ",DE,HRB 1234,R1\n"
            + "END_USER,PERSON,Germain Katanga,CD,,R2-"
            + marker
            + "\n";
    Reply imported = officer.upload("/api/v1/parties/import", "text/csv", good);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.json().getInt("imported")).isEqualTo(2);
    assertThat(imported.json().getInt("potentialMatches")).isEqualTo(1);
  }

  @Test
  void anotherTenantCanNeitherReadListChangeNorDecide() {
    String id = create("Germain Katanga", "CD").string("id");
    String hitId = openHitOf(id).getString("id");
    String none = "00000000-0000-0000-0000-000000000000";

    Reply read = otherTenant.get("/api/v1/parties/" + id);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.string("detail").replace(id, "ID"))
        .isEqualTo(otherTenant.get("/api/v1/parties/" + none).string("detail").replace(none, "ID"));
    assertThat(Api.containsId(otherTenant.get("/api/v1/parties?size=200").items(), id)).isFalse();
    assertThat(
            otherTenant.get("/api/v1/parties?q=Katanga&size=200").items().stream()
                .map(v -> v.asJsonObject().getString("id")))
        .doesNotContain(id);
    assertThat(
            otherTenant
                .put(
                    "/api/v1/parties/" + id,
                    party("Someone Else", "DE", "x").replace("}", ",\"version\":0}"))
                .status())
        .isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/hits/" + hitId).status()).isEqualTo(404);
    assertThat(Api.containsId(otherTenant.get("/api/v1/hits?size=200").items(), hitId)).isFalse();
    assertThat(
            otherTenant
                .post(
                    "/api/v1/hits/" + hitId + "/decision",
                    "{\"outcome\":\"FALSE_POSITIVE\",\"justification\":\"not ours\"}")
                .status())
        .isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/screenings?partyId=" + id).items()).isEmpty();
    // Untouched for its own tenant.
    assertThat(officer.get("/api/v1/hits/" + hitId).string("status")).isEqualTo("OPEN");
  }

  @Test
  void salesReadPartiesButOnlyOfficersWriteAndDecide() {
    Api salesUser = Api.as("sales@acme.test");
    assertThat(salesUser.get("/api/v1/parties").status()).isEqualTo(200);
    assertThat(salesUser.post("/api/v1/parties", party("X Y", "DE", "r")).status()).isEqualTo(403);
    assertThat(salesUser.get("/api/v1/hits").status()).isEqualTo(403);
  }
}
