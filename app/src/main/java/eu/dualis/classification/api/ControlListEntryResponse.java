package eu.dualis.classification.api;

import eu.dualis.classification.model.ControlListEntry;
import java.util.List;

/** One entry of a control list version, with the regime its code comes from. */
public record ControlListEntryResponse(
    String code,
    String parentCode,
    int category,
    String productGroup,
    String regime,
    String text,
    String fullText,
    List<String> notes) {

  static ControlListEntryResponse of(ControlListEntry e) {
    return new ControlListEntryResponse(
        e.code().value(),
        e.parentCode(),
        e.category(),
        e.productGroup(),
        e.regime(),
        e.ownText(),
        e.fullText(),
        e.notes());
  }
}
