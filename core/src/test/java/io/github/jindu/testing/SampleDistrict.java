package io.github.jindu.testing;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.POPULATION_REACHED;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;

import io.github.jindu.Evidence;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.district.Selection;
import java.util.ArrayList;
import java.util.List;

/** Test support for other packages: a district of six candidates, one of each kind of outcome and two ties. */
public final class SampleDistrict {
  private SampleDistrict() {}

  /** A candidate that meets every criterion if its case rate is the district's lowest. */
  public static Doc qualifiable(String id, long population, long cases) {
    return Doc.allMet()
        .unit(id, "镇" + id, UnitKind.TOWN)
        .count(POPULATION_ACTUAL, population)
        .count(POPULATION_REACHED, population * 95 / 100)
        .count(USERS_NEW, 0)
        .count(CASES_DRUG_RELATED, cases);
  }

  /**
   * Returns the six candidates, in no particular order: D-2 and D-3 qualified and tied (0.5 cases per 10,000), D-4
   * incomplete (no count of new users, its case rate tying theirs), D-1 and D-6 not qualified (D-6 covers 89.998 %
   * of its people), D-5 not qualified (its system does not apply the 综治
   * veto to its grassroots units). Every candidate gives both counts of the case rate, so every rate is known (a
   * district with an unknown rate is {@code SelectionTest}'s and examples/data/district-2025's).
   *
   * @return the candidates' evidence
   */
  public static List<Evidence> candidates() {
    return List.of(
        qualifiable("D-6", 43_900, 4).count(POPULATION_REACHED, 39_509).build(),
        qualifiable("D-3", 80_000, 4).build(),
        qualifiable("D-5", 97_150, 9)
            .attest("responsibility.veto-applied", false, "区综治委通报 2025-7号")
            .build(),
        qualifiable("D-4", 80_000, 4).withoutCount(USERS_NEW).build(),
        qualifiable("D-1", 84_210, 6).build(),
        qualifiable("D-2", 60_000, 3).build());
  }

  /**
   * Returns {@link #candidates()} with D-2's case count rolled up from two villages' documents, given last.
   *
   * @return the documents of the candidates and of D-2's villages
   */
  public static List<Evidence> documents() {
    Unit v1 = Unit.of("D-2-01", "一村", UnitKind.VILLAGE);
    Unit v2 = Unit.of("D-2-02", "二村", UnitKind.VILLAGE);
    List<Evidence> documents = new ArrayList<>(candidates());
    documents.removeIf(e -> e.unit().id().equals("D-2"));
    documents.add(
        qualifiable("D-2", 60_000, 3)
            .withoutCount(CASES_DRUG_RELATED)
            .subunits(v1, v2)
            .letters()
            .build());
    documents.add(
        Doc.of(v1.id(), v1.kind())
            .unit(v1)
            .count(POPULATION_ACTUAL, 25_000)
            .count(CASES_DRUG_RELATED, 1)
            .build());
    documents.add(
        Doc.of(v2.id(), v2.kind())
            .unit(v2)
            .count(POPULATION_ACTUAL, 35_000)
            .count(CASES_DRUG_RELATED, 2)
            .build());
    return documents;
  }

  /** {@return the selection of {@link #candidates()} on the default set} */
  public static Selection selection() {
    return Selection.of(candidates(), Doc.SET);
  }
}
