/**
 * The ICP REST API under {@code /api/v1/icp}: the seven elements with their status, and the records
 * behind them. Compliance officers write, auditors read.
 */
package eu.dualis.icp.api;
