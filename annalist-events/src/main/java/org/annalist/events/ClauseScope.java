package org.annalist.events;

import static org.annalist.events.FactualityCues.CONDITIONAL_PARTICIPLES;
import static org.annalist.events.FactualityCues.CONDITIONAL_PHRASES;
import static org.annalist.events.FactualityCues.CONDITIONS;
import static org.annalist.events.FactualityCues.EVERY;
import static org.annalist.events.FactualityCues.HABITUAL_ADVERBS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.events.EventLexicon.Kind;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * What a clause says of itself and of everything below it, whichever way it is governed: a
 * condition, a purpose, a habit, a reporter. {@link FactualityReader} adds it for the event's own
 * clause and for every clause it walks up through.
 */
final class ClauseScope {
  private static final Set<String> WH_TAGS = Set.of("WDT", "WP", "WP$", "WRB");
  private static final Set<String> SUBJECT_EXCLUDED =
      Set.of("acl", "appos", "punct", "parataxis", "case", "fixed");

  private final EventLexicon lexicon;
  private final String text;

  /** The scopes of the clauses of the document {@code text}. */
  ClauseScope(EventLexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.text = text;
  }

  /**
   * What a clause says of itself and of everything below it: a condition ("if", "as long as"),
   * a condition of its own ("if they attack, we will ..."), a purpose ("in order to", "to"), a
   * habit ("usually", "every year", "whenever", "wars ruin nations"), and a reporter ("..., he
   * said", "according to the police").
   */
  Stance of(SentenceGraph sentence, Token clause) {
    Stance stance = Stance.TOLD;
    List<Token> children = sentence.children(clause);
    if (isCondition(sentence, clause)
        || children.stream()
            .anyMatch(
                child -> child.relation().equals("advcl") && hasConditionMark(sentence, child))) {
      stance = stance.suppose();
    }
    if (isPurpose(sentence, clause)) {
      stance = stance.intend();
    }
    if (isHabitual(sentence, clause)) {
      stance = stance.habitual();
    }
    for (Token child : children) {
      if (child.relation().equals("parataxis") && FactualityCues.reports(lexicon, child.lemma())) {
        stance = stance.reportedBy(reporter(sentence, child));
      } else if (SentenceGraph.matches(child, Set.of("obl"))
          && sentence.children(child).stream()
              .anyMatch(word -> word.relation().equals("case") && word.lemma().equals("accord"))) {
        stance = stance.reportedBy(phrase(sentence, child));
      }
    }
    return stance;
  }

  private static boolean isCondition(SentenceGraph sentence, Token clause) {
    if (hasConditionMark(sentence, clause)) {
      return true;
    }
    List<Token> subtree = sentence.subtree(clause);
    int first = subtree.get(0).index();
    StringBuilder before = new StringBuilder();
    for (int i = Math.max(0, first - 4); i <= first; i++) {
      before.append(sentence.token(i).text().toLowerCase(Locale.ROOT)).append(' ');
    }
    String words = before.toString();
    return CONDITIONAL_PHRASES.stream()
        .anyMatch(phrase -> words.endsWith(phrase + " ")
            || words.endsWith(phrase + " " + subtree.get(0).text().toLowerCase(Locale.ROOT) + " "));
  }

