/**
 * The records that prove each of the seven core elements of an Internal Compliance Programme
 * (Commission Recommendation (EU) 2019/1318) works: the management's commitment, the compliance
 * roles, procedure documents, audits with their corrective actions, the recordkeeping policy and
 * security measures. Evidence: never overwritten, new versions instead.
 */
package eu.dualis.icp.model;
