package eu.dualis.screening.api;

import eu.dualis.screening.model.Hit;
import eu.dualis.screening.service.WorklistService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Hits as the API shows them, with their decision looked up. */
@RequestScoped
public class WorklistViews {

  @Inject WorklistService worklist;

  HitResponse of(Hit hit) {
    return HitResponse.of(hit, worklist.decisionOf(hit).orElse(null));
  }
}
