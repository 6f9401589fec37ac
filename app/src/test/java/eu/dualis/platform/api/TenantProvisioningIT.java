package eu.dualis.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.tenants.provisioning.ProvisionTenantCommand;
import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/tenants against the real Keycloak and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantProvisioningIT {

  private final Api platform = Api.as("platform@dualis.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void provisionsATenantOnceAndReportsItExistsTheSecondTime() throws Exception {
    String id = "t" + UUID.randomUUID().toString().substring(0, 8);
    String admin = "admin@" + id + ".test";
    String body =
        "{\"id\":\""
            + id
            + "\",\"displayName\":\"Initech "
            + id
            + "\",\"adminEmail\":\""
            + admin
            + "\"}";

    Reply first = platform.post("/api/v1/tenants", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getBoolean("created")).isTrue();
    String password = first.string("oneTimePassword");
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);

    // The admin exists in Keycloak with that password, which must be changed at first login.
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(Stack.issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=dualis-cli&username="
                                + admin
                                + "&password="
                                + password))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.body()).contains("Account is not fully set up");

    Reply second = platform.post("/api/v1/tenants", body);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().getBoolean("created")).isFalse();
    assertThat(second.json().get("oneTimePassword")).isIn(null, jakarta.json.JsonValue.NULL);
    assertThat(second.string("message")).contains("already exists");
  }

  @Test
  void invalidRequestsNameTheirFieldsAndCreateNothing() {
    Reply reply =
        platform.post(
            "/api/v1/tenants", "{\"id\":\"Bad Id\",\"displayName\":\"\",\"adminEmail\":\"x\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(
            reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("id", "displayName", "adminEmail");
    assertThat(platform.post("/api/v1/tenants", "not json").status()).isEqualTo(400);
  }

  @Test
  void onlyPlatformAdminsProvision() {
    String body = "{\"id\":\"sneaky\",\"displayName\":\"Sneaky\",\"adminEmail\":\"a@sneaky.test\"}";
    assertThat(Api.as("admin@acme.test").post("/api/v1/tenants", body).status()).isEqualTo(403);
    assertThat(Api.anonymous().post("/api/v1/tenants", body).status()).isEqualTo(401);
  }

  @Test
  void theCommandLineProvisionsIdempotentlyToo() {
    String id = "c" + UUID.randomUUID().toString().substring(0, 8);
    String[] args = {id, "Cyberdyne " + id, "admin@" + id + ".test"};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int first =
        ProvisionTenantCommand.run(
            args, System.getenv(), new java.io.PrintStream(out), new java.io.PrintStream(err));
    assertThat(first).as(err.toString()).isZero();
    assertThat(out.toString()).contains("created").contains("One-time password");

    out.reset();
    int second =
        ProvisionTenantCommand.run(
            args, System.getenv(), new java.io.PrintStream(out), new java.io.PrintStream(err));
    assertThat(second).isZero();
    assertThat(out.toString()).contains("already exists").doesNotContain("One-time password");

    assertThat(
            ProvisionTenantCommand.run(
                new String[] {"Bad Id", "", "x"},
                System.getenv(),
                new java.io.PrintStream(out),
                new java.io.PrintStream(err)))
        .isEqualTo(2);
    assertThat(err.toString()).contains("invalid id").contains("invalid adminEmail");
  }
}
