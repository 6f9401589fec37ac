package eu.dualis.screening.service;

import eu.dualis.screening.model.OnMalformedRecord;
import java.time.LocalDate;

/**
 * How to import a list file.
 *
 * @param publishedOn the publication date when the file does not state it (the OFAC CSV trio, the
 *     CSL); the file's own date wins
 * @param demo shipped with the product for trying it out, shown as such
 */
public record ListImportOptions(
    OnMalformedRecord onMalformed, LocalDate publishedOn, boolean demo) {

  public static ListImportOptions strict() {
    return new ListImportOptions(OnMalformedRecord.REJECT_FILE, null, false);
  }
}
