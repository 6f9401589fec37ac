package eu.dualis.duediligence.model;

/** Where a red flag points: the customer, the end use, or the destination. */
public enum RedFlagCategory {
  CUSTOMER,
  END_USE,
  DESTINATION
}
