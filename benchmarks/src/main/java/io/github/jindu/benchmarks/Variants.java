package io.github.jindu.benchmarks;

import io.github.jindu.Event;
import io.github.jindu.Evidence;
import io.github.jindu.Peer;
import io.github.jindu.Setting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated variants of the sample town: more or fewer events, more or fewer peers; each valid evidence. */
public final class Variants {
  private static final Setting[] SETTINGS = Setting.values();

  private Variants() {}

  /**
   * Returns the sample town with {@code events} events and {@code peers} peers: its own events (the first
   * {@code events} of them when there are fewer), then prevention activities spread over the year; made-up peers
   * with seeded figures.
   *
   * @param sample the sample town's evidence
   * @param events how many events, at least 0
   * @param peers how many peers, at least 0
   * @return the variant
   */
  public static Evidence of(Evidence sample, int events, int peers) {
    List<Event> own = sample.events().orElseThrow();
    List<Event> list = new ArrayList<>(own.subList(0, Math.min(events, own.size())));
    int year = sample.period().start().getYear();
    for (int i = list.size(); i < events; i++) {
      LocalDate date = LocalDate.ofYearDay(year, 1 + i % 365);
      list.add(Event.activity(date, SETTINGS[i % SETTINGS.length]));
    }
    SplittableRandom random = new SplittableRandom(events * 31L + peers);
    List<Peer> peerList = new ArrayList<>();
    for (int i = 1; i <= peers; i++) {
      peerList.add(
          Peer.of(
              String.format("310199-P%05d", i),
              20_000 + random.nextLong(130_001),
              random.nextLong(16)));
    }
    return sample.withEvents(list).withPeers(peerList);
  }
}
