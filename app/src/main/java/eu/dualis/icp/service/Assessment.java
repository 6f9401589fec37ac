package eu.dualis.icp.service;

import eu.dualis.icp.model.IcpElement;
import java.util.List;

/** The completeness rules' verdict on one element. */
public record Assessment(IcpElement element, boolean complete, boolean current, List<Gap> gaps) {

  public List<String> missing() {
    return gaps.stream().map(Gap::text).toList();
  }
}
