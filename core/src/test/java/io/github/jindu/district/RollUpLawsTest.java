package io.github.jindu.district;

import static io.github.jindu.catalogue.Metrics.CASES_DRUG_RELATED;
import static io.github.jindu.catalogue.Metrics.POPULATION_ACTUAL;
import static io.github.jindu.catalogue.Metrics.USERS_NEW;
import static io.github.jindu.catalogue.Metrics.VOLUNTEERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.jindu.AssessmentResult;
import io.github.jindu.Evidence;
import io.github.jindu.MetricKey;
import io.github.jindu.Outcome;
import io.github.jindu.Unit;
import io.github.jindu.UnitKind;
import io.github.jindu.bar.MinShare;
import io.github.jindu.testing.Doc;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The laws of the roll-up (docs/district.md) as QuickTheories properties, over towns of one to eight villages and
 * residents' committees that give every share's counts, valid by construction (each part at most its whole), with
 * small wholes (0 to 20) as often as large ones so that empty shares and exact bars occur.
 */
class RollUpLawsTest {
  private static final ImmutableList<MinShare> SHARES =
      Doc.SET.criteria().stream()
          .filter(c -> c.threshold() instanceof MinShare)
          .map(c -> (MinShare) c.threshold())
          .collect(ImmutableList.toImmutableList());

  /** A town's sub-units' documents, the town listing all of them and giving no counts. */
  record District(List<Evidence> parts) {
    List<Unit> units() {
      return parts.stream().map(Evidence::unit).toList();
    }

    Evidence town() {
      return Doc.of("T", UnitKind.TOWN).subunits(units().toArray(Unit[]::new)).build();
    }

    RollUp rollUp() {
      return RollUp.of(UnitTree.of(town(), parts), Doc.SET);
    }
  }

  @Test
  void aRolledUpShare_isTheRatioOfTheSums_andDecidesTheBarExactly() {
    qt().withExamples(200)
        .forAll(districts())
        .checkAssert(
            d -> {
              Evidence town = d.rollUp().evidence();
              AssessmentResult result = Doc.SET.assess(town);
              for (MinShare share : SHARES) {
                BigInteger n = sum(d.parts(), share.numerator());
                BigInteger w = sum(d.parts(), share.denominator());
                assertThat(town.count(share.numerator())).hasValue(n.longValueExact());
                assertThat(town.count(share.denominator())).hasValue(w.longValueExact());
                Outcome expected =
                    w.signum() == 0
                        ? Outcome.NOT_APPLICABLE
                        : n.multiply(BigInteger.valueOf(share.bound().denominator()))
                                    .compareTo(
                                        w.multiply(BigInteger.valueOf(share.bound().numerator())))
                                >= 0
                            ? Outcome.MET
                            : Outcome.NOT_MET;
                String id =
                    Doc.SET.criteria().stream()
                        .filter(c -> c.threshold().equals(share))
                        .findFirst()
                        .orElseThrow()
                        .id();
                assertThat(result.criterion(id).orElseThrow().outcome()).as(id).isEqualTo(expected);
              }
            });
  }

  @Test
  void permutingTheSubunits_changesNothing() {
    qt().withExamples(150)
        .forAll(districts(), longs().all())
        .checkAssert(
            (d, seed) -> {
              List<Evidence> shuffled = new ArrayList<>(d.parts());
              Collections.shuffle(shuffled, new Random(seed));
              District permuted = new District(shuffled);
              // The town lists its sub-units in another order and the documents are given in yet
              // another.
              List<Evidence> given = new ArrayList<>(shuffled);
              Collections.shuffle(given, new Random(seed + 1));
              RollUp up = RollUp.of(UnitTree.of(permuted.town(), given), Doc.SET);

              RollUp original = d.rollUp();
              assertThat(up.evidence().counts()).isEqualTo(original.evidence().counts());
              assertThat(up.evidence().previous()).isEqualTo(original.evidence().previous());
              assertThat(Doc.SET.assess(up.evidence()))
                  .isEqualTo(Doc.SET.assess(original.evidence()));
            });
  }

  @Test
  void rollingUpInTwoGroupsThenCombining_equalsRollingUpAll() {
    qt().withExamples(150)
        .forAll(districts().assuming(d -> d.parts().size() >= 2), longs().all())
        .checkAssert(
            (d, seed) -> {
              int split = 1 + new Random(seed).nextInt(d.parts().size() - 1);
              List<Evidence> first = d.parts().subList(0, split);
              List<Evidence> second = d.parts().subList(split, d.parts().size());
              Evidence g1 = group("G1", first);
              Evidence g2 = group("G2", second);
              Evidence town = Doc.of("T", UnitKind.TOWN).subunits(g1.unit(), g2.unit()).build();
              List<Evidence> documents = new ArrayList<>(d.parts());
              documents.add(g1);
              documents.add(g2);

              RollUp grouped = RollUp.of(UnitTree.of(town, documents), Doc.SET);

              RollUp flat = d.rollUp();
              assertThat(grouped.evidence().counts()).isEqualTo(flat.evidence().counts());
              assertThat(grouped.evidence().previous()).isEqualTo(flat.evidence().previous());
            });
  }

