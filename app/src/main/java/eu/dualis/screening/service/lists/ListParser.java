package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListFormatException;
import java.io.IOException;
import java.io.InputStream;

/** Reads one list file format. Implementations are stateless and safe to share. */
public interface ListParser {

  /**
   * Streams the file into the sink, record by record.
   *
   * @throws ListFormatException when the file as a whole cannot be read: not well-formed, not this
   *     format, a DTD or external entity, a missing part of a multi-file list
   */
  ParsedListHeader parse(InputStream in, EntitySink sink) throws IOException;
}
