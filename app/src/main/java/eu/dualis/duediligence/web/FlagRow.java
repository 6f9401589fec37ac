package eu.dualis.duediligence.web;

import eu.dualis.duediligence.model.FlagAnswer;
import eu.dualis.duediligence.model.RedFlag;
import eu.dualis.duediligence.model.RedFlagAnswer;
import java.io.Serializable;
import java.util.Locale;

/** One red flag as the form edits it: its text, the answer and the evidence. */
public class FlagRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String category;
  private final String english;
  private final String dutch;
  private final String source;
  private FlagAnswer answer;
  private String evidence;

  FlagRow(RedFlag flag, RedFlagAnswer answered) {
    code = flag.code();
    category = flag.category().name();
    english = flag.english();
    dutch = flag.dutch();
    source = flag.source();
    if (answered != null) {
      answer = answered.answer();
      evidence = answered.evidence();
    }
  }

  /** Null when unanswered: a draft may leave flags open. */
  RedFlagAnswer toAnswer() {
    return answer == null ? null : new RedFlagAnswer(code, answer, evidence);
  }

  public String text(Locale locale) {
    return locale != null && "nl".equals(locale.getLanguage()) ? dutch : english;
  }

  public String getCode() {
    return code;
  }

  public String getCategory() {
    return category;
  }

  public String getSource() {
    return source;
  }

  public FlagAnswer getAnswer() {
    return answer;
  }

  public void setAnswer(FlagAnswer answer) {
    this.answer = answer;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }
}
