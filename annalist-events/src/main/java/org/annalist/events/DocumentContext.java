package org.annalist.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Role;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.model.Annotation;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexRange;
import org.annalist.model.layers.TimexType;
import org.annalist.time.DayInterval;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;

/**
 * What the event reader knows about a document beyond one sentence: its name mentions, its
 * temporal expressions and reference times, and the last person named as a subject (the
 * antecedent for "he" and "she").
 */
final class DocumentContext {
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "appos", "nmod");

  private final String text;
  private final List<Annotation> mentions;
  private final List<TemporalExpression> expressions;
  private final List<Annotation> ranges;
  private final List<SentenceReference> references;
  private final List<Span> redactions;
  private @Nullable Annotation lastSubject;
  /** The narrative's date for each sentence asked about: every trigger of a sentence shares it. */
  private final Map<Span, Optional<EventTime>> referenceAt = new HashMap<>();

  DocumentContext(
      String text,
      List<Annotation> mentions,
      List<TemporalExpression> expressions,
      List<Annotation> ranges,
      List<Annotation> references,
      List<Span> redactions) {
    this.text = text;
    this.redactions = List.copyOf(redactions);
    this.mentions = List.copyOf(mentions);
    this.expressions = List.copyOf(expressions);
    this.ranges = List.copyOf(ranges);
    this.references = references.stream()
        .map(a -> new SentenceReference(
            a.span(), a.value(TimeLayers.SENTENCE_REFERENCE).orElse(null)))
        .toList();
  }

  /** A sentence of the time stage and the reference time at its start, if one is known. */
  private record SentenceReference(Span sentence, @Nullable Timex told) {}

  /** The named participant a dependent stands for: a name, a name inside its phrase, or a pronoun's antecedent. */
  Optional<Participant> participant(SentenceGraph sentence, Token dependent, Role role) {
    Optional<Annotation> name = mentionAt(dependent.span());
    if (name.isEmpty()) {
      name = nameInside(sentence, dependent, 2);
    }
    if (name.isPresent()) {
      return Optional.of(new Participant(role, name.get().span(), name.get().span()));
    }
    if (PERSONAL_PRONOUNS.contains(dependent.lemma())) {
      Optional<Annotation> antecedent =
          subjectBefore(sentence, dependent).or(() -> Optional.ofNullable(lastSubject));
      if (antecedent.isPresent()) {
        return Optional.of(new Participant(role, antecedent.get().span(), dependent.span()));
      }
    }
    return Optional.empty();
  }

  /** A name among the modifiers of a phrase ("German troops", "the army of the Republic"), this many levels down. */
  private Optional<Annotation> nameInside(SentenceGraph sentence, Token phrase, int depth) {
    for (Token part : sentence.childrenWith(phrase, NAME_PARTS)) {
      Optional<Annotation> name = mentionAt(part.span());
      if (name.isEmpty() && depth > 1) {
        name = nameInside(sentence, part, depth - 1);
      }
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** The last person named as a subject earlier in the same sentence ("Vaslov felt weak, so he wrote"). */
  private Optional<Annotation> subjectBefore(SentenceGraph sentence, Token pronoun) {
    Optional<Annotation> found = Optional.empty();
    for (Token token : sentence.tokens()) {
      if (token.index() >= pronoun.index()) {
        break;
      }
      if (token.relation().startsWith("nsubj")) {
        Optional<Annotation> name = mentionAt(token.span()).filter(DocumentContext::isPerson);
        if (name.isPresent()) {
          found = name;
        }
      }
    }
    return found;
  }

  /**
   * The redaction mark that ends right before {@code offset} (only spaces between) and lies in
   * the sentence, if any.
   */
  Optional<Span> redactionBefore(int offset, Span sentence) {
    for (Span mark : redactions) {
      if (sentence.contains(mark)
          && mark.end() <= offset
          && text.substring(mark.end(), offset).isBlank()) {
        return Optional.of(mark);
      }
    }
    return Optional.empty();
  }

  /**
   * The redaction mark in the sentence that starts after {@code offset} with nothing but spaces
   * and the word {@code between} (or only spaces, when it is empty) before it, if any.
   */
  Optional<Span> redactionAfter(int offset, Span sentence, String between) {
    for (Span mark : redactions) {
      if (sentence.contains(mark)
          && mark.start() >= offset
          && text.substring(offset, mark.start()).strip().equalsIgnoreCase(between)) {
        return Optional.of(mark);
      }
    }
    return Optional.empty();
  }

  /** Remembers the person named as the subject of the sentence's main verb. */
  void noteSubject(SentenceGraph sentence) {
    for (Token token : sentence.tokens()) {
      if (token.relation().equals("nsubj")
          && sentence.head(token).map(h -> h.relation().equals("root")).orElse(false)) {
        mentionAt(token.span()).filter(DocumentContext::isPerson).ifPresent(m -> lastSubject = m);
      }
    }
  }

  private static boolean isPerson(Annotation mention) {
    return mention.value(AnnotateLayers.MENTION) == EntityType.PERSON;
  }

  private Optional<Annotation> mentionAt(Span token) {
    for (Annotation mention : mentions) {
      if (mention.span().start() > token.end()) {
        break;
      }
      if (mention.span().contains(token)) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }

  /**
   * When the sentence dates what the trigger tells: a date attached to the trigger (or to the
   * clause it depends on), else the narrative's reference time where the sentence starts.
   */
  @Nullable
  EventTime timeOf(SentenceGraph sentence, Token trigger) {
    List<TemporalExpression> inSentence = new ArrayList<>();
    for (TemporalExpression expression : expressions) {
      if (sentence.span().contains(expression.span())
          && expression.interval() != null
          && (expression.type() == TimexType.DATE || expression.type() == TimexType.TIME)) {
        inSentence.add(expression);
      }
    }
    Token current = trigger;
    while (true) {
      for (TemporalExpression expression : inSentence) {
        Token verb = current;
        Optional<Token> attached = attachment(sentence, expression);
        if (attached
            .filter(t -> t.equals(verb) || datesClause(sentence, t, verb))
            .isPresent()) {
          return explicit(expression);
        }
      }
      Optional<Token> governor = sentence.head(current);
      if (governor.isEmpty()
          || !SentenceGraph.matches(current, Set.of("xcomp", "conj", "advcl", "acl", "ccomp"))) {
        break;
      }
      current = governor.get();
    }
    return referenceAt
        .computeIfAbsent(sentence.span(), span -> Optional.ofNullable(reference(sentence)))
        .orElse(null);
  }

  /** Whether {@code clause} is a "when ..." clause of {@code verb}, whose date is the verb's: "when the battle ended in 1943, the army had destroyed ...". */
  private static boolean datesClause(SentenceGraph sentence, Token clause, Token verb) {
    return clause.head() == verb.index()
        && SentenceGraph.matches(clause, Set.of("advcl"))
        && sentence.childrenWith(clause, Set.of("mark", "advmod")).stream()
            .anyMatch(m -> WHEN.contains(m.lemma()));
  }

  private static final Set<String> WHEN = Set.of("when", "while", "as");

  /** The verb or event noun a temporal expression modifies: the first such token above it. */
  private static Optional<Token> attachment(SentenceGraph sentence, TemporalExpression expression) {
    Optional<Token> at = sentence.tokenAt(expression.span().start());
    Optional<Token> current = at;
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

  private EventTime explicit(TemporalExpression expression) {
    Span span = expression.span();
    String value = expression.value();
    DayInterval interval = expression.interval();
    for (Annotation range : ranges) {
      if (range.span().contains(span)) {
        TimexRange ends = range.value(TimeLayers.RANGE);
        Optional<DayInterval> first = TimexIntervals.of(ends.from(), null);
        Optional<DayInterval> last = TimexIntervals.of(ends.to(), null);
        if (first.isPresent()
            && last.isPresent()
            && !last.get().latest().isBefore(first.get().earliest())) {
          span = range.span();
          value = TimeLayers.RANGE.encode(ends);
          interval = DayInterval.of(first.get().earliest(), last.get().latest());
        }
        break;
      }
    }
    Objects.requireNonNull(interval, "interval");
    return EventTime.stated(span, span.quote(text), value, interval);
  }

  /**
   * The narrative's reference time where the sentence starts, with how many sentences back it
   * was told and the words that told it.
   */
  private @Nullable EventTime reference(SentenceGraph sentence) {
    int current = -1;
    while (current + 1 < references.size()
        && references.get(current + 1).sentence().start() <= sentence.span().start()) {
      current++;
    }
    Timex told = current < 0 ? null : references.get(current).told();
    if (told == null) {
      return null;
    }
    int first = current;
    while (first > 0 && told.equals(references.get(first - 1).told())) {
      first--;
    }
    TemporalExpression reference = TemporalExpression.of(sentence.span(), told);
    DayInterval interval = reference.interval();
    if (interval == null) {
      return null;
    }
    return EventTime.fromStory(
        sentence.span(),
        toldBy(told, references.get(first).sentence().start()),
        reference.value(),
        interval,
        current - first + 1);
  }

  /** The words of the last expression before {@code offset} that set this reference, or empty. */
  private String toldBy(Timex told, int offset) {
    String words = "";
    for (TemporalExpression expression : expressions) {
      if (expression.span().end() > offset) {
        break;
      }
      if (expression.timex().equals(told)) {
        words = expression.span().quote(text);
      }
    }
    return words;
  }
}
