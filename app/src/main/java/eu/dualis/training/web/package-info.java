/**
 * Faces view beans of the training page: the matrix by role with its reminders, and the forms for
 * courses, requirements, trainees, recording a training and importing a CSV file.
 */
package eu.dualis.training.web;
