package io.github.jindu;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Violation} is: which document (a unit id, a candidate's id, a line of a batch; absent for the one
 * document at hand), then a path of {@link Segment segments} into it, named as the fields of the Java types and of
 * their JSON form (which coincide): for example the document's {@code counts}, then the key
 * {@code population.reached}; or {@code events}, index 3, {@code date}.
 *
 * <p>The location is data, not text: the JSON module renders it as a JSON path ({@code $.events[3].date}), the
 * report module in words ({@code 第 4 个事件的日期}). {@link #toString()} is a developer's form only (a JSON
 * Pointer, RFC 6901, such as {@code /events/3/date}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Location {
  private static final Location ROOT = new Location(Optional.empty(), ImmutableList.of());

  private final Optional<String> document;

  /**
   * The location this one extends by {@link #last}, or null when {@link #segments} was given whole: a member read
   * costs one small object, and the list is built only when someone asks for it (a violation's location).
   */
  private final @org.jspecify.annotations.Nullable Location parent;

  private final @org.jspecify.annotations.Nullable Segment last;

  private final int depth;

  /** The path, outermost first; built from the chain on first use (a benign race: every thread builds it equal). */
  private @org.jspecify.annotations.Nullable ImmutableList<Segment> segments;

  private Location(Optional<String> document, ImmutableList<Segment> segments) {
    this.document = document;
    this.parent = null;
    this.last = null;
    this.depth = segments.size();
    this.segments = segments;
  }

  private Location(Location parent, Segment last) {
    this.document = parent.document;
    this.parent = parent;
    this.last = last;
    this.depth = parent.depth + 1;
    this.segments = null;
  }

  /**
   * Returns the document as a whole.
   *
   * @return the location with no document named and no segment
   */
  public static Location root() {
    return ROOT;
  }

  /**
   * Returns a location in the document at hand.
   *
   * @param segments the path, outermost first
   * @return the location
   */
  public static Location of(Segment... segments) {
    return new Location(Optional.empty(), ImmutableList.copyOf(segments));
  }

  /**
   * Returns a location.
   *
   * @param document the document's label (a unit id, say), or empty for the document at hand
   * @param segments the path, outermost first
   * @return the location
   */
  public static Location of(Optional<String> document, Iterable<Segment> segments) {
    return new Location(document, ImmutableList.copyOf(segments));
  }

  /** {@return the document's label, such as the unit id {@code 310199-001-01}; empty for the document at hand} */
  public Optional<String> document() {
    return document;
  }

  /** {@return the path into the document, outermost first; empty for the document as a whole} */
  public ImmutableList<Segment> segments() {
    ImmutableList<Segment> list = segments;
    if (list == null) {
      Segment[] path = new Segment[depth];
      Location at = this;
      int i = depth;
      ImmutableList<Segment> base;
      while ((base = at.segments) == null) {
        path[--i] = Objects.requireNonNull(at.last);
        at = Objects.requireNonNull(at.parent);
      }
      for (int j = i - 1; j >= 0; j--) {
        path[j] = base.get(j);
      }
      list = ImmutableList.copyOf(path);
      segments = list;
    }
    return list;
  }

  /** {@return whether this is the document as a whole: no segment} */
  public boolean isWholeDocument() {
    return depth == 0;
  }

  /**
   * Returns the location of a named member (a field) of the element here.
   *
   * @param name a field name such as {@code date}
   * @return the longer location
   */
  public Location member(String name) {
    return with(Segment.member(name));
  }

  /**
   * Returns the location of an element of the list here.
   *
   * @param index from 0
   * @return the longer location
   */
  public Location index(int index) {
    return with(Segment.index(index));
  }

  /**
   * Returns the location of an entry of the map here (a metric key of {@code counts}, a criterion id of
   * {@code attestations}).
   *
   * @param key the key
   * @return the longer location
   */
  public Location key(String key) {
    return with(Segment.key(key));
  }

  /**
   * Returns this location inside another: {@code outer}'s document and segments, then this one's segments.
   *
   * @param outer where the element this location is relative to sits
   * @return the location from {@code outer}'s document root; this one's document is kept if {@code outer} has none
   */
  public Location within(Location outer) {
    return new Location(
        outer.document.isPresent() ? outer.document : document,
        ImmutableList.<Segment>builder().addAll(outer.segments()).addAll(segments()).build());
  }

  /**
   * Returns this location in a named document.
   *
   * @param label the document's label, such as a unit id
   * @return the same path in that document
   */
  public Location inDocument(String label) {
    return new Location(Optional.of(label), segments());
  }

  /**
   * Returns this location with the segment at {@code position} replaced.
   *
   * @param position an index into {@link #segments()}
   * @param segment the new segment
   * @return the location
   */
  public Location withSegment(int position, Segment segment) {
    ImmutableList.Builder<Segment> b = ImmutableList.builder();
    ImmutableList<Segment> segments = segments();
    for (int i = 0; i < segments.size(); i++) {
      b.add(i == position ? segment : segments.get(i));
    }
    return new Location(document, b.build());
  }

  private Location with(Segment segment) {
    return new Location(this, segment);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location
        && ((Location) o).document.equals(document)
        && ((Location) o).depth == depth
        && ((Location) o).segments().equals(segments());
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, segments());
  }

  /**
   * Returns a developer's form: the document in brackets if any, then a JSON Pointer (RFC 6901).
   *
   * @return for example {@code /counts/population.reached} or {@code [310199-001-01] /events/3/date}; {@code /}
   *     for the document as a whole
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    document.ifPresent(d -> out.append('[').append(d).append("] "));
    if (depth == 0) {
      out.append('/');
    }
    for (Segment s : segments()) {
      out.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /**
   * One step of a {@link Location}: a member (field) name, a list index or a map key.
   *
   * @implSpec This class is immutable and thread-safe.
   */
  public static final class Segment {
    private final SegmentKind kind;
    private final String name;
    private final int index;

    private Segment(SegmentKind kind, String name, int index) {
      this.kind = kind;
      this.name = name;
      this.index = index;
    }

    /**
     * Returns a member segment.
     *
     * @param name the field name, such as {@code date}
     * @return the segment
     */
    public static Segment member(String name) {
      return new Segment(SegmentKind.MEMBER, name, -1);
    }

    /**
     * Returns a list index segment.
     *
     * @param index from 0
     * @return the segment
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static Segment index(int index) {
      checkArgument(index >= 0, "an index must not be negative: %s", index);
      return new Segment(SegmentKind.INDEX, "", index);
    }

    /**
     * Returns a map key segment.
     *
     * @param key the key, such as the metric key {@code population.reached}
     * @return the segment
     */
    public static Segment key(String key) {
      return new Segment(SegmentKind.KEY, key, -1);
    }

    /** {@return what kind of step this is} */
    public SegmentKind kind() {
      return kind;
    }

    /** {@return the member name or the key; empty for an index} */
    public String name() {
      return name;
    }

    /** {@return the index, from 0; -1 for a member or a key} */
    public int index() {
      return index;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Segment
          && ((Segment) o).kind == kind
          && ((Segment) o).name.equals(name)
          && ((Segment) o).index == index;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, name, index);
    }

    /** {@return the name, the key, or the index in decimal} */
    @Override
    public String toString() {
      return kind == SegmentKind.INDEX ? Integer.toString(index) : name;
    }
  }

  /** The kinds of {@link Segment}. */
  public enum SegmentKind {
    /** A named field of an object: {@code unit}, {@code date}. */
    MEMBER,
    /** An element of a list, from 0. */
    INDEX,
    /** An entry of a map whose keys are data: a metric key, a criterion id. */
    KEY
  }
}
