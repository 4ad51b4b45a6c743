package org.annalist.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.annalist.events.EventLexicon.Entry;
import org.annalist.events.EventLexicon.Kind;
import org.annalist.events.EventMention.EventKind;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Redacted;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMention.SeriesClaim;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads the event mentions of one sentence from its dependency tree: every verb that is not an
 * auxiliary, copula or light verb, and every event noun of the lexicon, with what its
 * dependents say about it.
 */
final class EventExtractor {
  private static final Set<String> SKIPPED_VERB_RELATIONS =
      Set.of("aux", "cop", "amod", "compound");
  private static final Set<String> CLAUSES =
      Set.of("ccomp", "xcomp", "advcl", "acl", "conj", "parataxis", "csubj");
  private static final Set<String> NOUN_PHRASE_MODIFIERS =
      Set.of("compound", "flat", "amod", "nmod");

  private final EventLexicon lexicon;
  private final DocumentContext context;
  private final Titles titles;
  private final FactualityReader factuality;

  /** A reader of the sentences of the document {@code text}, whose words its titles quote. */
  EventExtractor(EventLexicon lexicon, DocumentContext context, String text) {
    this.lexicon = lexicon;
    this.context = context;
    this.titles = new Titles(text, lexicon);
    this.factuality = new FactualityReader(lexicon, text);
  }

