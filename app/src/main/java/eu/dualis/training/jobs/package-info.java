/** Training's scheduled job: the daily reminders before and after a required training expires. */
package eu.dualis.training.jobs;
