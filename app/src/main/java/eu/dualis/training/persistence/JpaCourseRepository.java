package eu.dualis.training.persistence;

import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseRepository;
import eu.dualis.training.model.CourseRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Course> find(String id) {
    return em.createQuery("SELECT c FROM Course c WHERE c.id = :id", Course.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Course> findByTitle(String title) {
    return em.createQuery("SELECT c FROM Course c WHERE c.title = :t", Course.class)
        .setParameter("t", title)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Course> all() {
    return em.createQuery("SELECT c FROM Course c ORDER BY c.title, c.id", Course.class)
        .getResultList();
  }

  @Override
  public void add(Course course) {
    em.persist(course);
  }

  @Override
  public void remove(Course course) {
    em.remove(course);
  }

  @Override
  public Optional<CourseRequirement> findRequirement(String id) {
    return em.createQuery(
            "SELECT r FROM CourseRequirement r WHERE r.id = :id", CourseRequirement.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CourseRequirement> findRequirement(String role, String courseId) {
    return em.createQuery(
            "SELECT r FROM CourseRequirement r WHERE r.role = :role AND r.courseId = :course",
            CourseRequirement.class)
        .setParameter("role", role)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CourseRequirement> requirements() {
    return em.createQuery(
            "SELECT r FROM CourseRequirement r ORDER BY r.role, r.courseId",
            CourseRequirement.class)
        .getResultList();
  }

  @Override
  public List<CourseRequirement> requirementsOf(String courseId) {
    return em.createQuery(
            "SELECT r FROM CourseRequirement r WHERE r.courseId = :course ORDER BY r.role",
            CourseRequirement.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  @Override
  public void addRequirement(CourseRequirement requirement) {
    em.persist(requirement);
  }

  @Override
  public void removeRequirement(CourseRequirement requirement) {
    em.remove(requirement);
  }
}
