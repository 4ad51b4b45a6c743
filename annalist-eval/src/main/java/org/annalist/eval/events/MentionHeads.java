package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Set;

/**
 * The head token of a mention of several tokens, by rules over parts of speech (there is no
 * parse): the last main verb if the mention has a verb ("was arrested", "checked into"), else
 * the last noun before the first preposition, wh-word, comma or bracket ("the car accident",
 * "plea of guilty"), else the last token before it.
 */
public final class MentionHeads {
  private MentionHeads() {}

  /** Lemmas of verbs that are auxiliaries more often than main verbs. */
  static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  /** Tags that end the head's phrase when they follow its first token. */
  private static final Set<String> PHRASE_ENDS =
      Set.of("IN", "TO", "WDT", "WP", "WP$", "WRB", ",", ":", "-LRB-");

  /** The head of the mention's tokens (in text order, at least one). */
  public static TaggedToken head(List<TaggedToken> tokens) {
    requireArgument(!tokens.isEmpty(), "a mention needs at least one token");
    List<TaggedToken> verbs = tokens.stream().filter(TaggedToken::isVerb).toList();
    if (!verbs.isEmpty()) {
      List<TaggedToken> main =
          verbs.stream().filter(verb -> !AUXILIARIES.contains(verb.lemma())).toList();
      return last(main.isEmpty() ? verbs : main);
    }
    int end = 1;
    while (end < tokens.size() && !PHRASE_ENDS.contains(tokens.get(end).pos())) {
      end++;
    }
    List<TaggedToken> phrase = tokens.subList(0, end);
    List<TaggedToken> nouns = phrase.stream().filter(TaggedToken::isNoun).toList();
    return last(nouns.isEmpty() ? phrase : nouns);
  }

  private static TaggedToken last(List<TaggedToken> tokens) {
    return tokens.get(tokens.size() - 1);
  }
}
