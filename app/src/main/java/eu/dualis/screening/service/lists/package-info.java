/**
 * Readers of the sanctions list files, one per publisher format. Each streams its file record by
 * record into an {@link eu.dualis.screening.service.lists.EntitySink}, so a list of a gigabyte
 * needs no more heap than its largest record, and each XML reader refuses DTDs and external
 * entities.
 */
package eu.dualis.screening.service.lists;
