package org.annalist.events;

import java.time.LocalDate;
import java.util.List;
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
import org.annalist.time.AnchoringMode;
import org.annalist.time.TemporalExpression;
import org.jspecify.annotations.Nullable;

/**
 * What the event reader knows about a document beyond one sentence: its name mentions, when its
 * events happened ({@link EventDates}), and the last person named as a subject (the antecedent
 * for "he" and "she").
 */
final class DocumentContext {
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod", "appos", "nmod");

  private final String text;
  private final List<Annotation> mentions;
  private final List<Span> redactions;
  private final EventDates dates;
  private @Nullable Annotation lastSubject;

  /**
   * The context of a document: its text, name mentions, the time stage's expressions, ranges and
   * sentence references, its redaction marks, its publication date (null when unknown) and how
   * its relative dates are anchored (news or narrative).
   */
  DocumentContext(
      String text,
      List<Annotation> mentions,
      List<TemporalExpression> expressions,
      List<Annotation> ranges,
      List<Annotation> references,
      List<Span> redactions,
      @Nullable LocalDate published,
      AnchoringMode mode) {
    this.text = text;
    this.redactions = List.copyOf(redactions);
    this.mentions = List.copyOf(mentions);
    this.dates = new EventDates(text, expressions, ranges, references, published, mode);
  }

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
   * When the event the trigger names happened, with what that rests on and how sure it is
   * ({@link EventDates}); null when nothing in the text dates it.
   */
  @Nullable
  EventTime timeOf(SentenceGraph sentence, Token trigger) {
    return dates.timeOf(sentence, trigger);
  }
}
