package eu.dualis.licensing.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Licences for rule tests. */
final class Licences {

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private Licences() {}

  static Licence licence(
      LicenceKind kind, String number, List<String> codes, List<String> destinations) {
    return licence(kind, number, codes, destinations, null, null, LicenceStatus.ACTIVE);
  }

  static Licence licence(
      LicenceKind kind,
      String number,
      List<String> codes,
      List<String> destinations,
      BigDecimal quantityLimit,
      BigDecimal valueLimit,
      LicenceStatus status) {
    boolean union = kind.isUnionGeneral();
    return Licence.create(
        new LicenceDetails(
            kind,
            number,
            "CDIU",
            "Acme B.V.",
            FROM,
            union ? null : TO,
            status,
            codes,
            destinations,
            quantityLimit,
            quantityLimit == null ? null : "pcs",
            valueLimit,
            null,
            union ? FROM : null,
            union ? "Report first use within 30 days" : null),
        Instant.now());
  }

  static CoverCandidate unused(Licence licence) {
    return new CoverCandidate(licence, BigDecimal.ZERO, BigDecimal.ZERO);
  }
}
