package eu.dualis.platform.model;

/**
 * No record with this id in the caller's tenant. Deliberately the same whether the id belongs to
 * another tenant or to nobody: the answer must not disclose that a record exists elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String recordType, String id) {
    super(recordType + " " + id + " was not found");
  }
}
