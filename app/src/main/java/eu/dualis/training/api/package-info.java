/**
 * The training REST API: {@code /api/v1/courses}, {@code /trainees}, {@code /course-requirements},
 * {@code /training-records} (with CSV import and certificates), {@code /training-matrix}, {@code
 * /training-reminders} and the trigger of the reminder job. Compliance officers write; auditors
 * read; sales staff have no access.
 */
package eu.dualis.training.api;
