package eu.dualis.training.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Stack;
import eu.dualis.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What the training API tests share: the users, and courses, trainees, requirements and records
 * created through the API. Every test uses its own role, course titles and e-mails, since the demo
 * tenants are shared.
 */
abstract class TrainingApiFixtures {

  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  final Api officer = Api.as("officer@acme.test");
  final Api auditor = Api.as("auditor@acme.test");
  final Api sales = Api.as("sales@acme.test");
  final Api globex = Api.as("officer@globex.test");

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  String course(String title, Integer validityMonths) {
    Reply r =
        officer.post(
            "/api/v1/courses",
            "{\"title\":\""
                + title
                + "\",\"kind\":\"awareness\",\"validityMonths\":"
                + validityMonths
                + ",\"owner\":\"Export control officer\",\"description\":\"Dual-use basics\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  String trainee(String name, String email, String role) {
    Reply r =
        officer.post(
            "/api/v1/trainees",
            "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  String require(String role, String courseId) {
    Reply r =
        officer.post(
            "/api/v1/course-requirements",
            "{\"role\":\"" + role + "\",\"courseId\":\"" + courseId + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  Reply record(String traineeId, String courseId, LocalDate on, String result) {
    return officer.post(
        "/api/v1/training-records",
        "{\"traineeId\":\""
            + traineeId
            + "\",\"courseId\":\""
            + courseId
            + "\",\"completedOn\":\""
            + on
            + "\",\"result\":\""
            + result
            + "\",\"score\":80}");
  }

  String recorded(String traineeId, String courseId, LocalDate on, String result) {
    Reply r = record(traineeId, courseId, on, result);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  static JsonObject roleTotals(JsonObject matrix, String role) {
    return matrix.getJsonArray("byRole").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> role.equals(t.getString("role")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no totals for role " + role + " in " + matrix));
  }

  /** A download as a browser asks for it, without the JSON client's Accept header. */
  static HttpResponse<String> download(String user, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                  .header("Authorization", "Bearer " + Tokens.of(user))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<String> fields(Reply problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
