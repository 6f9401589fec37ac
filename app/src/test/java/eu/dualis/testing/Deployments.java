package eu.dualis.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as Arquillian deploys it: the WAR that the build packaged, whole, so that tests
 * run exactly what ships (no hand-picked class lists).
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive app() {
    File war = new File(System.getProperty("dualis.target", "target"), "dualis.war");
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: integration tests run after package");
    }
    // Another name than the server's own dualis.war, so the two never clash in apps/.
    return ShrinkWrap.create(ZipImporter.class, "dualis-it.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
