package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.EntityType;

/**
 * Rule 0: which runs of proper nouns the named-entity model left untagged are names after all.
 * It is decided on a first resolution of the tagged names alone; a run is taken only when one of
 * the strict rules ties it to a tagged name, or to another untagged run:
 *
 * <ul>
 *   <li>it is a tagged name, after the normalization of rule 1 ("Chairman Valborg" where
 *       "Valborg" was tagged elsewhere);
 *   <li>it is a tagged person's full name cut short ({@link ShortFormRule#isPrefix}: "Henrik
 *       Val" for "Henrik Valborg"), the only one it fits;
 *   <li>it is a title and a surname or given name ({@link ShortFormRule#isFirstOrLast}:
 *       "Minister Valborg" for "Henrik Valborg"), the only full name it fits; without the title a
 *       lone capitalized word is too often a place or a thing;
 *   <li>it abbreviates a tagged name or is abbreviated by one ({@link AbbreviationRule}), the only
 *       one;
 *   <li>it abbreviates another untagged run and nothing else ("Sovnarkom" and "Soviet Narodnykh
 *       Komissarov", neither tagged): both are taken as names of an organization, which is what
 *       such abbreviations name.
 * </ul>
 *
 * <p>A run taken becomes a mention of the type of the name it was tied to, with the tie as
 * {@link MergeEvidence}. A run that is only a title ("Chairman", "Prime Minister") is never
 * taken, nor one a person's name and another name both fit. Runs are matched by their text, so
 * the result does not depend on their order.
 */
final class UntaggedNameRule {
  static final String RULE = "untagged-name";

  private UntaggedNameRule() {}

  /** An untagged run taken for a name. */
  record Taken(NameMention mention, MergeEvidence evidence) {}

  /** The untagged runs of one text, with the text read as a person's name and as another name. */
  private record Candidate(
      NormalizedName asPerson, NormalizedName asOther, List<UntaggedName> runs) {
    String display() {
      return asOther.name();
    }
  }

  private record Tie(EntityType type, String name, String why, double score) {}

