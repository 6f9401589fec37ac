package eu.dualis.icp.service;

import eu.dualis.icp.model.IcpElement;

/** An ICP document's metadata, without its bytes. */
public record IcpDocumentRef(
    String id,
    IcpElement element,
    String title,
    String versionLabel,
    String fileName,
    String contentType,
    String sha256,
    long size) {}
