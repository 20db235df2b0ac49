package io.github.jindu;

import io.github.jindu.internal.CanonicalNames;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The canonical form of {@link Evidence} and its digest ({@link AssessmentResult#evidenceDigest()}): a text of one
 * element a line, tab-separated fields, with {@code \}, tab and line breaks escaped; lists whose order carries no
 * meaning (counts, sub-units, events, attestations, vetoes, peers, samples) sorted, so that the same evidence in another
 * order has the same digest. An absent list or value ({@code -}) is told apart from an empty list (its header line
 * with 0) and from a text {@code "-"} (written {@code \-}).
 */
final class EvidenceDigest {
  /** Stands for an absent value; written as {@code -}, while a present {@code "-"} is written {@code \-}. */
  @SuppressWarnings("StringEquality")
  private static final String ABSENT = new String("-");

  private EvidenceDigest() {}

  /** {@return {@code sha256:} and the lower-case hex SHA-256 of the UTF-8 bytes of the canonical form} */
  static String of(Evidence evidence) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
    // The form is encoded through one small buffer rather than copied whole into a byte array; a
    // lone
    // surrogate becomes '?', as String.getBytes would write it.
    CharsetEncoder utf8 =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer in = CharBuffer.wrap(canonicalFormBuilder(evidence));
    ByteBuffer out = ByteBuffer.allocate(4096);
    while (true) {
      CoderResult result = utf8.encode(in, out, true);
      out.flip();
      sha256.update(out);
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    utf8.flush(out);
    out.flip();
    sha256.update(out);
    byte[] hash = sha256.digest();
    StringBuilder hex = new StringBuilder("sha256:");
    for (byte b : hash) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  /** {@return the canonical form, ending with a line break} */
  static String canonicalForm(Evidence e) {
    return canonicalFormBuilder(e).toString();
  }

  private static StringBuilder canonicalFormBuilder(Evidence e) {
    StringBuilder out =
        new StringBuilder(
            256
                + 48
                    * (e.counts().size()
                        + e.previous().size()
                        + e.attestations().size()
                        + e.subunits().map(List::size).orElse(0)
                        + e.events().map(List::size).orElse(0)
                        + e.peers().map(List::size).orElse(0)));
    line(out, "evidence", "1");
    line(
        out,
        "unit",
        e.unit().id(),
        e.unit().name(),
        CanonicalNames.of(e.unit().kind()),
        e.unit().districtId().orElse(ABSENT));
    line(out, "period", e.period().start().toString(), e.period().end().toString());
    counts(out, "count", e.counts());
    counts(out, "previous", e.previous());
    list(
        out,
        "subunits",
        e.subunits()
            .map(
                list ->
                    list.stream()
                        .map(
                            u ->
                                fields(
                                    "subunit",
                                    u.id(),
                                    u.name(),
                                    CanonicalNames.of(u.kind()),
                                    u.districtId().orElse(ABSENT)))
                        .collect(Collectors.toList())));
    list(
        out,
        "events",
        e.events()
            .map(
                list ->
                    list.stream()
                        .map(
                            v ->
                                fields(
                                    "event",
                                    v.kind().id(),
                                    v.date().toString(),
                                    v.subunitId().orElse(ABSENT),
                                    v.settings().stream()
                                        .map(CanonicalNames::of)
                                        .sorted()
                                        .collect(Collectors.joining(","))))
                        .collect(Collectors.toList())));
    e.attestations().entrySet().stream()
        .map(
            a ->
                fields(
                    "attestation",
                    a.getKey(),
                    Boolean.toString(a.getValue().met()),
                    a.getValue().reference()))
        .sorted()
        .forEach(l -> out.append(l).append('\n'));
    list(
        out,
        "vetoes",
        e.vetoes()
            .map(
                list ->
                    list.stream()
                        .map(v -> fields("veto", v.id(), v.reference()))
                        .collect(Collectors.toList())));
    list(
        out,
        "peers",
        e.peers()
            .map(
                list ->
                    list.stream()
                        .map(
                            p ->
                                fields(
                                    "peer", p.unitId(), figure(p.population()), figure(p.cases())))
                        .collect(Collectors.toList())));
    // Only when present, so that evidence without samples keeps the digest it had before they
    // existed.
    e.samples().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              line(out, "samples", entry.getKey(), Integer.toString(entry.getValue().size()));
              entry.getValue().stream()
                  .map(u -> fields("sampled", u.unitId(), Boolean.toString(u.passed())))
                  .sorted()
                  .forEach(l -> out.append(l).append('\n'));
            });
    // A peer's own counts, for the district's average: lines only when given, so that the digest of
    // evidence without them is what it was before they existed.
    e.peers()
        .ifPresent(
            list ->
                list.stream()
                    .flatMap(
                        p ->
                            p.counts().entrySet().stream()
                                .map(
                                    c ->
                                        fields(
                                            "peer-count",
                                            p.unitId(),
                                            c.getKey().name(),
                                            Long.toString(c.getValue()))))
                    .sorted()
                    .forEach(l -> out.append(l).append('\n')));
    return out;
  }

  /** {@return a peer's figure in decimal, or the absent marker when it is not known} */
  private static String figure(java.util.OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : ABSENT;
  }

  private static void counts(StringBuilder out, String tag, Map<MetricKey, Long> counts) {
    counts.entrySet().stream()
        .map(c -> fields(tag, c.getKey().name(), Long.toString(c.getValue())))
        .sorted()
        .forEach(l -> out.append(l).append('\n'));
  }

  private static void list(StringBuilder out, String tag, Optional<List<String>> lines) {
    if (lines.isEmpty()) {
      line(out, tag, ABSENT);
      return;
    }
    line(out, tag, Integer.toString(lines.get().size()));
    List<String> sorted = new ArrayList<>(lines.get());
    sorted.sort(null);
    sorted.forEach(l -> out.append(l).append('\n'));
  }

  private static void line(StringBuilder out, String... fields) {
    out.append(fields(fields)).append('\n');
  }

  private static String fields(String... fields) {
    StringBuilder line = new StringBuilder(64);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      String f = fields[i];
      if (f == ABSENT) {
        line.append('-');
      } else if (f.equals("-")) {
        line.append("\\-");
      } else {
        escape(line, f);
      }
    }
    return line.toString();
  }

  /** Appends a text with {@code \\}, tab, line feed and carriage return escaped, in one pass. */
  private static void escape(StringBuilder line, String f) {
    int first = 0;
    while (first < f.length() && "\\\t\n\r".indexOf(f.charAt(first)) < 0) {
      first++;
    }
    line.append(f, 0, first);
    for (int i = first; i < f.length(); i++) {
      char c = f.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }
}
