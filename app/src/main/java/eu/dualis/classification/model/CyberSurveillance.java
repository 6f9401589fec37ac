package eu.dualis.classification.model;

/** Whether the item is a cyber-surveillance item (Art. 2(20) of Regulation (EU) 2021/821). */
public enum CyberSurveillance {
  NO,
  /** Listed, e.g. 4A005, 4D004, 4E001.c, 5A001.f, 5A001.j, 5A004. */
  LISTED,
  /** Not listed but relevant to the Art. 5 catch-all: due diligence before export. */
  ART5_RELEVANT
}
