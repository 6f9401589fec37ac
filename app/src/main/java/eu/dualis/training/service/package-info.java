/**
 * Use cases of training: courses and their requirements, trainees, recording trainings (one, or a
 * CSV file all or nothing), certificates, the matrix and its coverage figures for the evidence pack
 * ({@link eu.dualis.training.service.TrainingService}), and reminders. Each change is audited in
 * its transaction.
 */
package eu.dualis.training.service;