  static List<Taken> take(List<UntaggedName> untagged, NameClusters tagged) {
    List<Candidate> candidates = candidates(untagged);
    Map<String, Tie> ties = new TreeMap<>();
    for (Candidate candidate : candidates) {
      tieToTagged(candidate, tagged).ifPresent(tie -> ties.put(candidate.display(), tie));
    }
    tieUntaggedPairs(candidates, tagged, ties);
    List<Taken> taken = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Tie tie = ties.get(candidate.display());
      if (tie != null) {
        MergeEvidence evidence = new MergeEvidence(
            candidate.display(),
            tie.name(),
            RULE,
            tie.score(),
            "'" + candidate.display() + "' was not tagged as a name; it is read as "
                + kind(tie.type()) + " because " + tie.why());
        for (UntaggedName run : candidate.runs()) {
          taken.add(new Taken(
              new NameMention(run.documentId(), run.span(), run.text(), tie.type(), run.sentence()),
              evidence));
        }
      }
    }
    return taken;
  }

  /** A type in words, as an explanation says it: "a person". */
  private static String kind(EntityType type) {
    return switch (type) {
      case PERSON -> "a person";
      case ORGANIZATION -> "an organization";
      case LOCATION -> "a place";
      case MISC -> "a name of another kind";
    };
  }

  /** Runs grouped by their text as another name (case and punctuation aside); titles alone left out. */
  private static List<Candidate> candidates(List<UntaggedName> untagged) {
    Map<String, List<UntaggedName>> byKey = new TreeMap<>();
    for (UntaggedName run : untagged) {
      byKey
          .computeIfAbsent(
              NameNormalizer.normalize(run.text(), false).key(), k -> new ArrayList<>())
          .add(run);
    }
    List<Candidate> candidates = new ArrayList<>();
    byKey.forEach((key, runs) -> {
      runs.sort((a, b) -> a.text().compareTo(b.text()));
      String text = runs.get(0).text();
      NormalizedName asPerson = NameNormalizer.normalize(text, true);
      NormalizedName asOther = NameNormalizer.normalize(text, false);
      if (!asPerson.titleOnly() && asOther.name().codePoints().anyMatch(Character::isLetter)) {
        candidates.add(new Candidate(asPerson, asOther, runs));
      }
    });
    return candidates;
  }

  /** The one tagged name the candidate is, or else the one it is cut from or abbreviates. */
  private static Optional<Tie> tieToTagged(Candidate candidate, NameClusters tagged) {
    List<Tie> same = new ArrayList<>();
    Set<Integer> personRoots = new TreeSet<>();
    Set<Integer> abbreviationRoots = new TreeSet<>();
    Tie personFit = null;
    Tie abbreviation = null;
    List<String> personTokens = lower(candidate.asPerson().tokens());
    for (int i : formsToTry(candidate, personTokens, tagged.index())) {
      NameForm form = tagged.form(i);
      if (!form.mergeable()) {
        continue;
      }
      boolean person = form.group() == TypeGroup.PERSON;
      if (form.key()
          .equals(person ? candidate.asPerson().key() : candidate.asOther().key())) {
        String which = form.display().equals(candidate.display())
            ? "the same name"
            : "'" + form.display() + "'";
        same.add(new Tie(
            form.type(),
            form.display(),
            which + " was tagged " + form.count() + (form.count() == 1 ? " time" : " times")
                + " elsewhere",
            1.0));
      } else if (person
          && personTokens.size() > 1
          && form.tokens().size() > 1
          && ShortFormRule.isPrefix(personTokens, form.lowerTokens())) {
        personRoots.add(tagged.root(i));
        personFit =
            new Tie(form.type(), form.display(), "it is '" + form.display() + "' cut short", 0.9);
      } else if (person
          && personTokens.size() == 1
          && !candidate.asPerson().titles().isEmpty()
          && form.tokens().size() > 1
          && ShortFormRule.isFirstOrLast(personTokens, form.lowerTokens())) {
        personRoots.add(tagged.root(i));
        boolean first =
            form.tokens().get(0).equalsIgnoreCase(candidate.asPerson().name());
        personFit = new Tie(
            form.type(),
            form.display(),
            "it has a title and '" + candidate.asPerson().name() + "' is the "
                + (first ? "first" : "last") + " word of '" + form.display() + "'",
            0.9);
      } else if (!person && AbbreviationRule.abbreviates(candidate.display(), form.display())) {
        abbreviationRoots.add(tagged.root(i));
        abbreviation =
            new Tie(form.type(), form.display(), "it abbreviates '" + form.display() + "'", 0.9);
      } else if (!person && AbbreviationRule.abbreviates(form.display(), candidate.display())) {
        abbreviationRoots.add(tagged.root(i));
        abbreviation =
            new Tie(form.type(), form.display(), "'" + form.display() + "' abbreviates it", 0.9);
      }
    }
    if (!same.isEmpty()) {
      return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }
    List<Tie> fits = new ArrayList<>();
    if (personRoots.size() == 1) {
      fits.add(personFit);
    }
    if (abbreviationRoots.size() == 1) {
      fits.add(abbreviation);
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
  }

  /** The tagged forms that may tie to the candidate, ascending: a superset of the ones that do. */
  private static Set<Integer> formsToTry(
      Candidate candidate, List<String> personTokens, NameIndex index) {
    Set<Integer> forms = new TreeSet<>(index.withKey(candidate.asPerson().key()));
    forms.addAll(index.withKey(candidate.asOther().key()));
    if (personTokens.size() == 1) {
      forms.addAll(index.peopleWithFirstOrLast(personTokens.get(0)));
    } else if (personTokens.size() > 1) {
      forms.addAll(index.peopleWithStem(personTokens));
    }
    forms.addAll(index.longNamesFor(candidate.display()));
    forms.addAll(index.abbreviationsFor(candidate.display()));
    return forms;
  }

  /** Untagged pairs, one abbreviating the other and nothing else, both taken as organizations. */
  private static void tieUntaggedPairs(
      List<Candidate> candidates, NameClusters tagged, Map<String, Tie> ties) {
    Map<String, String> partner = new TreeMap<>();
    List<String> names = candidates.stream().map(Candidate::display).toList();
    AbbreviationIndex untaggedNames = new AbbreviationIndex(names);
    for (Candidate shortForm : candidates) {
      if (ties.containsKey(shortForm.display())) {
        continue;
      }
      List<String> abbreviated = untaggedNames.longNamesFor(shortForm.display()).stream()
          .map(names::get)
          .filter(name -> AbbreviationRule.abbreviates(shortForm.display(), name))
          .toList();
      boolean abbreviatesTagged = tagged.index().longNamesFor(shortForm.display()).stream()
          .map(tagged::form)
          .anyMatch(f -> f.group() == TypeGroup.OTHER
              && AbbreviationRule.abbreviates(shortForm.display(), f.display()));
      if (abbreviated.size() == 1 && !abbreviatesTagged && !ties.containsKey(abbreviated.get(0))) {
        partner.put(shortForm.display(), abbreviated.get(0));
      }
    }
    partner.forEach((shortForm, longForm) -> {
      String why = "'" + shortForm + "' abbreviates '" + longForm
          + "' and nothing else, as organizations are named";
      ties.putIfAbsent(shortForm, new Tie(EntityType.ORGANIZATION, longForm, why, 0.8));
      ties.putIfAbsent(longForm, new Tie(EntityType.ORGANIZATION, shortForm, why, 0.8));
    });
  }

  private static List<String> lower(List<String> tokens) {
    return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }
}