  private static Evidence group(String id, List<Evidence> members) {
    return Doc.of(id, UnitKind.RESIDENTS_COMMITTEE)
        .subunits(members.stream().map(Evidence::unit).toArray(Unit[]::new))
        .build();
  }

  private static BigInteger sum(List<Evidence> parts, MetricKey key) {
    return parts.stream()
        .map(e -> BigInteger.valueOf(e.count(key).orElseThrow()))
        .reduce(BigInteger.ZERO, BigInteger::add);
  }

  // ---- generators ----

  private static long draw(RandomnessSource in, long lowest, long highest) {
    return longs().between(lowest, highest).generate(in);
  }

  /** A part of a whole: all of it, close to all of it, or anything up to it. */
  private static long part(RandomnessSource in, long whole) {
    switch ((int) draw(in, 0, 2)) {
      case 0:
        return whole;
      case 1:
        return whole - draw(in, 0, whole / 20);
      default:
        return draw(in, 0, whole);
    }
  }

  /** Each count a share reads, to the counts it is a direct part of (a share's denominator, its declared wholes). */
  private static final Map<MetricKey, Set<MetricKey>> WHOLES = wholes();

  /** The counts the shares read, every whole before its parts. */
  private static final List<MetricKey> WHOLES_FIRST = wholesFirst();

  private static Map<MetricKey, Set<MetricKey>> wholes() {
    Set<MetricKey> read = new LinkedHashSet<>();
    SHARES.forEach(share -> read.addAll(List.of(share.denominator(), share.numerator())));
    read.add(POPULATION_ACTUAL);
    Map<MetricKey, Set<MetricKey>> wholes = new LinkedHashMap<>();
    for (MinShare share : SHARES) {
      wholes
          .computeIfAbsent(share.numerator(), k -> new LinkedHashSet<>())
          .add(share.denominator());
    }
    for (MetricKey key : read) {
      Doc.SET.metricDefinition(key).orElseThrow().partOf().stream()
          .filter(read::contains)
          .forEach(whole -> wholes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(whole));
    }
    return wholes;
  }

  private static List<MetricKey> wholesFirst() {
    Set<MetricKey> read = new LinkedHashSet<>();
    SHARES.forEach(share -> read.addAll(List.of(share.denominator(), share.numerator())));
    List<MetricKey> order = new ArrayList<>();
    while (order.size() < read.size()) {
      for (MetricKey key : read) {
        if (!order.contains(key)
            && WHOLES.getOrDefault(key, Set.of()).stream()
                .allMatch(w -> order.contains(w) || w.equals(POPULATION_ACTUAL))) {
          order.add(key);
        }
      }
    }
    return order;
  }

  /** One to eight villages and residents' committees, each giving every count below, valid by construction. */
  static Gen<District> districts() {
    return in -> {
      int n = (int) draw(in, 1, 8);
      List<Evidence> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        UnitKind kind = draw(in, 0, 1) == 0 ? UnitKind.VILLAGE : UnitKind.RESIDENTS_COMMITTEE;
        String id = String.format("T-%02d", i + 1);
        Doc doc = Doc.of(id, kind).unit(Unit.of(id, "单位" + id, kind));
        // Every share of the set, each part drawn within all its wholes (wholes first: the table of
        // parts, so persons tested within persons due and within tests done).
        Map<MetricKey, Long> counts = new LinkedHashMap<>();
        long population = draw(in, 1, 50_000);
        counts.put(POPULATION_ACTUAL, population);
        for (MetricKey key : WHOLES_FIRST) {
          long cap = Long.MAX_VALUE;
          for (MetricKey whole : WHOLES.getOrDefault(key, Set.of())) {
            cap = Math.min(cap, counts.get(whole));
          }
          counts.putIfAbsent(
              key,
              cap == Long.MAX_VALUE
                  ? draw(in, 0, draw(in, 0, 1) == 0 ? 20 : 5_000)
                  : part(in, cap));
        }
        counts.forEach(doc::count);
        doc.count(USERS_NEW, Math.min(population, draw(in, 0, 3)))
            .count(CASES_DRUG_RELATED, draw(in, 0, 5));
        long volunteers = draw(in, 0, 300);
        doc.count(VOLUNTEERS, volunteers)
            .previous(VOLUNTEERS, Math.max(0, volunteers + draw(in, -5, 5)));
        parts.add(doc.build());
      }
      return new District(parts);
    };
  }
}
