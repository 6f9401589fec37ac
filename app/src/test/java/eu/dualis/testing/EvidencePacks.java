package eu.dualis.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Requests evidence packs through the API, waits for them, and reads their ZIPs. */
public final class EvidencePacks {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private EvidencePacks() {}

  public static String request(
      String authority,
      LocalDate from,
      LocalDate to,
      List<String> codes,
      List<String> destinations,
      String language) {
    JsonArrayBuilder c = Json.createArrayBuilder();
    codes.forEach(c::add);
    JsonArrayBuilder d = Json.createArrayBuilder();
    destinations.forEach(d::add);
    return Json.createObjectBuilder()
        .add("authority", authority)
        .add("periodFrom", from.toString())
        .add("periodTo", to.toString())
        .add("entryCodes", c)
        .add("destinations", d)
        .add("language", language)
        .build()
        .toString();
  }

  /** Polls the pack until it is READY or FAILED (at most three minutes). */
  public static JsonObject awaitFinished(Api api, String id) {
    long until = System.currentTimeMillis() + 180_000;
    while (true) {
      Api.Reply reply = api.get("/api/v1/evidence-packs/" + id);
      String status = reply.json().getString("status");
      if (status.equals("READY") || status.equals("FAILED")) {
        return reply.json();
      }
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("Pack " + id + " not finished in time: " + reply);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A GET returning bytes (a ZIP), as the user. */
  public static HttpResponse<byte[]> download(String username, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
              .header("Authorization", "Bearer " + Tokens.of(username))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A POST of raw bytes (an uploaded document), as the user; returns the status. */
  public static int upload(String username, String path, String contentType, byte[] body) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                  .header("Authorization", "Bearer " + Tokens.of(username))
                  .header("Content-Type", contentType)
                  .header("Accept", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new IllegalStateException("not a ZIP", e);
    }
    return entries;
  }
}
