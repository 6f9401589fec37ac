package eu.dualis.duediligence.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.duediligence.model.RedFlagCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormProblemsTest {

  private final List<FlagRow> rows =
      RedFlagCatalogue.all().stream().map(f -> new FlagRow(f, null)).toList();

  @Test
  void aFlagsEvidenceProblemShowsBesideThatFlagsEvidence() {
    int index = rows.size() - 1;
    String code = rows.get(index).getCode();
    assertThat(FormProblems.clientId("redFlags." + code + ".evidence", rows))
        .isEqualTo("dd:flags:" + index + ":evidence");
    assertThat(FormProblems.clientId("redFlags." + code, rows))
        .isEqualTo("dd:flags:" + index + ":answer");
  }

  @Test
  void fieldsMapToTheirInputsAndTheRestToThePage() {
    assertThat(FormProblems.clientId("endUserPartyId", rows)).isEqualTo("dd:endUser");
    assertThat(FormProblems.clientId("decision", rows)).isEqualTo("decide:decision");
    assertThat(FormProblems.clientId("contentType", rows)).isEqualTo("upload:file");
    assertThat(FormProblems.clientId("redFlags", rows)).isNull();
    assertThat(FormProblems.clientId("redFlags.NOPE", rows)).isNull();
  }
}
