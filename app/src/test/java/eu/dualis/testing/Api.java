package eu.dualis.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A small JSON client for the API of the running test server. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String token;

  private Api(String token) {
    this.token = token;
  }

  public static Api as(String username) {
    return new Api(Tokens.of(username));
  }

  public static Api withToken(String token) {
    return new Api(token);
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public Reply get(String path) {
    return send("GET", path, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json);
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null);
  }

  /** POSTs a file body with its own content type. */
  public Reply upload(String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build(), "POST " + path);
  }

  public Reply send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.appUrl() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (path.startsWith("/api/")) {
      request.header("Accept", "application/json");
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(request.build(), method + " " + path);
  }

  private static Reply exchange(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(what + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer with its body parsed on demand. */
  public record Reply(int status, String body, String contentType, Optional<String> location) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    public String string(String name) {
      return json().getString(name);
    }

    public JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** JSON text for a product with the given part number; other fields fixed. */
  public static String product(String name, String partNumber) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("partNumber", partNumber)
        .add("manufacturer", "Acme Optics")
        .add("cnCode", "9013 20 00")
        .add("description", "Test item")
        .build()
        .toString();
  }

  public static String withVersion(JsonObject product, String name, long version) {
    return Json.createObjectBuilder(product)
        .add("name", name)
        .add("version", version)
        .build()
        .toString();
  }

  public static boolean containsId(JsonArray items, String id) {
    return items.stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(item -> id.equals(item.getString("id")));
  }
}
