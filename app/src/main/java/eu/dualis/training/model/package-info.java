/**
 * Training, the ICP's third core element (Recommendation (EU) 2019/1318): courses, trainees, which
 * role needs which course, the append-only training records with their certificates, the reminders,
 * and the pure rules of the training matrix. Imports nothing from other layers.
 */
package eu.dualis.training.model;
