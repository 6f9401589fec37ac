package eu.dualis.icp.api;

import eu.dualis.icp.service.ElementStatus;
import eu.dualis.icp.service.EvidenceLine;
import java.util.List;

/** One core element with its status and the authorities' headings it maps to. */
public record ElementResponse(
    int number,
    String element,
    String title,
    String titleNl,
    String cdiuHeading,
    String bafaHeading,
    boolean complete,
    boolean current,
    List<String> missing,
    List<EvidenceLine> evidence) {

  static ElementResponse of(ElementStatus s) {
    var e = s.element();
    return new ElementResponse(
        s.number(),
        e.name(),
        e.titleEn(),
        e.titleNl(),
        e.cdiuHeading(),
        e.bafaHeading(),
        s.complete(),
        s.current(),
        s.missing(),
        s.evidence());
  }
}
