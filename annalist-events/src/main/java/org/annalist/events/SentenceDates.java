package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.model.layers.TimexType;
import org.annalist.time.TemporalExpression;

/**
 * What the dates of an event's own sentence say about it, from the dependency parse: a date of
 * its own clause, a date elsewhere in the sentence that constrains it, or dates that belong to a
 * name or to another event and say nothing about it.
 */
final class SentenceDates {
  /** Clauses whose verb shares the date of the verb they depend on: "asked him to go", "sold and left". */
  private static final Set<String> SHARING_CLAUSES =
      Set.of("xcomp", "conj", "advcl", "acl", "ccomp");
  /** Clauses whose "when" marker dates the verb they modify: "when the siege ended in 1943, ...". */
  private static final Set<String> WHEN = Set.of("when", "while", "as");
  /** Relations of a modifier inside a noun phrase, before its head: "the 1945 Treaty". */
  private static final Set<String> PREMODIFIERS =
      Set.of("nummod", "compound", "amod", "nmod:poss", "nmod:npmod", "det");
  /** Relations by which a phrase hangs on a verb as its argument or adjunct. */
  private static final Set<String> ARGUMENTS =
      Set.of("nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "dep", "compound");

  private final SentenceGraph sentence;
  private final List<TemporalExpression> dates;

  /** The dated DATE and TIME expressions of {@code expressions} that lie in the sentence. */
  SentenceDates(SentenceGraph sentence, List<TemporalExpression> expressions) {
    this.sentence = sentence;
    List<TemporalExpression> inside = new ArrayList<>();
    for (TemporalExpression expression : expressions) {
      if (sentence.span().contains(expression.span())
          && expression.interval() != null
          && (expression.type() == TimexType.DATE || expression.type() == TimexType.TIME)) {
        inside.add(expression);
      }
    }
    this.dates = List.copyOf(inside);
  }

  /**
   * The date of the trigger's own clause: a date attached to the trigger, to a clause it shares
   * its date with (up through {@link #SHARING_CLAUSES}), or a "when" clause of one of them.
   */
  Optional<TemporalExpression> own(Token trigger) {
    Token current = trigger;
    while (true) {
      for (TemporalExpression date : dates) {
        Token verb = current;
        if (attachment(date).filter(t -> t.equals(verb) || datesClause(t, verb)).isPresent()) {
          return Optional.of(date);
        }
      }
      Optional<Token> governor = sentence.head(current);
      if (governor.isEmpty() || !SentenceGraph.matches(current, SHARING_CLAUSES)) {
        return Optional.empty();
      }
      current = governor.get();
    }
  }

  /**
   * A date stated elsewhere in the sentence that constrains the event: one that modifies a phrase
   * of the trigger's clause (or of a clause it shares its date with) rather than the verb itself,
   * "In the battle of Kursk in 1943, the army won". Not a date that belongs to a name ("the 1945
   * Treaty", "the Treaty of 1945": before the noun it modifies, or after "of"), nor one of another
   * event: a clause the trigger does not share its date with ("the treaty signed in 1945 was
   * discussed"). The nearest such date to the trigger, if several.
   */
  Optional<TemporalExpression> constraining(Token trigger) {
    List<Token> clause = clauseOf(trigger);
    TemporalExpression nearest = null;
    int distance = Integer.MAX_VALUE;
    for (TemporalExpression date : dates) {
      Optional<Token> top = top(date);
      if (top.isEmpty() || namesAThing(top.get(), trigger)) {
        continue;
      }
      Optional<Token> verb = verbAbove(top.get());
      boolean sameClause = verb.map(clause::contains).orElse(clause.isEmpty());
      int gap = Math.abs(top.get().index() - trigger.index());
      if (sameClause && gap < distance) {
        nearest = date;
        distance = gap;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * Whether the date's top token modifies a noun other than the trigger as part of its name: it
   * stands before the noun ("the 1945 Treaty", "the 1936 Olympics") or after "of" ("the Treaty of
   * 1945").
   */
  private boolean namesAThing(Token top, Token trigger) {
    Optional<Token> head = sentence.head(top);
    if (head.isEmpty() || !head.get().isNoun() || head.get().equals(trigger)) {
      return false;
    }
    boolean before = top.index() < head.get().index() && SentenceGraph.matches(top, PREMODIFIERS);
    boolean of = top.index() > head.get().index()
        && sentence.childrenWith(top, Set.of("case")).stream()
            .anyMatch(c -> c.lemma().equals("of"));
    return before || of;
  }

  /**
   * The verbs whose date the trigger shares: its own verb (for an event noun, the verb it hangs
   * on) and those above it through {@link #SHARING_CLAUSES}. Empty when the sentence has no verb
   * above the trigger.
   */
  private List<Token> clauseOf(Token trigger) {
    List<Token> clause = new ArrayList<>();
    Optional<Token> current = trigger.isVerb() ? Optional.of(trigger) : verbAbove(trigger);
    while (current.isPresent()) {
      Token verb = current.get();
      clause.add(verb);
      current =
          SentenceGraph.matches(verb, SHARING_CLAUSES) ? sentence.head(verb) : Optional.empty();
    }
    return clause;
  }

  /** The first verb above a token, through the phrases it is an argument or modifier of. */
  private Optional<Token> verbAbove(Token token) {
    Token current = token;
    while (SentenceGraph.matches(current, ARGUMENTS) || current.relation().equals("nummod")) {
      Optional<Token> head = sentence.head(current);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      if (head.get().isVerb()) {
        return head;
      }
      current = head.get();
    }
    return current.isVerb() ? Optional.of(current) : Optional.empty();
  }

  /** The token of the expression whose head lies outside it. */
  private Optional<Token> top(TemporalExpression date) {
    for (Token token : sentence.tokens()) {
      if (date.span().contains(token.span())
          && sentence.head(token).map(h -> !date.span().contains(h.span())).orElse(true)) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code clause} is a "when ..." clause of {@code verb}, whose date is the verb's. */
  private boolean datesClause(Token clause, Token verb) {
    return clause.head() == verb.index()
        && SentenceGraph.matches(clause, Set.of("advcl"))
        && sentence.childrenWith(clause, Set.of("mark", "advmod")).stream()
            .anyMatch(m -> WHEN.contains(m.lemma()));
  }

  /** The verb or event noun a temporal expression modifies: the first such token above it. */
  private Optional<Token> attachment(TemporalExpression expression) {
    Optional<Token> current = sentence.tokenAt(expression.span().start());
    while (current.isPresent()) {
      Token token = current.get();
      boolean within = expression.span().contains(token.span());
      if (!within
          && (token.isVerb()
              || token.isNoun() && !SentenceGraph.matches(token, Set.of("compound")))) {
        return Optional.of(token);
      }
      current = sentence.head(token);
    }
    return Optional.empty();
  }
}
