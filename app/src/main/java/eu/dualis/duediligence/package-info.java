/**
 * Cyber-surveillance due diligence under Art. 5 of Regulation (EU) 2021/821, following Commission
 * Recommendation (EU) 2024/2659: the due-diligence file that proves the exporter looked (subject,
 * parties, stated end use, red flags, risk, decision, four-eyes approval) and its PDF, and the
 * catch-all notifications (Art. 4(1), 5(1), 5(2)) exchanged with the authority.
 */
package eu.dualis.duediligence;
