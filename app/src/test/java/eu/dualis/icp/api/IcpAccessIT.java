package eu.dualis.icp.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers write, auditors read, sales staff see nothing; evidence is never deleted (Art. 27);
 * another tenant can neither read, list, change nor learn of the records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IcpAccessIT extends IcpApiFixtures {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void officersWriteAuditorsReadSalesNothingAndEvidenceIsNeverDeleted() {
    JsonObject s =
        created(
            officer.post("/api/v1/icp/commitments", commitment(unique("Rights"), "2010-01-01")));
    assertThat(auditor.get("/api/v1/icp/commitments").status()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/icp/elements").status()).isEqualTo(200);
    assertThat(auditor.post("/api/v1/icp/commitments", commitment("x", "2010-01-01")).status())
        .isEqualTo(403);
    assertThat(sales.get("/api/v1/icp/elements").status()).isEqualTo(403);
    assertThat(sales.get("/api/v1/icp/commitments").status()).isEqualTo(403);

    Reply delete = officer.delete("/api/v1/icp/commitments/" + s.getString("id"));
    assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
    assertThat(delete.body()).contains("Art. 27");
    assertThat(containsId(officer.get("/api/v1/icp/commitments"), s.getString("id"))).isTrue();
  }

  @Test
  void anotherTenantCanNeitherReadListChangeNorLearnOfTheRecords() {
    String text = unique("Acme only");
    String commitment =
        created(officer.post("/api/v1/icp/commitments", commitment(text, "2010-01-01")))
            .getString("id");
    JsonObject role =
        created(
            officer.post("/api/v1/icp/roles", role("EXPORT_CONTROL_OFFICER", "2010-01-01", null)));
    String document =
        created(upload(officer, "7", "2010-01-01", "application/pdf", PDF)).getString("id");
    String audit =
        created(
                officer.post(
                    "/api/v1/icp/audits",
                    "{\"auditedOn\":\"2010-01-01\",\"kind\":\"EXTERNAL\",\"scope\":\"All\"}"))
            .getString("id");
    String actions = "/api/v1/icp/audits/" + audit + "/corrective-actions";
    JsonObject action =
        created(
            officer.post(
                actions, "{\"description\":\"Fix\",\"owner\":\"Q\",\"due\":\"2010-02-01\"}"));
    String policy =
        created(officer.post("/api/v1/icp/recordkeeping", policy(7, "2010-01-01"))).getString("id");
    String measure =
        created(
                officer.post(
                    "/api/v1/icp/security-measures",
                    "{\"kind\":\"PHYSICAL\",\"description\":\"Fence\",\"reviewedOn\":\"2010-01-01\"}"))
            .getString("id");

    assertThat(containsId(otherTenant.get("/api/v1/icp/commitments"), commitment)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/roles"), role.getString("id"))).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/documents"), document)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/audits"), audit)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/recordkeeping"), policy)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/security-measures"), measure)).isFalse();
    Reply theirs = otherTenant.get("/api/v1/icp/elements?on=2010-12-31");
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.body()).doesNotContain(document).doesNotContain("Fence");

    assertThat(otherTenant.get("/api/v1/icp/documents/" + document).status()).isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/icp/documents/" + document + "/content").status())
        .isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/icp/audits/" + audit).status()).isEqualTo(404);
    assertThat(otherTenant.get(actions).status()).isEqualTo(404);
    assertThat(
            otherTenant
                .post(actions, "{\"description\":\"Fix\",\"owner\":\"Q\",\"due\":\"2010-02-01\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            otherTenant
                .put(
                    actions + "/" + action.getString("id"),
                    "{\"status\":\"DONE\",\"doneOn\":\"2010-01-20\",\"version\":1}")
                .status())
        .isEqualTo(404);
    assertThat(
            otherTenant
                .put(
                    "/api/v1/icp/roles/" + role.getString("id") + "/end",
                    "{\"to\":\"2010-12-31\",\"version\":" + role.getJsonNumber("version") + "}")
                .status())
        .isEqualTo(404);
    Reply supersede =
        otherTenant.upload(
            "/api/v1/icp/documents?element=7&title=P&versionLabel=2&effectiveFrom=2010-02-01"
                + "&reviewDue=2011-01-01&supersedes="
                + document,
            "application/pdf",
            PDF);
    assertThat(supersede.status()).isEqualTo(400);
    assertThat(supersede.body()).contains("supersedes");
    for (String path :
        new String[] {
          "/api/v1/icp/commitments/" + commitment,
          "/api/v1/icp/roles/" + role.getString("id"),
          "/api/v1/icp/documents/" + document,
          "/api/v1/icp/audits/" + audit,
          actions + "/" + action.getString("id"),
          "/api/v1/icp/recordkeeping/" + policy,
          "/api/v1/icp/security-measures/" + measure
        }) {
      assertThat(otherTenant.delete(path).status()).as("DELETE " + path).isEqualTo(404);
      assertThat(officer.delete(path).status()).as("DELETE " + path).isEqualTo(409);
    }
    // Unchanged by the other tenant's attempts.
    JsonObject still = officer.get("/api/v1/icp/documents/" + document).json();
    assertThat(still.get("supersededBy")).isIn(null, JsonValue.NULL);
  }
}
