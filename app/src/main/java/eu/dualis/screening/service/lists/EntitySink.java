package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;

/** Where a list reader hands each record it read, and each it could not read. */
public interface EntitySink {

  void accept(ParsedEntity entity);

  /**
   * A record that could not be read; the reader goes on with the next record. Whether the import
   * then fails or skips the record is the importer's explicit choice, not the reader's.
   */
  void malformed(RecordProblem problem);
}
