package eu.dualis.training.model;

import java.util.List;
import java.util.Optional;

/** The current tenant's courses and which roles require them. */
public interface CourseRepository {

  Optional<Course> find(String id);

  Optional<Course> findByTitle(String title);

  /** All courses, by title. */
  List<Course> all();

  void add(Course course);

  void remove(Course course);

  Optional<CourseRequirement> findRequirement(String id);

  Optional<CourseRequirement> findRequirement(String role, String courseId);

  /** All requirements, by role then course. */
  List<CourseRequirement> requirements();

  List<CourseRequirement> requirementsOf(String courseId);

  void addRequirement(CourseRequirement requirement);

  void removeRequirement(CourseRequirement requirement);
}
