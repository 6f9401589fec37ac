package eu.dualis.training.persistence;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.persistence.LikePatterns;
import eu.dualis.training.model.Trainee;
import eu.dualis.training.model.TraineeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTraineeRepository implements TraineeRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Trainee> find(String id) {
    return em.createQuery("SELECT t FROM Trainee t WHERE t.id = :id", Trainee.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Trainee> findByEmail(String email) {
    return em.createQuery("SELECT t FROM Trainee t WHERE t.email = :e", Trainee.class)
        .setParameter("e", email)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Trainee> search(String query, String role, boolean activeOnly, PageRequest page) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    String pattern = LikePatterns.containing(query);
    if (pattern != null) {
      parts.add("(LOWER(t.name) LIKE :q ESCAPE '\\' OR t.email LIKE :q ESCAPE '\\')");
      parameters.put("q", pattern);
    }
    if (role != null && !role.isEmpty()) {
      parts.add("t.role = :role");
      parameters.put("role", role);
    }
    if (activeOnly) {
      parts.add("t.active = TRUE");
    }
    String where = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    TypedQuery<Trainee> items =
        em.createQuery("SELECT t FROM Trainee t" + where + " ORDER BY t.name, t.id", Trainee.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Trainee t" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    var rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(rows, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public List<Trainee> active() {
    return em.createQuery(
            "SELECT t FROM Trainee t WHERE t.active = TRUE ORDER BY t.role, t.name, t.id",
            Trainee.class)
        .getResultList();
  }

  @Override
  public void add(Trainee trainee) {
    em.persist(trainee);
  }
}