  List<EventMention> extract(SentenceGraph sentence) {
    List<EventMention> mentions = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      trigger(sentence, token).ifPresent(trigger -> mentions.addAll(mentionsOf(sentence, trigger)));
    }
    context.noteSubject(sentence);
    return mentions;
  }

  private record Trigger(Token token, String lemma, Entry entry, boolean noun) {}

  private Optional<Trigger> trigger(SentenceGraph sentence, Token token) {
    if (token.isVerb()
        && (!SentenceGraph.matches(token, SKIPPED_VERB_RELATIONS)
            || participleBeforeAmount(sentence, token))) {
      String lemma = sentence
          .child(token, Set.of("compound:prt"))
          .map(particle -> token.lemma() + "_" + particle.lemma())
          .orElse(token.lemma());
      Entry entry = lexicon
          .verb(lemma)
          .or(() -> lexicon.verb(token.lemma()))
          .orElse(new Entry(lemma, Kind.EVENT));
      return entry.kind() == Kind.LIGHT
          ? Optional.empty()
          : Optional.of(new Trigger(token, lemma, entry, false));
    }
    if (token.isNoun() && !SentenceGraph.matches(token, Set.of("compound"))) {
      return lexicon
          .noun(token.lemma())
          .map(entry -> new Trigger(token, token.lemma(), entry, true));
    }
    return Optional.empty();
  }

  /**
   * A past participle the parser took for an adjective although an amount follows it
   * ("annihilated 1.5 million troops" read as "the annihilated troops"): adjectives do not come
   * before numbers, so it is a verb and the noun it modifies is its object.
   */
  private static boolean participleBeforeAmount(SentenceGraph sentence, Token token) {
    int next = token.index() + 1;
    return token.relation().equals("amod")
        && token.pos().equals("VBN")
        && next < sentence.tokens().size()
        && sentence.token(next).pos().equals("CD");
  }

  private List<EventMention> mentionsOf(SentenceGraph sentence, Trigger trigger) {
    Token token = trigger.token();
    FactualityReader.Reading reading = factuality.read(sentence, token);
    Polarity polarity = reading.factuality().polarity();
    @Nullable Token theme = theme(sentence, trigger);
    Outcome outcome = answersARequest(sentence, token, theme)
        ? outcome(trigger.entry().kind(), polarity)
        : Outcome.NONE;
    Span redactedAgent = redactedAgent(sentence, trigger);
    List<Redacted> redacted = redacted(sentence, trigger, theme, redactedAgent);
    List<Participant> participants = participants(sentence, trigger, theme, redactedAgent == null);
    List<Quantity> quantities = quantities(sentence, theme);
    EventKind kind = switch (trigger.entry().kind()) {
      case REPORT -> EventKind.REPORT;
      case STATE -> EventKind.STATE;
      default -> EventKind.EVENT;
    };
    List<EventMention> mentions = new ArrayList<>();
    List<Ordinal> ordinals = ordinals(sentence, token, theme);
    boolean aboutASeries =
        outcome != Outcome.NONE || lexicon.isRelatedGroup(trigger.entry().group());
    SeriesClaim series =
        ordinals.isEmpty() && aboutASeries ? seriesClaim(sentence, token, theme) : null;
    for (Ordinal ordinal :
        ordinals.isEmpty() ? Collections.<@Nullable Ordinal>singletonList(null) : ordinals) {
      mentions.add(EventMention.builder(token.span(), sentence.span())
          .lemma(trigger.lemma())
          .group(trigger.entry().group())
          .kind(kind)
          .type(EventTypes.english().of(sentence, token, trigger.lemma(), trigger.noun()))
          .title(titles.of(sentence, token, trigger.noun(), participants, redactedAgent))
          .factuality(reading.factuality())
          .tense(reading.tense())
          .outcome(outcome)
          .theme(theme == null ? null : theme.lemma())
          .participants(participants)
          .time(context.timeOf(
              sentence, trigger.noun() ? supportVerb(sentence, token).orElse(token) : token))
          .quantities(quantities)
          .ordinal(ordinal)
          .series(series)
          .redacted(redacted)
          .build());
    }
    return mentions;
  }

  /**
   * Whether a response verb answers a request: it has no object ("Brenn refused"), it agrees or
   * objects to something ("agreed to the plan"), what it grants or refuses is a request ("the
   * offer"), or it answers a person ("rejected him").
   */
  private boolean answersARequest(SentenceGraph sentence, Token token, @Nullable Token theme) {
    if (theme != null) {
      return SentenceGraph.matches(theme, Set.of("obl"))
          || lexicon
              .noun(theme.lemma())
              .map(entry -> lexicon.asks(entry.group()))
              .orElse(false);
    }
    return sentence
        .child(token, Set.of("obj", "obl", "xcomp", "ccomp"))
        .map(child -> child.isPronoun() || child.pos().startsWith("NNP") || child.isVerb())
        .orElse(true);
  }

  /**
   * A redaction mark in the doer's slot: the verb has no subject, and between the mark and the
   * verb stand only its auxiliaries and adverbs ("** rejected", "*** still refused"). The verb
   * then takes no doer from elsewhere: the mark is kept, and the timeline offers a candidate.
   */
  private @Nullable Span redactedAgent(SentenceGraph sentence, Trigger trigger) {
    Token token = trigger.token();
    if (trigger.noun() || sentence.child(token, Set.of("nsubj", "csubj")).isPresent()) {
      return null;
    }
    int start = token.span().start();
    for (int i = token.index() - 1; ; i--) {
      Optional<Span> mark = context.redactionBefore(start, sentence.span());
      if (mark.isPresent()) {
        return mark.get();
      }
      if (i < 0
          || sentence.token(i).head() != token.index()
          || !SentenceGraph.matches(sentence.token(i), Set.of("aux", "advmod"))) {
        return null;
      }
      start = sentence.token(i).span().start();
    }
  }

  /**
   * Censors' marks in participant slots: the doer's ({@link #redactedAgent}); right after the
   * verb, what it acts on ("asked *** to come", "called ***"); after "to" that follows the verb or
   * its object, whom it goes to ("sent a telegram to ***", "turned to *** for help").
   */
  private List<Redacted> redacted(
      SentenceGraph sentence,
      Trigger trigger,
      @Nullable Token theme,
      @Nullable Span redactedAgent) {
    List<Redacted> redacted = new ArrayList<>();
    if (redactedAgent != null) {
      redacted.add(new Redacted(Role.AGENT, redactedAgent));
    }
    if (trigger.noun()) {
      return redacted;
    }
    int afterVerb = trigger.token().span().end();
    context
        .redactionAfter(afterVerb, sentence.span(), "")
        .ifPresent(mark -> redacted.add(new Redacted(Role.PATIENT, mark)));
    int afterObject =
        theme == null ? afterVerb : Math.max(afterVerb, theme.span().end());
    context
        .redactionAfter(afterVerb, sentence.span(), "to")
        .or(() -> context.redactionAfter(afterObject, sentence.span(), "to"))
        .ifPresent(mark -> redacted.add(new Redacted(Role.RECIPIENT, mark)));
    return redacted;
  }

  private static Outcome outcome(Kind kind, Polarity polarity) {
    if (polarity == Polarity.NEGATIVE) {
      return Outcome.NONE;
    }
    return switch (kind) {
      case ACCEPT -> Outcome.ACCEPTED;
      case REFUSE -> Outcome.REFUSED;
      default -> Outcome.NONE;
    };
  }

  /** What the event is about: the object, else a passive subject, else (for responses) what was granted or refused. */
  private static @Nullable Token theme(SentenceGraph sentence, Trigger trigger) {
    if (trigger.noun()) {
      return null;
    }
    Token token = trigger.token();
    if (participleBeforeAmount(sentence, token)) {
      return sentence.head(token).filter(Token::isNoun).orElse(null);
    }
    Optional<Token> object = sentence
        .child(token, Set.of("obj", "nsubj:pass"))
        .or(() -> sentence
            .child(token, Set.of("obl"))
            .filter(obl -> obl.isNoun()
                && (trigger.entry().kind() == Kind.ACCEPT
                    || trigger.entry().kind() == Kind.REFUSE)));
    return object.filter(noun -> noun.isNoun() && !noun.pos().startsWith("NNP")).orElse(null);
  }

  /** The named participants; {@code inferDoer} says whether a subjectless verb may take its controller's subject. */
  private List<Participant> participants(
      SentenceGraph sentence, Trigger trigger, @Nullable Token theme, boolean inferDoer) {
    List<Participant> participants = new ArrayList<>();
    Token token = trigger.token();
    boolean response =
        trigger.entry().kind() == Kind.ACCEPT || trigger.entry().kind() == Kind.REFUSE;
    boolean hasSubject = false;
    for (Token child : sentence.children(token)) {
      Role role =
          trigger.noun() ? nounRole(sentence, trigger, child) : verbRole(sentence, child, response);
      if (role == null) {
        continue;
      }
      hasSubject |= SentenceGraph.matches(child, Set.of("nsubj"));
      context.participant(sentence, child, role).ifPresent(participants::add);
    }
    if (theme != null && participleBeforeAmount(sentence, token)) {
      context.participant(sentence, theme, Role.PATIENT).ifPresent(participants::add);
    }
    if (theme != null) {
      for (Token owner : sentence.childrenWith(theme, Set.of("nmod:poss"))) {
        context
            .participant(sentence, owner, response ? Role.RECIPIENT : Role.OTHER)
            .ifPresent(participants::add);
      }
    }
    if (!hasSubject && !trigger.noun() && inferDoer) {
      controller(sentence, token)
          .flatMap(controller -> context.participant(sentence, controller, Role.AGENT))
          .ifPresent(participants::add);
    }
    boolean hasAgent = participants.stream().anyMatch(p -> p.role() == Role.AGENT);
    if (trigger.noun() && !hasAgent) {
      supportVerb(sentence, token)
          .flatMap(
              verb -> sentence.child(verb, Set.of("nsubj")).or(() -> controller(sentence, verb)))
          .flatMap(subject -> context.participant(sentence, subject, Role.AGENT))
          .ifPresent(participants::add);
    }
    return participants.stream().distinct().toList();
  }

  private static @Nullable Role verbRole(SentenceGraph sentence, Token child, boolean response) {
    String relation = child.relation();
    if (relation.equals("nsubj") || relation.equals("obl:agent")) {
      return Role.AGENT;
    }
    if (relation.equals("nsubj:pass") || relation.equals("obj")) {
      return response && child.isPronoun() || response && child.pos().equals("NNP")
          ? Role.RECIPIENT
          : Role.PATIENT;
    }
    if (relation.equals("iobj")) {
      return Role.RECIPIENT;
    }
    if (SentenceGraph.matches(child, Set.of("obl"))) {
      String preposition =
          sentence.child(child, Set.of("case")).map(Token::lemma).orElse("");
      return switch (preposition) {
        case "to" -> Role.RECIPIENT;
        case "by" -> Role.AGENT;
        case "against", "on" -> Role.PATIENT;
        case "in", "at", "near", "from", "into", "inside", "outside", "across", "through" ->
          Role.PLACE;
        default -> Role.OTHER;
      };
    }
    return null;
  }

  private @Nullable Role nounRole(SentenceGraph sentence, Trigger trigger, Token child) {
    if (child.relation().equals("nmod:poss")) {
      return Role.AGENT;
    }
    if (SentenceGraph.matches(child, Set.of("nmod", "compound"))) {
      String preposition =
          sentence.child(child, Set.of("case")).map(Token::lemma).orElse("");
      return switch (preposition) {
        case "by" -> Role.AGENT;
        case "on", "against" -> Role.PATIENT;
        case "to" -> Role.RECIPIENT;
        case "of" -> lexicon.placeAfterOf(trigger.entry().group()) ? Role.PLACE : Role.PATIENT;
        case "in", "at", "near" -> Role.PLACE;
        default -> Role.OTHER;
      };
    }
    return null;
  }

  /** The verb that lends an event noun its subject and time: "launched an attack", "paid a visit". */
  private Optional<Token> supportVerb(SentenceGraph sentence, Token noun) {
    if (!SentenceGraph.matches(noun, Set.of("obj"))) {
      return Optional.empty();
    }
    return sentence.head(noun).filter(verb -> verb.isVerb() && lexicon.isSupport(verb.lemma()));
  }

  /** Who does what a subjectless verb tells: the object of "asked him to go", else the governor's subject. */
  private static Optional<Token> controller(SentenceGraph sentence, Token token) {
    Token current = token;
    while (SentenceGraph.matches(current, Set.of("xcomp", "conj", "advcl", "acl"))) {
      Optional<Token> governor = sentence.head(current);
      if (governor.isEmpty()) {
        return Optional.empty();
      }
      if (current.relation().equals("xcomp")) {
        Optional<Token> object = sentence.child(governor.get(), Set.of("obj", "iobj"));
        if (object.isPresent()) {
          return object;
        }
      }
      if (current.relation().startsWith("acl") && governor.get().isNoun()) {
        return Optional.empty();
      }
      Optional<Token> subject = sentence.child(governor.get(), Set.of("nsubj"));
      if (subject.isPresent()) {
        return subject;
      }
      current = governor.get();
    }
    return Optional.empty();
  }

  private List<Quantity> quantities(SentenceGraph sentence, @Nullable Token theme) {
    List<Quantity> quantities = new ArrayList<>();
    List<Token> counted = new ArrayList<>();
    if (theme != null) {
      counted.add(theme);
      counted.addAll(sentence.childrenWith(theme, Set.of("conj")));
    }
    for (Token noun : counted) {
      quantity(sentence, noun).ifPresent(quantities::add);
    }
    return quantities;
  }

  /** "half a million German troops": the amount words before the noun, and the noun's modifiers. */
  private Optional<Quantity> quantity(SentenceGraph sentence, Token noun) {
    if (!noun.isNoun()) {
      return Optional.empty();
    }
    List<Token> subtree = sentence.subtree(noun);
    List<String> words = new ArrayList<>();
    int first = -1;
    for (Token token : subtree) {
      if (token.index() >= noun.index()) {
        break;
      }
      if (token.pos().equals("CD")
          || !words.isEmpty() && Amounts.isAmountWord(token.text())
          || token.text().equalsIgnoreCase("half")) {
        words.add(token.text());
        first = first < 0 ? token.index() : first;
      }
    }
    OptionalDouble value = Amounts.read(words);
    if (value.isEmpty() || value.getAsDouble() < 2) {
      return Optional.empty();
    }
    List<String> qualifiers = new ArrayList<>();
    for (Token modifier : sentence.children(noun)) {
      if (SentenceGraph.matches(modifier, NOUN_PHRASE_MODIFIERS)
          && !modifier.pos().equals("CD")
          && !modifier.isVerb()) {
        qualifiers.add(modifier.text().toLowerCase(Locale.ROOT));
        if (modifier.relation().startsWith("nmod")) {
          sentence
              .childrenWith(modifier, Set.of("amod", "compound"))
              .forEach(m -> qualifiers.add(m.text().toLowerCase(Locale.ROOT)));
        }
      }
    }
    Span span = Span.of(
        sentence.token(first).span().start(),
        subtree.get(subtree.size() - 1).span().end());
    return Optional.of(new Quantity(span, value.getAsDouble(), noun.lemma(), qualifiers));
  }

  /** "the fourth telegram", "a second and third telegram", "for the sixth time", "the sixth call". */
  private static List<Ordinal> ordinals(
      SentenceGraph sentence, Token token, @Nullable Token theme) {
    List<Token> numbered = new ArrayList<>();
    numbered.add(token);
    if (theme != null) {
      numbered.add(theme);
    }
    sentence.childrenWith(token, Set.of("obl")).stream()
        .filter(obl -> obl.lemma().equals("time"))
        .forEach(numbered::add);
    List<Ordinal> ordinals = new ArrayList<>();
    for (Token noun : numbered) {
      if (sentence.children(noun).stream().anyMatch(child -> child.pos().equals("CD"))) {
        continue;
      }
      for (Token modifier : sentence.childrenWith(noun, Set.of("amod", "nummod", "advmod"))) {
        Amounts.ordinal(modifier.text())
            .ifPresent(value ->
                ordinals.add(new Ordinal(value, noun.lemma(), evidence(modifier, noun), false)));
        for (Token coordinated : sentence.childrenWith(modifier, Set.of("conj"))) {
          Amounts.ordinal(coordinated.text())
              .ifPresent(value ->
                  ordinals.add(new Ordinal(value, noun.lemma(), evidence(modifier, noun), false)));
        }
      }
    }
    return ordinals;
  }

  private static Span evidence(Token a, Token b) {
    return Span.of(
        Math.min(a.span().start(), b.span().start()),
        Math.max(a.span().end(), b.span().end()));
  }

  /** "refused all six requests", "Stalin's 6 requests", "rejected five times": a claim about a whole series. */
  private static @Nullable SeriesClaim seriesClaim(
      SentenceGraph sentence, Token token, @Nullable Token theme) {
    List<Token> candidates = new ArrayList<>();
    if (theme != null && theme.pos().equals("NNS")) {
      candidates.add(theme);
    }
    sentence.childrenWith(token, Set.of("obl")).stream()
        .filter(obl -> obl.lemma().equals("time") && obl.pos().equals("NNS"))
        .forEach(candidates::add);
    for (Token noun : candidates) {
      for (Token modifier : sentence.children(noun)) {
        boolean all = modifier.lemma().equals("all") || modifier.lemma().equals("every");
        OptionalDouble count = modifier.pos().equals("CD")
            ? Amounts.read(List.of(modifier.text()))
            : OptionalDouble.empty();
        if (all || count.isPresent()) {
          int n = count.isPresent() ? (int) count.getAsDouble() : allCount(sentence, noun);
          return new SeriesClaim(n, noun.lemma(), evidence(modifier, noun));
        }
      }
    }
    return null;
  }

  private static int allCount(SentenceGraph sentence, Token noun) {
    return sentence.children(noun).stream()
        .filter(m -> m.pos().equals("CD"))
        .mapToInt(m -> (int) Amounts.read(List.of(m.text())).orElse(0))
        .max()
        .orElse(0);
  }
}
