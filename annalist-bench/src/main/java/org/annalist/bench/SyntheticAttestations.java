package org.annalist.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMention.SeriesClaim;
import org.annalist.model.Span;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Attestation.EntityRole;
import org.annalist.timeline.Source;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic attestations that look like a real corpus's: events of the lexicon's synonym groups
 * (sending, requesting, attacking, meeting, signing, responses...), each told by one to ten
 * documents in words of its group, with a doer and other participants drawn from a Zipf-like
 * entity pool, dated over a century at the precision sources use (some only by decade, some only
 * by the narrative's time), some numbered members of a series ("the fourth telegram"), some
 * counting troops (with the occasional far-off count), and a few claims about a whole series
 * ("refused all six requests"). The same length and seed give the same list.
 */
public final class SyntheticAttestations {
  private record Frame(String group, List<String> lemmas, List<String> themes, Outcome outcome) {}

  private static final List<Frame> FRAMES = List.of(
      new Frame(
          "send",
          List.of("send", "dispatch", "cable", "wire"),
          List.of("telegram", "troops", "letter", ""),
          Outcome.NONE),
      new Frame(
          "request",
          List.of("request", "ask", "appeal", "demand"),
          List.of("troops", "help", ""),
          Outcome.NONE),
      new Frame("attack", List.of("attack", "invade", "bomb", "raid"), List.of(""), Outcome.NONE),
      new Frame(
          "destroy",
          List.of("destroy", "annihilate", "crush"),
          List.of("army", "division", ""),
          Outcome.NONE),
      new Frame("defeat", List.of("defeat", "capture", "occupy"), List.of(""), Outcome.NONE),
      new Frame(
          "meet", List.of("meet", "negotiate", "confer"), List.of("", "treaty"), Outcome.NONE),
      new Frame(
          "sign",
          List.of("sign", "conclude", "ratify"),
          List.of("treaty", "agreement", "pact"),
          Outcome.NONE),
      new Frame("visit", List.of("visit", "tour"), List.of(""), Outcome.NONE),
      new Frame("arrive", List.of("arrive", "reach", "land"), List.of(""), Outcome.NONE),
      new Frame("leave", List.of("leave", "depart", "withdraw"), List.of(""), Outcome.NONE),
      new Frame("elect", List.of("elect", "appoint"), List.of(""), Outcome.NONE),
      new Frame(
          "found",
          List.of("establish", "found", "proclaim"),
          List.of("republic", "party", ""),
          Outcome.NONE),
      new Frame(
          "accept",
          List.of("agree", "accept", "approve"),
          List.of("request", "proposal"),
          Outcome.ACCEPTED),
      new Frame(
          "refuse",
          List.of("refuse", "reject", "decline"),
          List.of("request", "proposal"),
          Outcome.REFUSED));

  private static final Role[] OTHER_ROLES = {Role.PATIENT, Role.RECIPIENT, Role.PLACE};

  private final SplittableRandom random;
  private final ZipfSampler entities;
  private final int[] nextOffset;
  private final List<Attestation> attestations = new ArrayList<>();

  private SyntheticAttestations(int mentions, long seed) {
    random = new SplittableRandom(seed);
    entities = new ZipfSampler(Math.max(100, mentions / 20));
    nextOffset = new int[Math.max(3, mentions / 25)];
  }

  /** {@code mentions} attestations from about {@code mentions / 25} documents, in no particular order. */
  public static List<Attestation> generate(int mentions, long seed) {
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must not be negative, was " + mentions);
    }
    SyntheticAttestations generator = new SyntheticAttestations(mentions, seed);
    while (generator.attestations.size() < mentions) {
      generator.event();
    }
    return List.copyOf(generator.attestations.subList(0, mentions));
  }

  /** Every document of the attestations as an independent source, each its own witness. */
  public static Map<String, Source> sources(List<Attestation> attestations) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Attestation attestation : attestations) {
      String document = attestation.document();
      sources.computeIfAbsent(document, d -> new Source(d, d + ".txt", List.of(), d));
    }
    return sources;
  }

  /** One event, told by one to ten documents. */
  private void event() {
    Frame frame = FRAMES.get(random.nextInt(FRAMES.size()));
    String lemma = pick(frame.lemmas());
    String theme = pick(frame.themes());
    List<EntityRole> roles = new ArrayList<>();
    roles.add(new EntityRole(Role.AGENT, entity(), true));
    for (int i = random.nextInt(3); i > 0; i--) {
      roles.add(new EntityRole(OTHER_ROLES[random.nextInt(OTHER_ROLES.length)], entity(), true));
    }
    LocalDate day = SyntheticDates.day(random);
    boolean numbered = (frame.group().equals("send") || frame.group().equals("request"))
        && random.nextDouble() < 0.08;
    int ordinal = numbered ? 1 + random.nextInt(6) : 0;
    double troops = frame.group().equals("destroy") && random.nextDouble() < 0.3
        ? 1_000 * (1 + random.nextInt(500))
        : 0;
    for (int tellings = tellings(); tellings > 0; tellings--) {
      String told = random.nextDouble() < 0.7 ? lemma : pick(frame.lemmas());
      tell(frame, told, theme, roles, day, ordinal, troops);
    }
    if (frame.outcome() == Outcome.REFUSED && random.nextDouble() < 0.05) {
      tellSeriesClaim(roles.get(0), day);
    }
  }

  private void tell(
      Frame frame,
      String lemma,
      String theme,
      List<EntityRole> roles,
      LocalDate day,
      int ordinal,
      double troops) {
    int document = random.nextInt(nextOffset.length);
    Span sentence = nextSentence(document);
    List<EntityRole> told = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      if (i == 0 || random.nextDouble() < 0.7) {
        boolean named = random.nextDouble() < 0.9;
        Span mention = Span.of(sentence.start() + 20 * i, sentence.start() + 20 * i + 8);
        told.add(new EntityRole(roles.get(i).role(), roles.get(i).entity(), named));
        participants.add(new Participant(
            roles.get(i).role(),
            mention,
            named ? mention : Span.of(mention.start(), mention.start() + 2)));
      }
    }
    Ordinal number = ordinal > 0 && random.nextDouble() < 0.7
        ? new Ordinal(
            ordinal, frame.group().equals("send") ? "telegram" : "request", sentence, false)
        : null;
    List<Quantity> quantities = troops > 0
        ? List.of(new Quantity(
            Span.of(sentence.start() + 80, sentence.start() + 90),
            random.nextDouble() < 0.1 ? troops * 3 : troops,
            "troop",
            List.of("german")))
        : List.of();
    EventTime time = SyntheticDates.told(day, sentence, random);
    add(
        document,
        mention(frame, lemma, theme, sentence, participants, time, quantities, number, null),
        told);
  }

  /** "X refused all six requests", dated by the narrative near one of the refusals. */
  private void tellSeriesClaim(EntityRole doer, LocalDate day) {
    int document = random.nextInt(nextOffset.length);
    Span sentence = nextSentence(document);
    Span name = Span.of(sentence.start(), sentence.start() + 8);
    EventMention mention = mention(
        FRAMES.get(FRAMES.size() - 1),
        "refuse",
        "request",
        sentence,
        List.of(new Participant(Role.AGENT, name, name)),
        SyntheticDates.told(day, sentence, random),
        List.of(),
        null,
        new SeriesClaim(6, "request", Span.of(sentence.start() + 30, sentence.start() + 46)));
    add(document, mention, List.of(doer));
  }

  private static EventMention mention(
      Frame frame,
      String lemma,
      String theme,
      Span sentence,
      List<Participant> participants,
      EventTime time,
      List<Quantity> quantities,
      @Nullable Ordinal ordinal,
      @Nullable SeriesClaim series) {
    return EventMention.builder(Span.of(sentence.start() + 10, sentence.start() + 16), sentence)
        .lemma(lemma)
        .group(frame.group())
        .outcome(frame.outcome())
        .theme(theme.isEmpty() ? null : theme)
        .participants(participants)
        .time(time)
        .quantities(quantities)
        .ordinal(ordinal)
        .series(series)
        .build();
  }

  private void add(int document, EventMention mention, List<EntityRole> roles) {
    attestations.add(new Attestation(String.format("doc-%06d", document), mention, roles));
  }

  private Span nextSentence(int document) {
    int start = nextOffset[document];
    nextOffset[document] += 120;
    return Span.of(start, start + 100);
  }

  /** One to ten tellings, fewer more likely: 45% of events are told once. */
  private int tellings() {
    int tellings = 1;
    while (tellings < 10 && random.nextDouble() < 0.55) {
      tellings++;
    }
    return tellings;
  }

  private String entity() {
    return "ent-" + entities.next(random);
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
