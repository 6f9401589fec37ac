package eu.dualis.training.web;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.training.model.Course;
import eu.dualis.training.model.CourseDetails;
import eu.dualis.training.model.CourseKind;
import eu.dualis.training.model.CourseRequirement;
import eu.dualis.training.model.RecordDetails;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TraineeDetails;
import eu.dualis.training.model.TrainingResult;
import eu.dualis.training.service.Courses;
import eu.dualis.training.service.Trainees;
import eu.dualis.training.service.TrainingRecords;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms of the training page: courses, requirements, trainees and recording a training. Every
 * problem is shown at its field; the rule that refuses names itself.
 */
@Named
@ViewScoped
public class TrainingAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Courses courses;
  @Inject Trainees trainees;
  @Inject TrainingRecords records;

  private String courseTitle;
  private CourseKind courseKind = CourseKind.AWARENESS;
  private Integer courseValidity = 12;
  private String courseOwner;
  private String requirementRole;
  private String requirementCourse;
  private String traineeName;
  private String traineeEmail;
  private String traineeRole;
  private String recordTrainee;
  private String recordCourse;
  private String recordOn = LocalDate.now(ZoneOffset.UTC).toString();
  private TrainingResult recordResult = TrainingResult.PASSED;
  private Integer recordScore;

  public String addCourse() {
    if (act(
        "course",
        () ->
            courses.create(
                new CourseDetails(courseTitle, courseKind, courseValidity, courseOwner, null)),
        "training.course.added")) {
      courseTitle = null;
    }
    return null;
  }

  public String removeCourse(String id) {
    act(null, () -> courses.remove(id), "training.course.removed");
    return null;
  }

  public String addRequirement() {
    act(
        "requirement",
        () -> courses.require(requirementRole, requirementCourse),
        "training.requirement.added");
    return null;
  }

  public String removeRequirement(String id) {
    act(null, () -> courses.unrequire(id), "training.requirement.removed");
    return null;
  }

  public String addTrainee() {
    if (act(
        "trainee",
        () -> trainees.create(new TraineeDetails(traineeName, traineeEmail, traineeRole)),
        "training.trainee.added")) {
      traineeName = null;
      traineeEmail = null;
    }
    return null;
  }

  public String recordTraining() {
    LocalDate on = null;
    try {
      on = LocalDate.parse(recordOn == null ? "" : recordOn.strip());
    } catch (DateTimeParseException e) {
      FacesMessages.plain(
          "record:completedOn", FacesMessage.SEVERITY_ERROR, "must be a date written YYYY-MM-DD");
      return null;
    }
    LocalDate completedOn = on;
    act(
        "record",
        () ->
            records.record(
                new RecordDetails(
                    recordTrainee, recordCourse, completedOn, recordResult, recordScore)),
        "training.record.added");
    return null;
  }

  /** Runs a change; problems go to the form's fields, refusals to the page. */
  private boolean act(String form, Runnable change, String doneKey) {
    try {
      change.run();
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
      return true;
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      form == null ? null : form + ":" + p.field(),
                      FacesMessage.SEVERITY_ERROR,
                      p.message()));
    } catch (ConflictException e) {
      FacesMessages.plain(
          form == null || e.field() == null ? null : form + ":" + e.field(),
          FacesMessage.SEVERITY_ERROR,
          e.getMessage());
    } catch (RecordNotFoundException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return false;
  }

  public List<Course> getCourses() {
    return courses.all();
  }

  /** Requirement with its course's title, by role. */
  public record RequirementRow(String id, String role, String courseTitle) {}

  public List<RequirementRow> getRequirements() {
    Map<String, String> titles = new HashMap<>();
    courses.all().forEach(c -> titles.put(c.id(), c.title()));
    List<RequirementRow> rows = new ArrayList<>();
    for (CourseRequirement r : courses.requirements()) {
      rows.add(new RequirementRow(r.id(), r.role(), titles.getOrDefault(r.courseId(), "?")));
    }
    return rows;
  }

  public List<Trainee> getTrainees() {
    return trainees.search(null, null, true, new PageRequest(0, PageRequest.MAX_SIZE)).items();
  }

  public CourseKind[] getKinds() {
    return CourseKind.values();
  }

  public TrainingResult[] getResults() {
    return TrainingResult.values();
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public void setCourseTitle(String courseTitle) {
    this.courseTitle = courseTitle;
  }

  public CourseKind getCourseKind() {
    return courseKind;
  }

  public void setCourseKind(CourseKind courseKind) {
    this.courseKind = courseKind;
  }

  public Integer getCourseValidity() {
    return courseValidity;
  }

  public void setCourseValidity(Integer courseValidity) {
    this.courseValidity = courseValidity;
  }

  public String getCourseOwner() {
    return courseOwner;
  }

  public void setCourseOwner(String courseOwner) {
    this.courseOwner = courseOwner;
  }

  public String getRequirementRole() {
    return requirementRole;
  }

  public void setRequirementRole(String requirementRole) {
    this.requirementRole = requirementRole;
  }

  public String getRequirementCourse() {
    return requirementCourse;
  }

  public void setRequirementCourse(String requirementCourse) {
    this.requirementCourse = requirementCourse;
  }

  public String getTraineeName() {
    return traineeName;
  }

  public void setTraineeName(String traineeName) {
    this.traineeName = traineeName;
  }

  public String getTraineeEmail() {
    return traineeEmail;
  }

  public void setTraineeEmail(String traineeEmail) {
    this.traineeEmail = traineeEmail;
  }

  public String getTraineeRole() {
    return traineeRole;
  }

  public void setTraineeRole(String traineeRole) {
    this.traineeRole = traineeRole;
  }

  public String getRecordTrainee() {
    return recordTrainee;
  }

  public void setRecordTrainee(String recordTrainee) {
    this.recordTrainee = recordTrainee;
  }

  public String getRecordCourse() {
    return recordCourse;
  }

  public void setRecordCourse(String recordCourse) {
    this.recordCourse = recordCourse;
  }

  public String getRecordOn() {
    return recordOn;
  }

  public void setRecordOn(String recordOn) {
    this.recordOn = recordOn;
  }

  public TrainingResult getRecordResult() {
    return recordResult;
  }

  public void setRecordResult(TrainingResult recordResult) {
    this.recordResult = recordResult;
  }

  public Integer getRecordScore() {
    return recordScore;
  }

  public void setRecordScore(Integer recordScore) {
    this.recordScore = recordScore;
  }
}
