package org.annalist.timeline;

import java.util.List;
import org.annalist.model.FlagName;

/**
 * What the timeline needs to know about a source before weighing it.
 *
 * @param document the document's id
 * @param path where it came from, for explanations
 * @param flags its flags with reasons
 * @param witness the id of its group of dependent sources (copies of each other count once)
 */
public record Source(String document, String path, List<SourceFlag> flags, String witness) {

  public Source {
    flags = List.copyOf(flags);
  }

  public boolean has(FlagName flag) {
    return flags.stream().anyMatch(f -> f.flag().equals(flag));
  }

  /** Whether its tellings count as testimony: fiction does not. */
  public boolean isWitness() {
    return !has(FlagName.FICTION);
  }
}
