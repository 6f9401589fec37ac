package eu.dualis.duediligence.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Parties, products and due-diligence files made through the API for the tests. */
final class DueDiligenceFixtures {

  static final String BASE = "/api/v1/due-diligence";
  static final byte[] PDF_BYTES =
      "%PDF-1.4\n% end-use statement\n".getBytes(StandardCharsets.US_ASCII);

  private DueDiligenceFixtures() {}

  /** JSON-B leaves null fields out. */
  static boolean absent(JsonObject json, String key) {
    return !json.containsKey(key) || json.isNull(key);
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String party(Api api, String role, String name, String country) {
    String json =
        Json.createObjectBuilder()
            .add("role", role)
            .add("type", "ORGANISATION")
            .add("name", name)
            .add("country", country)
            .build()
            .toString();
    Reply r = api.post("/api/v1/parties", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  static String product(Api api) {
    String part = "DD-" + suffix();
    Reply r = api.post("/api/v1/products", Api.product("Video analytics server " + part, part));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  /** Every flag of the catalogue answered ABSENT, except the one given. */
  static JsonArrayBuilder flags(Api api, String code, String answer, String evidence) {
    JsonArrayBuilder flags = Json.createArrayBuilder();
    for (JsonValue v : api.get(BASE + "/red-flags").parse().asJsonArray()) {
      String c = v.asJsonObject().getString("code");
      JsonObjectBuilder f = Json.createObjectBuilder().add("code", c);
      if (c.equals(code)) {
        f.add("answer", answer);
        if (evidence != null) {
          f.add("evidence", evidence);
        }
      } else {
        f.add("answer", "ABSENT");
      }
      flags.add(f);
    }
    return flags;
  }

  static JsonObjectBuilder file(String endUser, String consignee, String product) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("exportCheckId", "check-" + suffix())
            .add("endUserPartyId", endUser)
            .add("productIds", Json.createArrayBuilder().add(product))
            .add("destination", "ae")
            .add("item", "Video analytics server with licence-plate recognition")
            .add("statedEndUse", "Traffic management of the city of Dubai");
    if (consignee != null) {
      b.add("consigneePartyId", consignee);
    }
    return b;
  }

  static String open(Api api, String endUser, String product) {
    Reply r = api.post(BASE, file(endUser, null, product).build().toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }
}
