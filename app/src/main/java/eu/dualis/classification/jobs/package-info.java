/**
 * Classification's scheduled jobs: the control list watch, which imports new control list versions
 * dropped into a folder and raises the review flags they cause in every tenant.
 */
package eu.dualis.classification.jobs;
