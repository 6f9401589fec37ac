package eu.dualis.screening.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.PartyRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PartyCsvReaderTest {

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsColumnsByNameInAnyOrderWithABomAndQuotedCommas() {
    var rows =
        new PartyCsvReader()
            .read(
                csv(
                    "\uFEFFname,role,type,country,identifiers,address\n"
                        + "\"Acme, Ltd\",customer,organisation,de,HRB 1; VAT 2,\"Street 1, Berlin\"\n"));
    assertThat(rows).hasSize(1);
    var p = rows.get(0);
    assertThat(p.name()).isEqualTo("Acme, Ltd");
    assertThat(p.role()).isEqualTo(PartyRole.CUSTOMER);
    assertThat(p.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(p.country()).isEqualTo("DE");
    assertThat(p.identifiers()).containsExactly("HRB 1", "VAT 2");
    assertThat(p.address()).isEqualTo("Street 1, Berlin");
  }

  @Test
  void reportsEveryBadRowByLineAndField() {
    assertThatThrownBy(
            () ->
                new PartyCsvReader()
                    .read(
                        csv(
                            "role,name,country\n"
                                + "CUSTOMER,Fine,DE\n"
                                + "BOSS,Bad role,DE\n"
                                + "END_USER,,Holland\n")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("line 3: role", "line 4: name", "line 4: country"));
  }

  @Test
  void aHeaderWithoutANameColumnOrAFileWithoutRowsIsRefused() {
    assertThatThrownBy(() -> new PartyCsvReader().read(csv("role,country\nCUSTOMER,DE\n")))
        .hasMessageContaining("no column name");
    assertThatThrownBy(() -> new PartyCsvReader().read(csv("role,name\n")))
        .hasMessageContaining("no party");
    assertThatThrownBy(() -> new PartyCsvReader().read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
        .hasMessageContaining("UTF-8");
  }
}
