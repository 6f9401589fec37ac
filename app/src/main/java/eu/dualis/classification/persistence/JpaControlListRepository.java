package eu.dualis.classification.persistence;

import eu.dualis.classification.model.ControlListEntry;
import eu.dualis.classification.model.ControlListRepository;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaControlListRepository implements ControlListRepository {

  private static final int FLUSH_EVERY = 500;

  @Inject EntityManager em;

  @Override
  public Optional<ControlListVersion> findVersion(String id) {
    return Optional.ofNullable(em.find(ControlListVersion.class, id));
  }

  @Override
  public Optional<ControlListVersion> findByChecksum(String checksum) {
    return em.createQuery(
            "SELECT v FROM ControlListVersion v WHERE v.checksum = :c", ControlListVersion.class)
        .setParameter("c", checksum)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ControlListVersion> versions() {
    return em.createQuery(
            "SELECT v FROM ControlListVersion v ORDER BY v.appliesFrom DESC, v.importedAt DESC",
            ControlListVersion.class)
        .getResultList();
  }

  @Override
  public void add(ControlListVersion version, List<ControlListEntry> entries) {
    em.persist(version);
    em.flush();
    int n = 0;
    for (ControlListEntry entry : entries) {
      em.persist(entry);
      if (++n % FLUSH_EVERY == 0) {
        // Keeps the persistence context small for lists of thousands of entries.
        em.flush();
        em.clear();
      }
    }
    em.flush();
  }

  @Override
  public Optional<ControlListEntry> findEntry(String versionId, String code) {
    return Optional.ofNullable(
        em.find(ControlListEntry.class, new ControlListEntry.Key(versionId, code)));
  }

  @Override
  public List<ControlListEntry> entries(String versionId) {
    return em.createQuery(
            "SELECT e FROM ControlListEntry e WHERE e.versionId = :v ORDER BY e.position",
            ControlListEntry.class)
        .setParameter("v", versionId)
        .getResultList();
  }

  @Override
  public Page<ControlListEntry> search(String versionId, String query, PageRequest page) {
    String q = query == null ? "" : query.strip();
    StringBuilder where = new StringBuilder(" WHERE e.versionId = :v");
    List<String> words =
        Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
    if (!q.isEmpty()) {
      where.append(" AND (e.code LIKE :prefix ESCAPE '\\'");
      if (!words.isEmpty()) {
        where.append(" OR (");
        for (int i = 0; i < words.size(); i++) {
          where
              .append(i == 0 ? "" : " AND ")
              .append("LOWER(e.fullText) LIKE :w")
              .append(i)
              .append(" ESCAPE '\\'");
        }
        where.append(")");
      }
      where.append(")");
    }
    var items =
        em.createQuery(
            "SELECT e FROM ControlListEntry e" + where + " ORDER BY e.position",
            ControlListEntry.class);
    var count = em.createQuery("SELECT COUNT(e) FROM ControlListEntry e" + where, Long.class);
    items.setParameter("v", versionId);
    count.setParameter("v", versionId);
    if (!q.isEmpty()) {
      items.setParameter("prefix", escape(q) + "%");
      count.setParameter("prefix", escape(q) + "%");
      for (int i = 0; i < words.size(); i++) {
        items.setParameter("w" + i, "%" + escape(words.get(i)) + "%");
        count.setParameter("w" + i, "%" + escape(words.get(i)) + "%");
      }
    }
    List<ControlListEntry> found =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(found, page.page(), page.size(), count.getSingleResult());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
