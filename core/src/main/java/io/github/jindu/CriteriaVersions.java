package io.github.jindu;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions of criteria sets a system knows (a city's set as revised every few years, a district's own
 * variant), and the choice among them by date: the version in force for an assessment period is the one used.
 *
 * <p>Example: {@code CriteriaVersions.of(set2019, set2024).inForce("district-model-community", period)}.
 *
 * <p>Two versions of one set may not be in force on the same day; a period that straddles two versions is an
 * error unless the caller names the version ({@link #version(String, String)}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CriteriaVersions {
  private final ImmutableList<CriteriaSet> sets;

  private CriteriaVersions(ImmutableList<CriteriaSet> sets) {
    this.sets = sets;
  }

  /**
   * Returns the versions given, after checking that no two versions of one set share a version label or a day in
   * force.
   *
   * @param sets the criteria sets, in any order
   * @return the versions
   * @throws InvalidCriteriaException naming the set, both versions and the first day they share
   */
  public static CriteriaVersions of(Iterable<CriteriaSet> sets) {
    ImmutableList<CriteriaSet> list = ImmutableList.copyOf(sets);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        CriteriaSet a = list.get(i);
        CriteriaSet b = list.get(j);
        if (!a.id().equals(b.id())) {
          continue;
        }
        if (a.version().equals(b.version())) {
          throw InvalidCriteriaException.of(RuleCode.SET_VERSION_TWICE, a.id(), a.version());
        }
        commonDays(a, b)
            .ifPresent(
                days -> {
                  throw InvalidCriteriaException.of(
                      RuleCode.SET_VERSIONS_OVERLAP, a.version(), b.version(), a.id(), days);
                });
      }
    }
    return new CriteriaVersions(list);
  }

  /**
   * Returns the versions given.
   *
   * @param sets the criteria sets
   * @return the versions
   * @throws InvalidCriteriaException as {@link #of(Iterable)}
   */
  public static CriteriaVersions of(CriteriaSet... sets) {
    return of(List.of(sets));
  }

  /** {@return every version, in the order given} */
  public ImmutableList<CriteriaSet> all() {
    return sets;
  }

  /**
   * Returns the version of a set in force on every day of a period.
   *
   * @param id the set's id
   * @param period the assessment period
   * @return the one version in force throughout the period
   * @throws JinduException if no version is in force throughout the period: none at all, or the period straddles
   *     two versions (then name one with {@link #version(String, String)})
   */
  public CriteriaSet inForce(String id, AssessmentPeriod period) {
    List<CriteriaSet> versions =
        sets.stream().filter(s -> s.id().equals(id)).collect(Collectors.toList());
    if (versions.isEmpty()) {
      throw new JinduException("no criteria set " + id + " is known (known: " + ids() + ")");
    }
    for (CriteriaSet set : versions) {
      if (set.isInForce(period)) {
        return set;
      }
    }
    Optional<CriteriaSet> atStart =
        versions.stream().filter(s -> s.isInForceOn(period.start())).findFirst();
    Optional<CriteriaSet> atEnd =
        versions.stream().filter(s -> s.isInForceOn(period.end())).findFirst();
    if (atStart.isPresent() && atEnd.isPresent()) {
      throw new JinduException(
          "the period "
              + period
              + " straddles versions "
              + atStart.get().version()
              + " and "
              + atEnd.get().version()
              + " of criteria set "
              + id
              + ": name the version to use");
    }
    throw new JinduException(
        "no version of criteria set "
            + id
            + " is in force throughout "
            + period
            + " (versions: "
            + versions.stream().map(CriteriaVersions::describe).collect(Collectors.joining(", "))
            + ")");
  }

  /**
   * Returns a named version of a set, whatever its days in force.
   *
   * @param id the set's id
   * @param version its version label
   * @return that version
   * @throws JinduException if there is no such version
   */
  public CriteriaSet version(String id, String version) {
    return sets.stream()
        .filter(s -> s.id().equals(id) && s.version().equals(version))
        .findFirst()
        .orElseThrow(() -> new JinduException("criteria set " + id + " has no version " + version));
  }

  private String ids() {
    return sets.stream().map(CriteriaSet::id).distinct().collect(Collectors.joining(", "));
  }

  private static String describe(CriteriaSet s) {
    return s.version()
        + " in force "
        + s.inForceFrom().map(Object::toString).orElse("…")
        + ".."
        + s.inForceUntil().map(Object::toString).orElse("…");
  }

  /** {@return the days two versions share, as "on 2024-01-01" or "on every day", or empty if none} */
  private static Optional<String> commonDays(CriteriaSet a, CriteriaSet b) {
    Optional<LocalDate> from = later(a.inForceFrom(), b.inForceFrom());
    Optional<LocalDate> until = earlier(a.inForceUntil(), b.inForceUntil());
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      return Optional.empty();
    }
    if (from.isPresent()) {
      return Optional.of("on " + from.get());
    }
    return Optional.of(until.map(day -> "on " + day).orElse("on every day"));
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
  }
}
