package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.UploadedDocument;
import java.util.Optional;

/**
 * Where the notification API differs from {@link UploadedDocument}'s checks, which it shares with
 * the due-diligence API: its clients have always had these words, image/jpg, and a name made up
 * rather than refused.
 */
public final class CatchAllNotificationDocuments {

  private static final UploadedDocument.Wording WORDING =
      new UploadedDocument.Wording(
          "body",
          "the file is empty",
          "a document may have at most 10 MB",
          "the file is not a %s file");

  private CatchAllNotificationDocuments() {}

  /** Known before the body is read, so that a wrong type is refused with 415 straight away. */
  public static Optional<String> acceptedType(String contentType) {
    String type = UploadedDocument.mediaType(contentType);
    // Not a registered type, but some scanners and mail programs send it.
    if (type.equals("image/jpg")) {
      type = "image/jpeg";
    }
    return UploadedDocument.TYPES.contains(type) ? Optional.of(type) : Optional.empty();
  }

  static UploadedDocument checked(String filename, String type, byte[] content) {
    return UploadedDocument.of(safeName(filename, type), type, content, WORDING);
  }

  /** A file name safe to store and to send back in a Content-Disposition header. */
  static String safeName(String filename, String type) {
    String name = filename == null ? "" : filename.replaceAll("[\\\\/\"\\r\\n\\t]", "_").strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    if (name.isEmpty()) {
      name =
          "document"
              + (type.equals("application/pdf")
                  ? ".pdf"
                  : type.equals("image/png") ? ".png" : ".jpg");
    }
    return name;
  }
}
