package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;

/** Counts what a reader hands over and keeps nothing, as a large list needs. */
final class CountingSink implements EntitySink {

  long entities;
  long names;
  long problems;
  String lastReference;

  @Override
  public void accept(ParsedEntity entity) {
    entities++;
    names += entity.names().size();
    lastReference = entity.reference();
  }

  @Override
  public void malformed(RecordProblem problem) {
    problems++;
  }
}
