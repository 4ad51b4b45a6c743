package org.annalist.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Role;
import org.annalist.model.FlagName;

/**
 * Which telling of an event speaks for it (its title): one from the most trustworthy kind of
 * source (not fiction, then not machine-translated), then one whose own sentence dates it, then
 * one that names who did it, then a statement rather than a question (a title that starts with an
 * auxiliary or a question word keeps a question's word order: "Did Brenn refuse the offer"), then
 * a clause rather than a bare noun phrase (a title of at least
 * {@value #CLAUSE_WORDS} words: "Vaslov sent a fourth letter to Brenn" over "Vaslov's request"),
 * then the one naming the most participants, then the first in document and offset order.
 */
final class Tellings {
  /** A title this long tells who did what; a shorter one is mostly a noun phrase. */
  static final int CLAUSE_WORDS = 4;

  /** The words a question's title starts with in English: auxiliaries and question words. */
  private static final Set<String> QUESTION_OPENINGS = Set.of(
      "did", "do", "does", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
      "would", "shall", "should", "may", "might", "must", "why", "how", "what", "when", "where",
      "who", "whom", "whose", "which");

  private Tellings() {}

  /** The telling whose title the event takes; {@code cluster} is not empty. */
  static Attestation best(List<Attestation> cluster, Map<String, Source> sources) {
    Comparator<Attestation> order = Comparator.comparingInt((Attestation a) -> doubt(a, sources))
        .thenComparing(a -> !stated(a.mention()))
        .thenComparing(a -> a.namedEntities(Role.AGENT).isEmpty())
        .thenComparing(a -> isQuestion(a.mention().title()))
        .thenComparing(a -> a.mention().title().split(" ").length < CLAUSE_WORDS)
        .thenComparing(
            Comparator.comparingInt((Attestation a) -> a.entities().size()).reversed());
    return cluster.stream().min(order).orElseThrow();
  }

  /** 2 for fiction, 1 for a machine translation, else 0. */
  private static int doubt(Attestation attestation, Map<String, Source> sources) {
    Source source = sources.get(attestation.document());
    if (source == null) {
      return 0;
    }
    return source.has(FlagName.FICTION) ? 2 : source.has(FlagName.MACHINE_TRANSLATION) ? 1 : 0;
  }

  static boolean isQuestion(String title) {
    int space = title.indexOf(' ');
    String first = space < 0 ? title : title.substring(0, space);
    return QUESTION_OPENINGS.contains(first.toLowerCase(Locale.ROOT));
  }

  private static boolean stated(EventMention mention) {
    return mention.time() != null && mention.time().explicit();
  }
}
