package eu.dualis.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages from the resource bundle, attached to a field or to the page. */
public final class FacesMessages {

  private FacesMessages() {}

  public static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String text = bundle.containsKey(key) ? bundle.getString(key) : key;
    if (args.length > 0) {
      text = java.text.MessageFormat.format(text, args);
    }
    faces.addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /** A message the bundle does not have: the domain's own words (they name the rule). */
  public static void plain(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
