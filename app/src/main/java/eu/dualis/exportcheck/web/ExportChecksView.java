package eu.dualis.exportcheck.web;

import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.exportcheck.service.ReasonTexts;
import eu.dualis.exportcheck.service.RecordedCheck;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.web.LanguageSelector;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The list of export checks: newest first, each export's current check unless all are asked. */
@Named
@ViewScoped
public class ExportChecksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ExportCheckService checks;
  @Inject LanguageSelector language;

  private String query;
  private Determination determination;
  private boolean all;
  private int page;
  private transient Page<RecordedCheck> result;

  public Page<RecordedCheck> getResult() {
    if (result == null) {
      result = checks.search(query, determination, !all, new PageRequest(page, 20));
    }
    return result;
  }

  public void search() {
    page = 0;
    result = null;
  }

  public void next() {
    page++;
    result = null;
  }

  public void previous() {
    page = Math.max(0, page - 1);
    result = null;
  }

  public String label(Determination d) {
    return ReasonTexts.label(d, language.getLocale());
  }

  public Determination[] getDeterminations() {
    return Determination.values();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Determination getDetermination() {
    return determination;
  }

  public void setDetermination(Determination determination) {
    this.determination = determination;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public int getPage() {
    return page;
  }
}
