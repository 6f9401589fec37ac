package eu.dualis.icp.model;

/** The two kinds of security measure element 7 of Recommendation (EU) 2019/1318 expects. */
public enum SecurityKind {
  PHYSICAL,
  INFORMATION
}
