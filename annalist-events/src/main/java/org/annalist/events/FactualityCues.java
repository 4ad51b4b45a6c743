package org.annalist.events;

import java.util.Set;

/**
 * The closed word classes {@link FactualityReader} reads a sentence's commitment from: modal
 * verbs, adverbs of doubt and habit, and the verbs, adjectives and nouns whose complements are
 * denied, reported, believed, feared, supposed or still to come. General English, grouped as
 * FactBank (Saurí &amp; Pustejovsky 2009) and Karttunen's implicative verbs group them; verbs the
 * event lexicon already classes (report, intend, accept, refuse) are not repeated here.
 */
final class FactualityCues {
  private FactualityCues() {}

  /**
   * Negators attached to a verb ("did not send", "never sent"; "n't" has the lemma "not"), and
   * "nearly" and "almost", which say it did not quite happen ("nearly broke the record").
   */
  static final Set<String> NEGATORS = Set.of("not", "never", "nearly", "almost");

  /** Subjects that deny the event ("nobody came"); "no one" and "no army" are read by their "no". */
  static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "nothing", "none", "noone");

  /** Modal verbs that leave the event only possible ("could", "might", "may", "can"). */
  static final Set<String> POSSIBILITY_MODALS = Set.of("could", "might", "may", "can");

  /** Modal verbs of the future: the event is still to come ("will send"). */
  static final Set<String> FUTURE_MODALS = Set.of("will", "shall");

  /**
   * Modal verbs that, before a bare verb, tell what is to come or ought to happen rather than
   * what happened: "would" is the future seen from the past ("said he would send troops"),
   * "should" and "must" an obligation. With "have" and a participle, "would" and "should" tell
   * what did not happen (counterfactual), "must" what is inferred (probable).
   */
  static final Set<String> PROSPECTIVE_MODALS = Set.of("would", "should", "must");

  /** Adverbs that leave the event only possible. */
  static final Set<String> POSSIBILITY_ADVERBS =
      Set.of("perhaps", "maybe", "possibly", "conceivably");

  /** Adverbs that make the event probable, or report it as others' word. */
  static final Set<String> PROBABILITY_ADVERBS = Set.of(
      "probably",
      "likely",
      "reportedly",
      "allegedly",
      "apparently",
      "presumably",
      "supposedly",
      "seemingly",
      "purportedly");

  /** Adverbs of habit: the verb tells something that recurs, not one event. */
  static final Set<String> HABITUAL_ADVERBS = Set.of(
      "usually",
      "always",
      "often",
      "frequently",
      "generally",
      "typically",
      "normally",
      "regularly",
      "routinely",
      "habitually",
      "customarily",
      "traditionally",
      "sometimes",
      "seldom",
      "rarely",
      "whenever");

  /** Determiners of a time that make the verb habitual ("every year", "each spring"). */
  static final Set<String> EVERY = Set.of("every", "each");

  /**
   * Subordinators of a cause or a concession: their clause is given, not put in the future of the
   * clause it modifies ("since the treaty was signed, we will ...").
   */
  static final Set<String> GIVENS =
      Set.of("since", "because", "as", "although", "though", "while", "whereas", "now");

  /**
   * Prepositions of a goal: an event noun after them ("sent troops to the aid of", "asked for
   * help") happens only as the verb does.
   */
  static final Set<String> GOALS = Set.of("to", "for", "toward", "towards");

  /** Subordinators that make their clause a condition ("if", "unless", "whether"). */
  static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");

  /** Participles used as conditional subordinators ("provided that", "supposing"). */
  static final Set<String> CONDITIONAL_PARTICIPLES =
      Set.of("provided", "providing", "supposing", "assuming");

  /** Phrases before a clause that make it a condition, in lower case, words separated by spaces. */
  static final Set<String> CONDITIONAL_PHRASES =
      Set.of("as long as", "so long as", "in case", "on condition that", "in the event that");

  /**
   * Verbs whose complement did not happen when they did ("failed to reach", "refused to send",
   * "declined to comment", "neglected to tell"): Karttunen's negative implicatives, with
   * refusals.
   */
  static final Set<String> NEGATIVE_IMPLICATIVES = Set.of(
      "fail",
      "refuse",
      "decline",
      "neglect",
      "forget",
      "omit",
      "avoid",
      "refrain",
      "reject",
      "deny",
      "hesitate");

  /**
   * Verbs whose infinitive happened when they did and did not when they are denied ("managed to
   * escape", "began to build", "did not bother to reply"): Karttunen's implicatives and the
   * aspectual verbs. Any other verb's infinitive is wanted or still to come.
   */
  static final Set<String> IMPLICATIVES = Set.of(
      "manage",
      "succeed",
      "remember",
      "bother",
      "get",
      "dare",
      "happen",
      "begin",
      "start",
      "continue",
      "proceed",
      "keep",
      "resume",
      "come",
      "cease",
      "stop",
      "help",
      "prove",
      "able");

  /**
   * Verbs of coercion: told in the active, what they push for is still to come ("forced the
   * garrison to surrender"); in the passive, what the coerced did ("were forced to retreat").
   */
  static final Set<String> COERCIONS = Set.of("force", "compel", "oblige", "make");

  /** Modifiers of a noun after which an infinitive tells what happened ("the first to arrive"). */
  static final Set<String> RANKS = Set.of("first", "last", "only", "second", "third", "next");

  /** Adjectives with the same effect on their complement ("was unable to reach"). */
  static final Set<String> NEGATIVE_IMPLICATIVE_ADJECTIVES = Set.of("unable", "reluctant");

  /**
   * Verbs that keep something from happening: what follows "from" ("prevented them from
   * attacking") or, for an event noun, their object ("averted a war") did not happen.
   */
  static final Set<String> PREVENTIVES = Set.of(
      "prevent",
      "stop",
      "keep",
      "bar",
      "block",
      "hinder",
      "deter",
      "dissuade",
      "restrain",
      "prohibit",
      "forbid",
      "ban");

  /** Verbs whose object, an event noun, did not happen ("averted a war", "cancelled the visit"). */
  static final Set<String> PREVENTED_OBJECTS = Set.of(
      "prevent", "avert", "avoid", "cancel", "call_off", "forestall", "forbid", "prohibit", "veto");

  /** Verbs whose object, an event noun, is put off: still to come ("postponed the visit"). */
  static final Set<String> POSTPONERS = Set.of("postpone", "delay", "defer", "plan", "schedule");

  /** Adjectives whose complement is wanted or still to come ("ready to attack"). */
  static final Set<String> INTENT_ADJECTIVES = Set.of(
      "ready",
      "willing",
      "eager",
      "determined",
      "prepared",
      "keen",
      "anxious",
      "desperate",
      "free",
      "welcome");

  /**
   * Words whose infinitive complement is still to come: "is expected to resume", "is due to
   * arrive", "is going to attack". Those in {@link #PROBABLE_PROSPECTS} also make it only
   * probable.
   */
  static final Set<String> PROSPECTS = Set.of(
      "expect",
      "likely",
      "unlikely",
      "due",
      "set",
      "schedule",
      "poised",
      "about",
      "bound",
      "slate",
      "go",
      "supposed");

  /** Prospects that make their complement only probable ("is likely to abdicate"). */
  static final Set<String> PROBABLE_PROSPECTS = Set.of("expect", "likely", "unlikely");

  /** Verbs that report their infinitive complement as it looks, not as it is ("seemed to accept"). */
  static final Set<String> SEEMING = Set.of("seem", "appear");

  /** Verbs whose infinitive complement is a habit ("used to visit", "tended to agree"). */
  static final Set<String> HABITS = Set.of("use", "tend");

  /**
   * Verbs that report what someone said, besides the lexicon's report verbs: the complement is
   * the reporter's word ("warned that", "confirmed that").
   */
  static final Set<String> REPORTING = Set.of(
      "add",
      "note",
      "warn",
      "argue",
      "admit",
      "acknowledge",
      "confirm",
      "predict",
      "assert",
      "allege",
      "indicate",
      "estimate",
      "mention",
      "comment",
      "respond",
      "stress",
      "emphasize",
      "emphasise",
      "maintain",
      "contend",
      "testify",
      "recall",
      "conclude",
      "inform",
      "notify",
      "complain",
      "boast",
      "concede",
      "hint",
      "signal",
      "remark",
      "observe",
      "repeat",
      "reiterate",
      "telegraph",
      "cable",
      "wire");

  /** Verbs that deny their complement: it is the reporter's word that it did not happen. */
  static final Set<String> DENIALS = Set.of("deny", "refute", "dispute");

  /**
   * Verbs of belief: the complement is someone's belief, probable but not told as fact by the
   * narration ("Stalin thought that Mao had left").
   */
  static final Set<String> BELIEFS = Set.of(
      "think",
      "believe",
      "suppose",
      "assume",
      "suspect",
      "reckon",
      "guess",
      "consider",
      "feel",
      "presume",
      "expect",
      "anticipate",
      "forecast");

  /** Beliefs about what is to come: the complement is also still to come. */
  static final Set<String> FORWARD_BELIEFS = Set.of("expect", "anticipate", "forecast", "predict");

  /** Verbs and adjectives of fear and doubt: the complement is only possible ("feared that"). */
  static final Set<String> FEARS = Set.of(
      "fear", "worry", "doubt", "afraid", "concerned", "worried", "anxious", "nervous", "risk");

  /** Verbs of imagining: the complement is supposed, not told ("imagined that he had won"). */
  static final Set<String> IMAGININGS = Set.of("imagine", "dream", "pretend", "wonder");

  /** Verbs of wanting and planning besides the lexicon's intend verbs ("hoped that", "demanded that"). */
  static final Set<String> WISHES = Set.of(
      "hope",
      "wish",
      "want",
      "demand",
      "insist",
      "prefer",
      "require",
      "recommend",
      "need",
      "ensure",
      "hopeful");

  /** Adjectives that leave their clausal subject or complement only possible ("it is possible that"). */
  static final Set<String> POSSIBLE_PREDICATES = Set.of("possible", "conceivable", "plausible");

  /** Adjectives that make it probable ("it is likely that"). */
  static final Set<String> PROBABLE_PREDICATES = Set.of("likely", "probable");

  /** Adjectives that make it probably not so ("it is unlikely that"). */
  static final Set<String> IMPROBABLE_PREDICATES = Set.of("unlikely", "improbable", "doubtful");

  /**
   * Nouns whose complement ("the plan to attack", "calls for a ceasefire", "the hope that") is
   * wanted or planned, not told as done.
   */
  static final Set<String> INTENT_NOUNS = Set.of(
      "plan",
      "proposal",
      "request",
      "demand",
      "hope",
      "wish",
      "call",
      "order",
      "offer",
      "promise",
      "intention",
      "decision",
      "plea",
      "appeal",
      "bid",
      "attempt",
      "effort",
      "suggestion",
      "aim",
      "goal",
      "readiness",
      "willingness",
      "agreement",
      "deal",
      "permission",
      "right",
      "need",
      "desire",
      "ultimatum");

  /** Nouns whose complement is only possible ("fears of a war", "the risk of an attack"). */
  static final Set<String> FEAR_NOUNS = Set.of(
      "fear",
      "risk",
      "danger",
      "possibility",
      "prospect",
      "chance",
      "likelihood",
      "worry",
      "concern",
      "rumor",
      "rumour",
      "speculation",
      "threat");

  /** Nouns whose infinitive complement did not happen ("his refusal to send troops"). */
  static final Set<String> NEGATIVE_NOUNS = Set.of("refusal", "failure", "inability", "reluctance");

  /** Whether a verb says that someone said something: the lexicon's report verbs and {@link #REPORTING}. */
  static boolean reports(EventLexicon lexicon, String lemma) {
    return REPORTING.contains(lemma)
        || lexicon
            .verb(lemma)
            .map(entry -> entry.kind() == EventLexicon.Kind.REPORT)
            .orElse(false);
  }
}
