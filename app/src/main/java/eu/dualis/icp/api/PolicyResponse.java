package eu.dualis.icp.api;

import eu.dualis.icp.model.RecordkeepingPolicy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

public record PolicyResponse(
    String id, int revision, String text, Map<String, Integer> retention, LocalDate effectiveFrom) {

  static PolicyResponse of(RecordkeepingPolicy p) {
    Map<String, Integer> years = new LinkedHashMap<>();
    p.retention().forEach((k, v) -> years.put(k.name(), v));
    return new PolicyResponse(p.id(), p.revision(), p.text(), years, p.effectiveFrom());
  }
}