  private static boolean hasConditionMark(SentenceGraph sentence, Token clause) {
    return sentence.childrenWith(clause, Set.of("mark")).stream()
        .anyMatch(mark -> CONDITIONS.contains(mark.lemma())
            || CONDITIONAL_PARTICIPLES.contains(mark.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * An adverbial infinitive of purpose ("(in order) to X", "so as to X", "so that X"), or an
   * infinitive that no verb governs: a headline's "Apple to cut jobs" tells what is to come.
   */
  private static boolean isPurpose(SentenceGraph sentence, Token clause) {
    if (!clause.relation().equals("advcl")) {
      return hasInfinitiveMark(sentence, clause)
          && !SentenceGraph.matches(clause, Set.of("xcomp", "acl", "conj"));
    }
    List<String> marks =
        sentence.childrenWith(clause, Set.of("mark")).stream().map(Token::lemma).toList();
    return marks.contains("to") || marks.contains("so") && marks.contains("that");
  }

  static boolean hasInfinitiveMark(SentenceGraph sentence, Token clause) {
    return sentence.childrenWith(clause, Set.of("mark")).stream()
        .anyMatch(mark -> mark.lemma().equals("to"));
  }

  /**
   * A habit or a kind rather than one event: an adverb of habit, "every" or "each" on a time,
   * a "whenever" clause, or the simple present with a bare plural subject ("wars ruin nations").
   */
  private boolean isHabitual(SentenceGraph sentence, Token clause) {
    for (Token child : sentence.children(clause)) {
      if (child.relation().equals("advmod") && HABITUAL_ADVERBS.contains(child.lemma())) {
        return true;
      }
      if (child.relation().equals("obl:tmod")
          && sentence.childrenWith(child, Set.of("det")).stream()
              .anyMatch(det -> EVERY.contains(det.lemma()))) {
        return true;
      }
      if (child.relation().equals("advcl")
          && sentence.childrenWith(child, Set.of("advmod")).stream()
              .anyMatch(adverb -> adverb.lemma().equals("whenever"))) {
        return true;
      }
    }
    return isGenericPresent(sentence, clause);
  }

  /**
   * The simple present with a bare plural subject, outside a heading: headings tell past events
   * in the present ("Markets fall").
   */
  private boolean isGenericPresent(SentenceGraph sentence, Token clause) {
    if (!(clause.pos().equals("VBZ") || clause.pos().equals("VBP"))
        || isInHeading(clause)
        || !sentence.childrenWith(clause, VerbGroup.AUXILIARIES).isEmpty()
        || lexicon
            .verb(clause.lemma())
            .map(entry -> entry.kind() == Kind.REPORT || entry.kind() == Kind.STATE)
            .orElse(false)) {
      return false;
    }
    return sentence.childrenWith(clause, Set.of("nsubj")).stream()
        .anyMatch(subject -> subject.pos().equals("NNS")
            && sentence.children(subject).stream()
                .noneMatch(modifier ->
                    SentenceGraph.matches(modifier, Set.of("det", "nmod:poss", "nummod"))
                        || modifier.pos().startsWith("NNP")));
  }

  /** Whether the token's line ends without a full stop, a question or an exclamation mark. */
  private boolean isInHeading(Token token) {
    int end = text.indexOf('\n', token.span().end());
    String line =
        text.substring(token.span().end(), end < 0 ? text.length() : end).strip();
    char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
    return ".?!\"'\u201d:;".indexOf(last) < 0;
  }

  /** "Did they send troops?": a question without a wh-word asks, it does not tell. */
  static boolean isYesNoQuestion(SentenceGraph sentence, Token root) {
    List<Token> tokens = sentence.tokens();
    return tokens.get(tokens.size() - 1).text().equals("?")
        && tokens.stream().noneMatch(token -> WH_TAGS.contains(token.pos()))
        && sentence.childrenWith(root, VerbGroup.AUXILIARIES).stream()
            .anyMatch(aux -> sentence.childrenWith(root, Set.of("nsubj")).stream()
                .anyMatch(subject -> aux.index() < subject.index()));
  }

  /** Who says so: the subject of a report verb, else the agent of a passive one, else null. */
  static @Nullable Span reporter(SentenceGraph sentence, Token verb) {
    return sentence
        .child(verb, Set.of("nsubj"))
        .filter(subject -> !subject.relation().equals("nsubj:pass"))
        .or(() -> sentence.child(verb, Set.of("obl:agent")))
        .map(subject -> phrase(sentence, subject))
        .orElse(null);
  }

  /** A noun phrase's words, without its clauses, appositions, punctuation and preposition. */
  private static Span phrase(SentenceGraph sentence, Token head) {
    int start = head.span().start();
    int end = head.span().end();
    for (Token child : sentence.children(head)) {
      if (SentenceGraph.matches(child, SUBJECT_EXCLUDED)) {
        continue;
      }
      for (Token word : sentence.subtree(child)) {
        start = Math.min(start, word.span().start());
        end = Math.max(end, word.span().end());
      }
    }
    return Span.of(start, end);
  }
}
