package eu.dualis.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the user's pages; starts from the browser's preference. */
@Named
@SessionScoped
public class LanguageSelector implements Serializable {

  private static final long serialVersionUID = 1L;
  static final List<String> SUPPORTED = List.of("en", "nl");

  private String language;

  public String getLanguage() {
    if (language == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      language =
          requested != null && SUPPORTED.contains(requested.getLanguage())
              ? requested.getLanguage()
              : "en";
    }
    return language;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public List<String> getLanguages() {
    return SUPPORTED;
  }

  /** Switches language and reloads the page so every string comes from the new bundle. */
  public String switchTo(String newLanguage) {
    if (SUPPORTED.contains(newLanguage)) {
      language = newLanguage;
      FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
