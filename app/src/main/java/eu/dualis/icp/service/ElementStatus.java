package eu.dualis.icp.service;

import eu.dualis.icp.model.IcpElement;
import java.util.List;

/**
 * One core element on a date: whether its evidence is complete and current, and what is missing.
 */
public record ElementStatus(
    int number,
    IcpElement element,
    boolean complete,
    boolean current,
    List<String> missing,
    List<EvidenceLine> evidence) {}
