package eu.dualis.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real access tokens from the Keycloak dev server (password grant, demo users). */
public final class Tokens {

  public static final String PASSWORD = "demo";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Tokens() {}

  /** A token for a demo user through {@code dualis-cli}, as the README's curl gets one. */
  public static String of(String username) {
    return fromRealm(Stack.issuer(), "dualis-cli", username, PASSWORD);
  }

  /** A token that lives two seconds ({@code dualis-test-short}). */
  public static String shortLived(String username) {
    return fromRealm(Stack.issuer(), "dualis-test-short", username, PASSWORD);
  }

  /** A valid token of the right realm for a client that does not carry the API's audience. */
  public static String withoutApiAudience(String username) {
    return fromRealm(Stack.issuer(), "admin-cli", username, PASSWORD);
  }

  /** A valid token from another realm (master): another issuer and other keys. */
  public static String fromOtherIssuer() {
    return fromRealm(
        Stack.keycloakUrl() + "/realms/master", "admin-cli", "admin", "admin-dev-only");
  }

  /** The token with one character of its payload changed: the signature no longer fits. */
  public static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"tenant\":\"acme\"", "\"tenant\":\"globex\"");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + forged + "." + parts[2];
  }

  public static JsonObject claims(String token) {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(payload)).readObject();
  }

  private static String fromRealm(String realm, String client, String username, String password) {
    String form =
        "grant_type=password&client_id="
            + enc(client)
            + "&username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&scope=openid";
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "No token for " + username + " via " + client + ": " + response.body());
      }
      return Json.createReader(new StringReader(response.body()))
          .readObject()
          .getString("access_token");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
