package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * Two names a user told the entity resolver to keep in different entities, undoing a merge. The
 * pair is unordered and case-insensitive: it is held with the name that sorts first (ignoring
 * case) as {@code name}.
 */
public record KeptApart(String name, String other) {
  public KeptApart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(other, "other");
    name = name.strip();
    other = other.strip();
    requireArgument(
        !name.isEmpty() && !other.isEmpty(),
        "both names must be given, were '%s' and '%s'",
        name,
        other);
    requireArgument(!name.equalsIgnoreCase(other), "cannot keep '%s' apart from itself", name);
    if (name.toLowerCase(Locale.ROOT).compareTo(other.toLowerCase(Locale.ROOT)) > 0) {
      String swap = name;
      name = other;
      other = swap;
    }
  }
}
