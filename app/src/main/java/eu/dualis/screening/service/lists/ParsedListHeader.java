package eu.dualis.screening.service.lists;

import java.time.LocalDate;

/**
 * What a list file says about itself.
 *
 * @param publishedOn the publisher's generation or publication date, or null when the file has none
 *     (the OFAC CSV trio, the CSL): the importer then asks for it
 * @param label the publisher's own id of this issue of the list (EU globalFileId, OFAC publish
 *     date...), or null
 */
public record ParsedListHeader(LocalDate publishedOn, String label) {}
