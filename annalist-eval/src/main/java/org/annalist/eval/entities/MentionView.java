package org.annalist.eval.entities;

import java.util.Map;
import org.annalist.eval.gold.GoldEntityMention;
import org.annalist.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Which gold mentions a mention score counts. A system mention paired with a gold mention the
 * view leaves out is neither credited nor penalized: the NER model finds names only, so finding
 * "Airbus" where the gold marks the nominal "the European aircraft maker, Airbus" as a whole is no
 * error in the names view.
 */
public enum MentionView {
  /** Every gold entity mention: names, nominals ("the company"), pronouns, lists. */
  ALL("all gold mentions"),
  /** Gold mentions that are proper names: syntactic type NAM or PRE.NAM. */
  NAMES("gold names (NAM, PRE.NAM)"),
  /**
   * Gold names of people, organizations and places, which must also get the right type: PER as
   * PERSON, ORG as ORGANIZATION, LOC as LOCATION. Gold products (PRO), financial entities (FIN)
   * and mixed (MIX) have no NER counterpart and are left out, as are system MISC mentions.
   */
  TYPED("typed names (PER/ORG/LOC)");

  private static final Map<String, EntityType> NER_TYPE =
      Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION);

  private final String label;

  MentionView(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The NER type a gold entity type maps to, or null for PRO, FIN, MIX and mentions without an entity. */
  static @Nullable EntityType nerType(GoldEntityMention gold) {
    return gold.entityType() == null ? null : NER_TYPE.get(gold.entityType());
  }

  boolean counts(GoldEntityMention gold) {
    return switch (this) {
      case ALL -> true;
      case NAMES -> gold.isName();
      case TYPED -> gold.isName() && nerType(gold) != null;
    };
  }

  boolean counts(SystemMention system) {
    return this != TYPED || NER_TYPE.containsValue(system.type());
  }

  boolean correct(GoldEntityMention gold, SystemMention system) {
    return this != TYPED || system.type() == nerType(gold);
  }
}
