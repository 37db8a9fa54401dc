package org.socialstrategy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry behind one open catalog: its well-known values in declaration order and a lookup by
 * key or alias. Filled while the owning class initializes, read-only afterwards.
 */
final class Catalog<T extends CatalogValue> {

  private final String what;
  private final Map<String, T> byKeyOrAlias = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  Catalog(String what) {
    this.what = what;
  }

  /** Registers a well-known value and its aliases (any text; normalized here). */
  T add(T value, String... aliases) {
    values.add(value);
    byKeyOrAlias.put(value.key(), value);
    for (String alias : aliases) {
      byKeyOrAlias.put(CatalogValue.normalize(alias, what), value);
    }
    return value;
  }

  /** Finds the well-known value the normalized key names, if any. */
  Optional<T> find(String key) {
    return Optional.ofNullable(byKeyOrAlias.get(key));
  }

  /** Normalizes text as a key of this catalog. */
  String key(String text) {
    return CatalogValue.normalize(text, what);
  }

  /** Returns the well-known values in declaration order. */
  List<T> values() {
    return Collections.unmodifiableList(values);
  }
}
