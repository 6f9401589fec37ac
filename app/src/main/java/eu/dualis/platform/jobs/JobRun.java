package eu.dualis.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One execution of a scheduled job: which job, which trigger fired it, which node ran it, when it
 * started and ended, how far it got (done of total) and how it ended. Platform data, not
 * tenant-owned. A run moves only forward: progress while running, then one finish.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

  /** The column is TEXT: at most 65,535 bytes, so at most this many characters of utf8mb4. */
  static final int MAX_MESSAGE = 16_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "job_name", nullable = false, updatable = false)
  private String jobName;

  @Column(name = "trigger_key", nullable = false, updatable = false)
  private String triggerKey;

  @Column(name = "node", nullable = false, updatable = false)
  private String node;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private JobOutcome outcome;

  @Column(name = "message")
  private String message;

  @Column(name = "done", nullable = false)
  private int done;

  @Column(name = "total", nullable = false)
  private int total;

  protected JobRun() {
    // for JPA
  }

  public JobRun(String jobName, String triggerKey, String node, Instant startedAt) {
    this.id = UUID.randomUUID().toString();
    this.jobName = Objects.requireNonNull(jobName, "jobName");
    this.triggerKey = Objects.requireNonNull(triggerKey, "triggerKey");
    this.node = Objects.requireNonNull(node, "node");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.outcome = JobOutcome.RUNNING;
  }

  /** How far the run got: {@code done} of {@code total} units of work (files, tenants, ...). */
  public void progress(int done, int total) {
    requireRunning();
    if (done < 0 || total < 0 || done > total) {
      throw new IllegalArgumentException("progress " + done + " of " + total + " is impossible");
    }
    this.done = done;
    this.total = total;
  }

  /** Ends the run; a run ends once. */
  public void finish(JobOutcome outcome, String message, Instant finishedAt) {
    requireRunning();
    if (outcome == null || outcome == JobOutcome.RUNNING) {
      throw new IllegalArgumentException("a run finishes as SUCCEEDED or FAILED, not " + outcome);
    }
    this.outcome = outcome;
    this.message = shorten(message);
    this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
  }

  public boolean isRunning() {
    return outcome == JobOutcome.RUNNING;
  }

  private void requireRunning() {
    if (!isRunning()) {
      throw new IllegalStateException("Job run " + id + " has already finished as " + outcome);
    }
  }

  private static String shorten(String message) {
    if (message == null || message.length() <= MAX_MESSAGE) {
      return message;
    }
    String more = " ... (cut at " + MAX_MESSAGE + " characters)";
    return message.substring(0, MAX_MESSAGE - more.length()) + more;
  }

  public String id() {
    return id;
  }

  public String jobName() {
    return jobName;
  }

  public String triggerKey() {
    return triggerKey;
  }

  public String node() {
    return node;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public JobOutcome outcome() {
    return outcome;
  }

  public String message() {
    return message;
  }

  public int done() {
    return done;
  }

  public int total() {
    return total;
  }
}
