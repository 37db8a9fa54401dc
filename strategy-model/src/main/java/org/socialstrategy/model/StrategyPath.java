package org.socialstrategy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a strategy something is, such as {@code tactics[fb-contest].supports[0]}: a list of
 * segments, each a field name with an optional selector.
 *
 * <p>An element of a list of identified elements carries both its position and its id and prints as
 * {@code name[id]}; an element without a usable id prints as {@code name[position]}; a map entry
 * prints as {@code name[key]}. Keeping positions lets file readers map a path back to a line and
 * column.
 *
 * <p>A class rather than a record: a path is a chain of shared parents whose links stay private,
 * and a segment stores its optional position and key without an {@code Optional} apiece, since
 * every finding makes a path.
 */
public final class StrategyPath {

  /** The path of the strategy itself. */
  public static final StrategyPath ROOT = new StrategyPath(null, null);

  private final StrategyPath parent;
  private final Segment last;

  /** Paths share their parents, so extending one costs two small objects whatever its depth. */
  private StrategyPath(StrategyPath parent, Segment last) {
    this.parent = parent;
    this.last = last;
  }

  /**
   * Parses a path in the form {@link #toString()} writes. Selectors made only of digits are read as
   * positions, others as keys.
   *
   * @param text a path such as {@code "tactics[3].supports[0]"}
   * @return the path
   * @throws IllegalArgumentException if the text is not a path
   */
  public static StrategyPath parse(String text) {
    StrategyPath path = ROOT;
    if (text.isEmpty()) {
      return path;
    }
    for (String part : text.split("\\.", -1)) {
      int open = part.indexOf('[');
      if (open == 0 || part.isEmpty() || (open > 0 && !part.endsWith("]"))) {
        throw new IllegalArgumentException("not a strategy path: '" + text + "'");
      }
      if (open < 0) {
        path = path.field(part);
        continue;
      }
      String name = part.substring(0, open);
      String selector = part.substring(open + 1, part.length() - 1);
      path =
          !selector.isEmpty() && selector.chars().allMatch(Character::isDigit)
              ? path.index(name, Integer.parseInt(selector))
              : path.key(name, selector);
    }
    return path;
  }

  /**
   * Returns this path followed by a field.
   *
   * @param name the field's name
   * @return the longer path
   */
  public StrategyPath field(String name) {
    return append(new Segment(name, -1, null));
  }

  /**
   * Returns this path followed by the element at a position of a list.
   *
   * @param name the list's name
   * @param position the element's position, from 0
   * @return the longer path
   */
  public StrategyPath index(String name, int position) {
    return append(new Segment(name, position, null));
  }

  /**
   * Returns this path followed by an identified element of a list, printed by its id.
   *
   * @param name the list's name
   * @param position the element's position, from 0
   * @param id the element's id
   * @return the longer path
   */
  public StrategyPath element(String name, int position, String id) {
    return append(new Segment(name, position, id));
  }

  /**
   * Returns this path followed by the entry of a map.
   *
   * @param name the map's name
   * @param key the entry's key
   * @return the longer path
   */
  public StrategyPath key(String name, String key) {
    return append(new Segment(name, -1, key));
  }

  private StrategyPath append(Segment segment) {
    return new StrategyPath(this, segment);
  }

  /**
   * Returns the segments from the root down.
   *
   * @return the segments
   */
  public List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    for (StrategyPath path = this; path.last != null; path = path.parent) {
      segments.add(path.last);
    }
    Collections.reverse(segments);
    return Collections.unmodifiableList(segments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StrategyPath && segments().equals(((StrategyPath) other).segments());
  }

  @Override
  public int hashCode() {
    return segments().hashCode();
  }

  /** Returns the path as people read it, e.g. {@code tactics[fb-contest].supports[0]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments()) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }

  /** One step of a path: a field name with an optional position and key. */
  public static final class Segment {
    private final String name;
    private final int position;
    private final String key;

    private Segment(String name, int position, String key) {
      this.name = Objects.requireNonNull(name, "name");
      this.position = position;
      this.key = key;
    }

    /**
     * Returns the field's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the element's position in its list.
     *
     * @return the position, if the segment selects a list element
     */
    public OptionalInt position() {
      return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /**
     * Returns the element's id or the map entry's key.
     *
     * @return the key, if the segment has one
     */
    public Optional<String> key() {
      return Optional.ofNullable(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Segment
          && name.equals(((Segment) other).name)
          && position == ((Segment) other).position
          && Objects.equals(key, ((Segment) other).key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, position, key);
    }

    /** Returns the segment as {@code name}, {@code name[key]} or {@code name[position]}. */
    @Override
    public String toString() {
      if (key != null) {
        return name + "[" + key + "]";
      }
      return position < 0 ? name : name + "[" + position + "]";
    }
  }
}
