package eu.dualis.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, OpenAPI and metrics as an operator uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuntimeEndpointsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void readinessReportsDatabaseAndIdentityProvider() {
    Reply ready = Api.anonymous().get("/health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"identity-provider\"");
    assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
  }

  @Test
  void openApiDescribesTheProductsApi() {
    Reply openapi = Api.anonymous().send("GET", "/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/products").contains("/api/v1/audit-events");
    assertThat(Api.anonymous().get("/openapi/ui/").status()).isEqualTo(200);
  }

  @Test
  void metricsAreServed() {
    Reply metrics = Api.anonymous().send("GET", "/metrics", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm");
  }

  @Test
  void unknownApiPathsAreProblemDetails() {
    Reply reply = Api.as("officer@acme.test").get("/api/v1/nothing-here");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.isProblem()).isTrue();
  }
}
