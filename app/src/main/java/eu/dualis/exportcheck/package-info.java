/**
 * Export checks: one planned export (lines, parties, destination, stated end use) judged against
 * the product classifications, the parties' screening status, the EU embargo table, the licence
 * register, due-diligence files and catch-all notifications, into a determination per line and for
 * the whole export, each reason citing its article of Regulation (EU) 2021/821.
 */
package eu.dualis.exportcheck;
