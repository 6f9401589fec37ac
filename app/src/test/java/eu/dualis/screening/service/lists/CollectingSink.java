package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader handed over, for small files. */
final class CollectingSink implements EntitySink {

  final List<ParsedEntity> entities = new ArrayList<>();
  final List<RecordProblem> problems = new ArrayList<>();

  @Override
  public void accept(ParsedEntity entity) {
    entities.add(entity);
  }

  @Override
  public void malformed(RecordProblem problem) {
    problems.add(problem);
  }

  ParsedEntity entity(String reference) {
    return entities.stream()
        .filter(e -> e.reference().equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + reference));
  }

  long count(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).count();
  }

  long names(NameKind kind) {
    return entities.stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == kind).count();
  }
}
