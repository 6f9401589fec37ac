/**
 * Recording ICP evidence (each change audited in its transaction) and judging, per core element of
 * Recommendation (EU) 2019/1318, whether its evidence is complete and current.
 */
package eu.dualis.icp.service;
