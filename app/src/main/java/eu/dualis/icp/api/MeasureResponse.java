package eu.dualis.icp.api;

import eu.dualis.icp.model.SecurityMeasure;
import java.time.LocalDate;

public record MeasureResponse(
    String id, String kind, String description, LocalDate reviewedOn, String recordedBy) {

  static MeasureResponse of(SecurityMeasure m) {
    return new MeasureResponse(
        m.id(), m.kind().name(), m.description(), m.reviewedOn(), m.recordedBy());
  }
}
