package eu.dualis.training.web;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.training.service.TrainingCsv;
import eu.dualis.training.service.TrainingRecords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The CSV import form of the training page: all rows or none, each problem by line. */
@Named
@RequestScoped
public class TrainingImportView {

  @Inject TrainingRecords records;

  private Part upload;

  public String importCsv() throws IOException {
    if (upload == null) {
      FacesMessages.add("import:file", FacesMessage.SEVERITY_ERROR, "training.import.none");
      return null;
    }
    byte[] content;
    try (InputStream in = upload.getInputStream()) {
      content = in.readNBytes(TrainingCsv.MAX_BYTES + 1);
    }
    if (content.length > TrainingCsv.MAX_BYTES) {
      FacesMessages.add("import:file", FacesMessage.SEVERITY_ERROR, "training.import.tooLarge");
      return null;
    }
    try {
      var outcome = records.importCsv(new String(content, StandardCharsets.UTF_8));
      FacesMessages.add(
          null,
          FacesMessage.SEVERITY_INFO,
          "training.import.done",
          outcome.records(),
          outcome.traineesCreated());
    } catch (InvalidInputException e) {
      // Each problem names its line and column, not a field of this form.
      for (FieldProblem p : e.problems()) {
        FacesMessages.plain(
            "import:file", FacesMessage.SEVERITY_ERROR, p.field() + ": " + p.message());
      }
    }
    return null;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
