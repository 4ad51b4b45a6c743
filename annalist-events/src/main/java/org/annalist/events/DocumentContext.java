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
      Subject before = subjectBefore(sentence, dependent.index());
      Annotation antecedent = before == null ? lastSubject : before.named();
      if (antecedent != null) {
        return Optional.of(new Participant(role, antecedent.span(), dependent.span()));
      }
    }
    return Optional.empty();
  }

  /**
   * A subject a later "he" or "she" may stand for: a person named, or ({@code named} null) a
   * censor's mark that hides one, which leaves the pronoun's person unknown rather than the last
   * person named before the mark.
   */
  private record Subject(@Nullable Annotation named) {}

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

  /**
   * The last subject before the token at {@code before} in the same sentence: a person named as a
   * subject ("Vaslov felt weak, so he wrote"), or a censor's mark in a verb's subject slot ("**
   * refused, so he wrote": he is whoever the mark hides); null when there is neither.
   */
  private @Nullable Subject subjectBefore(SentenceGraph sentence, int before) {
    Subject found = null;
    for (Token token : sentence.tokens()) {
      if (token.index() >= before) {
        break;
      }
      if (token.relation().startsWith("nsubj")) {
        Optional<Annotation> name = mentionAt(token.span()).filter(DocumentContext::isPerson);
        if (name.isPresent()) {
          found = new Subject(name.get());
        }
      } else if (hidesItsSubject(sentence, token)) {
        found = new Subject(null);
      }
    }
    return found;
  }

  /** Whether a verb's subject is a censor's mark: it has none, and a mark stands right before it. */
  private boolean hidesItsSubject(SentenceGraph sentence, Token verb) {
    return verb.isVerb()
        && sentence.child(verb, Set.of("nsubj", "nsubj:pass")).isEmpty()
        && redactionBefore(verb.span().start(), sentence.span()).isPresent();
  }

  /**
   * The redaction mark that ends right before {@code offset} (only spaces between), where {@code
   * offset} lies in the sentence, if any. The mark may open the sentence from just outside its
   * span: the parser reads the text with the marks masked, so a sentence that opens with one
   * starts after it.
   */
  Optional<Span> redactionBefore(int offset, Span sentence) {
    for (Span mark : redactions) {
      if (offset >= sentence.start()
          && offset <= sentence.end()
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

  /**
   * Remembers the person named as the subject of the sentence's main verb; a censor's mark there
   * forgets the person named before, since a later "he" may be the one the mark hides.
   */
  void noteSubject(SentenceGraph sentence) {
    for (Token token : sentence.tokens()) {
      if (token.relation().equals("nsubj")
          && sentence.head(token).map(h -> h.relation().equals("root")).orElse(false)) {
        mentionAt(token.span()).filter(DocumentContext::isPerson).ifPresent(m -> lastSubject = m);
      } else if (token.relation().equals("root") && hidesItsSubject(sentence, token)) {
        lastSubject = null;
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
