package eu.dualis.duediligence.service;

import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which files a notification may keep: PDF, PNG or JPEG of at most 10 MB, checked by content. */
public final class CatchAllNotificationDocuments {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg");

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private CatchAllNotificationDocuments() {}

  /** The accepted type named by a Content-Type header (parameters ignored), if it is one. */
  public static Optional<String> acceptedType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("image/jpg")) {
      type = "image/jpeg";
    }
    return TYPES.contains(type) ? Optional.of(type) : Optional.empty();
  }

  /** A file whose bytes are not what its type says is refused: evidence must open. */
  static void requireContentOfType(String type, byte[] content) {
    if (content.length == 0) {
      throw InvalidInputException.of("body", "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidInputException.of("body", "a document may have at most 10 MB");
    }
    byte[] magic =
        switch (type) {
          case "application/pdf" -> PDF;
          case "image/png" -> PNG;
          default -> JPEG;
        };
    if (!startsWith(content, magic)) {
      throw InvalidInputException.of("body", "the file is not a " + type + " file");
    }
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

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
