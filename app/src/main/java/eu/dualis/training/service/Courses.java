package eu.dualis.training.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseDetails;
import eu.dualis.training.model.CourseRepository;
import eu.dualis.training.model.CourseRequirement;
import eu.dualis.training.model.JobRoles;
import eu.dualis.training.model.TrainingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current tenant's courses and which job roles require them. */
@ApplicationScoped
@TenantBound
@Transactional
public class Courses {

  @Inject CourseRepository courses;
  @Inject TrainingRecordRepository records;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  public List<Course> all() {
    return courses.all();
  }

  public Course get(String id) {
    return courses
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(TrainingSnapshots.COURSE, id));
  }

  public Course create(CourseDetails details) {
    CourseDetails valid = details.validated();
    uniqueTitle(valid.title(), null);
    Course course = Course.create(valid, Clock.now());
    courses.add(course);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        TrainingSnapshots.COURSE,
        course.id(),
        null,
        TrainingSnapshots.of(course));
    return course;
  }

  public Course revise(String id, long expectedVersion, CourseDetails details) {
    CourseDetails valid = details.validated();
    Course course = get(id);
    if (course.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Course '"
              + course.title()
              + "' was changed by someone else (version "
              + course.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
    uniqueTitle(valid.title(), id);
    var before = TrainingSnapshots.of(course);
    course.revise(valid, Clock.now());
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        TrainingSnapshots.COURSE,
        id,
        before,
        TrainingSnapshots.of(course));
    return course;
  }

  /**
   * Removes a course nobody has a record of, with its requirements. Art. 27: once a training record
   * cites it, the course is part of that evidence and stays.
   */
  public void remove(String id) {
    Course course = get(id);
    if (records.existForCourse(id)) {
      throw new ConflictException(
          null,
          "Course '"
              + course.title()
              + "' has training records, which are evidence kept for at least five years (Art. 27"
              + " of Regulation (EU) 2021/821; ICP element 3 of Recommendation (EU) 2019/1318);"
              + " it cannot be deleted");
    }
    for (CourseRequirement r : courses.requirementsOf(id)) {
      courses.removeRequirement(r);
      audit.record(
          user.name(),
          AuditAction.DELETE,
          TrainingSnapshots.REQUIREMENT,
          r.id(),
          TrainingSnapshots.of(r),
          null);
    }
    var before = TrainingSnapshots.of(course);
    courses.remove(course);
    em.flush();
    audit.record(user.name(), AuditAction.DELETE, TrainingSnapshots.COURSE, id, before, null);
  }

  public List<CourseRequirement> requirements() {
    return courses.requirements();
  }

  public CourseRequirement require(String role, String courseId) {
    String normal = JobRoles.normalise(role);
    if (normal.isEmpty() || normal.length() > JobRoles.MAX_LENGTH) {
      throw InvalidInputException.of(
          "role", "is required, at most " + JobRoles.MAX_LENGTH + " characters");
    }
    if (courseId == null || courseId.isBlank()) {
      throw InvalidInputException.of("courseId", "is required");
    }
    Course course = get(courseId);
    courses
        .findRequirement(normal, courseId)
        .ifPresent(
            r -> {
              throw new ConflictException(
                  "courseId", "Role '" + normal + "' already requires '" + course.title() + "'");
            });
    CourseRequirement requirement =
        new CourseRequirement(normal, courseId, user.name(), Clock.now());
    courses.addRequirement(requirement);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        TrainingSnapshots.REQUIREMENT,
        requirement.id(),
        null,
        TrainingSnapshots.of(requirement));
    return requirement;
  }

  public void unrequire(String requirementId) {
    CourseRequirement r =
        courses
            .findRequirement(requirementId)
            .orElseThrow(
                () -> new RecordNotFoundException(TrainingSnapshots.REQUIREMENT, requirementId));
    var before = TrainingSnapshots.of(r);
    courses.removeRequirement(r);
    em.flush();
    audit.record(
        user.name(), AuditAction.DELETE, TrainingSnapshots.REQUIREMENT, r.id(), before, null);
  }

  private void uniqueTitle(String title, String ownId) {
    courses
        .findByTitle(title)
        .filter(other -> !other.id().equals(ownId))
        .ifPresent(
            other -> {
              throw new ConflictException("title", "A course titled '" + title + "' exists");
            });
  }
}
