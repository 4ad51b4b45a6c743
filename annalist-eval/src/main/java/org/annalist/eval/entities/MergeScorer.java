package org.annalist.eval.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.eval.gold.GoldEntityMention;
import org.annalist.eval.score.Match;
import org.annalist.model.Span;

/**
 * Pairs system mentions with the gold mentions of one document for scoring entity merges: one to
 * one, overlapping spans with the same last token ({@link SpanMatching#HEAD}), over the whole text (the cross-document pass marked the
 * mentions of cross-document entities everywhere). Pairs whose gold mention refers to no entity,
 * and system mentions paired with nothing, are left out: merging is scored on the mentions both
 * sides have.
 */
public final class MergeScorer {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");
  private static final Pattern POSSESSIVE = Pattern.compile(" ?['\u2019]s?$");

  private MergeScorer() {}

  /** The paired mentions, each with its gold entity and the system entity {@code entityOf} gives. */
  public static List<LinkedMention> link(
      EntityGoldDocument document,
      List<SystemMention> system,
      Function<SystemMention, String> entityOf) {
    List<GoldEntityMention> gold = document.mentions();
    List<Span> goldSpans = gold.stream().map(GoldEntityMention::span).toList();
    List<Span> systemSpans = system.stream().map(SystemMention::span).toList();
    List<LinkedMention> linked = new ArrayList<>();
    for (Match match : SpanMatching.HEAD.pair(goldSpans, systemSpans, (g, s) -> false)) {
      String goldEntity = gold.get(match.gold()).entity();
      if (goldEntity != null) {
        SystemMention mention = system.get(match.system());
        linked.add(
            new LinkedMention(document.id(), goldEntity, entityOf.apply(mention), mention.text()));
      }
    }
    return linked;
  }

  /**
   * The baseline's entity for a mention: its text in lower case with spacing collapsed, a leading
   * "the" and a trailing possessive removed, so "the Airbus 's" and "Airbus" are one entity and
   * "EADS" and "European Aeronautic Defence and Space Company" are two.
   */
  public static String exactString(SystemMention mention) {
    String text =
        SPACES.matcher(mention.text().strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return POSSESSIVE.matcher(LEADING_THE.matcher(text).replaceFirst("")).replaceFirst("");
  }
}
