package eu.dualis.screening.service;

import eu.dualis.platform.persistence.SchemaMigrated;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.SanctionsListRepository;
import eu.dualis.screening.service.matching.IndexedEntity;
import eu.dualis.screening.service.matching.ScreeningIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The screening index of this node: built from the list versions in force in the database, and
 * rebuilt when they change, here (an import on this node) or elsewhere (checked every minute).
 * Every node builds its own; the database is the only shared truth. Screenings read one immutable
 * snapshot, so a rebuild never shows them half a list.
 */
@ApplicationScoped
public class ScreeningIndexHolder {

  private static final Logger LOG = Logger.getLogger(ScreeningIndexHolder.class.getName());
  private static final long CHECK_SECONDS = 60;

  /** One consistent state: the index, its entries, and the versions they come from. */
  public record Snapshot(
      ScreeningIndex index,
      Map<Long, ListedEntity> entries,
      List<ListVersion> versions,
      Instant builtAt) {

    static final Snapshot EMPTY =
        new Snapshot(ScreeningIndex.build(List.of()), Map.of(), List.of(), Instant.EPOCH);

    Set<String> versionIds() {
      return versions.stream().map(ListVersion::id).collect(Collectors.toSet());
    }
  }

  @Inject SanctionsListRepository lists;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Snapshot current = Snapshot.EMPTY;
  private ScheduledFuture<?> check;

  public Snapshot current() {
    return current;
  }

  void onStart(@Observes SchemaMigrated migrated) {
    rebuild();
    check =
        scheduler.scheduleWithFixedDelay(
            this::rebuildIfChanged, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
  }

  void onImport(@Observes SanctionsListService.ListVersionsChanged changed) {
    rebuild();
  }

  @PreDestroy
  void stop() {
    if (check != null) {
      check.cancel(false);
    }
  }

  public void rebuildIfChanged() {
    try {
      Set<String> inForce =
          lists.inForce().stream().map(ListVersion::id).collect(Collectors.toSet());
      if (!inForce.equals(current.versionIds())) {
        rebuild();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Checking the sanctions lists in force failed; will retry", e);
    }
  }

  /** Reads every entity in force and swaps in a new index. */
  public synchronized void rebuild() {
    long start = System.nanoTime();
    for (int attempt = 0; attempt < 3; attempt++) {
      List<ListVersion> versions = lists.inForce();
      List<IndexedEntity> indexed = new ArrayList<>();
      Map<Long, ListedEntity> entries = new HashMap<>();
      lists.forEachInForce(
          e -> {
            entries.put(e.id(), e);
            indexed.add(
                new IndexedEntity(
                    e.id(), e.type(), e.names(), e.birthDates(), e.countries(), e.identifiers()));
          });
      // A version put in force while we read would leave us between two states: read again.
      if (versions.equals(lists.inForce())) {
        current =
            new Snapshot(
                ScreeningIndex.build(indexed),
                Map.copyOf(entries),
                List.copyOf(versions),
                Instant.now());
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(
            () ->
                "Screening index built: "
                    + entries.size()
                    + " entities of "
                    + versions.size()
                    + " list(s) in "
                    + ms
                    + " ms");
        return;
      }
    }
    LOG.warning("The lists in force kept changing while the index was built; will retry");
  }
}
