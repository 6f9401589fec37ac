package eu.dualis.tenants.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The few calls of Keycloak's Admin REST API that provisioning needs, made with the
 * client-credentials grant of a service-account client ({@code dualis-provisioner}).
 *
 * <p>Why not keycloak-admin-client: it brings its own RESTEasy client, a second JAX-RS
 * implementation beside Liberty's inside the WAR. Five HTTP calls do not justify that.
 */
public class KeycloakAdmin {

  /**
   * @param realmUrl the realm's URL as the server reaches it, e.g. {@code
   *     http://localhost:8180/realms/dualis}
   */
  public record Config(URI realmUrl, String clientId, String clientSecret) {}

  private final Config config;
  private final URI adminUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public KeycloakAdmin(Config config) {
    this.config = config;
    String realm = config.realmUrl().toString().replaceAll("/+$", "");
    this.adminUrl = URI.create(realm.replace("/realms/", "/admin/realms/"));
  }

  /** Finds the organization by alias, or creates it. */
  public String ensureOrganization(String alias, String name, String domain) {
    String token = token();
    Optional<String> existing = findOrganization(token, alias);
    if (existing.isPresent()) {
      return existing.get();
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("alias", alias)
            .add("enabled", true)
            .add(
                "domains",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", domain)))
            .build();
    HttpResponse<String> created = send(token, "POST", "/organizations", body);
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw failure("create organization " + alias, created);
    }
    return findOrganization(token, alias)
        .orElseThrow(() -> new IllegalStateException("Organization " + alias + " not found"));
  }

  /** Whether a user with this username exists. */
  public boolean userExists(String username) {
    return findUser(token(), username).isPresent();
  }

  /**
   * Creates a user with a temporary password (Keycloak asks for a new one at first login), the
   * {@code tenant} attribute, the given realm role and membership of the organization.
   */
  public void createUser(
      String username, String tenant, String realmRole, String organizationId, String password) {
    String token = token();
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", username)
            .add("emailVerified", true)
            .add("enabled", true)
            .add(
                "attributes",
                Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(tenant)))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", true)))
            .build();
    HttpResponse<String> created = send(token, "POST", "/users", user);
    if (created.statusCode() != 201) {
      throw failure("create user " + username, created);
    }
    String userId =
        findUser(token, username)
            .orElseThrow(() -> new IllegalStateException("User " + username + " not found"));
    HttpResponse<String> role = send(token, "GET", "/roles/" + encode(realmRole), null);
    if (role.statusCode() != 200) {
      throw failure("read realm role " + realmRole, role);
    }
    JsonArray roles = Json.createArrayBuilder().add(parse(role.body())).build();
    HttpResponse<String> mapped =
        send(token, "POST", "/users/" + userId + "/role-mappings/realm", roles);
    if (mapped.statusCode() != 204) {
      throw failure("grant " + realmRole + " to " + username, mapped);
    }
    HttpResponse<String> member =
        send(
            token,
            "POST",
            "/organizations/" + organizationId + "/members",
            Json.createValue(userId));
    if (member.statusCode() != 201 && member.statusCode() != 409) {
      throw failure("add " + username + " to organization", member);
    }
  }

  private Optional<String> findOrganization(String token, String alias) {
    HttpResponse<String> found =
        send(token, "GET", "/organizations?briefRepresentation=true&max=1000&search=", null);
    if (found.statusCode() != 200) {
      throw failure("list organizations", found);
    }
    return parse(found.body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(org -> alias.equals(org.getString("alias", null)))
        .map(org -> org.getString("id"))
        .findFirst();
  }

  private Optional<String> findUser(String token, String username) {
    HttpResponse<String> found =
        send(token, "GET", "/users?exact=true&username=" + encode(username), null);
    if (found.statusCode() != 200) {
      throw failure("find user " + username, found);
    }
    return parse(found.body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(user -> user.getString("id"))
        .findFirst();
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(config.clientId())
            + "&client_secret="
            + encode(config.clientSecret() == null ? "" : config.clientSecret());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(config.realmUrl() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() != 200) {
      throw failure("obtain a provisioning token as " + config.clientId(), response);
    }
    return parse(response.body()).asJsonObject().getString("access_token");
  }

  private HttpResponse<String> send(String token, String method, String path, JsonValue body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(adminUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return exchange(request.build());
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling Keycloak", e);
    }
  }

  private static JsonStructure parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }

  private static IllegalStateException failure(String what, HttpResponse<String> response) {
    return new IllegalStateException(
        "Keycloak refused to " + what + ": HTTP " + response.statusCode() + " " + response.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
