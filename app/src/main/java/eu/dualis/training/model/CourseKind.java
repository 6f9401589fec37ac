package eu.dualis.training.model;

/** What a course teaches. */
public enum CourseKind {
  AWARENESS,
  SPECIALIST,
  CYBER_SURVEILLANCE,
  REFRESHER
}
