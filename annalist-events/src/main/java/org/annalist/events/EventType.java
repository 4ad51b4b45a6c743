package org.annalist.events;

import java.util.Locale;

/**
 * The type of an event: the top level of the ACE 2005 / Rich ERE event taxonomy (life, movement,
 * transaction, business, conflict, contact, personnel, justice), with contact split into its
 * kinds that matter to a historian (meeting, communication, request, response, agreement) and
 * two more for what ACE leaves out (creation, change). docs/EVENTS.md maps each to ACE/ERE.
 */
public enum EventType {
  /** Attacks, battles, destruction, defeat and victory (ACE Conflict.Attack). */
  CONFLICT,
  /** Protests, demonstrations, uprisings (ACE Conflict.Demonstrate). */
  DEMONSTRATION,
  /** People or things going from one place to another (ACE Movement.Transport). */
  MOVEMENT,
  /** Meetings, visits, talks, negotiations (ACE Contact.Meet). */
  MEETING,
  /** Saying, writing, sending a message (ACE Contact.Phone-Write, ERE Contact.Correspondence). */
  COMMUNICATION,
  /** Asking for something: a request, an appeal, a demand. */
  REQUEST,
  /** Granting or refusing what was asked. */
  RESPONSE,
  /** Treaties, pacts, alliances, signings. */
  AGREEMENT,
  /** Giving, buying, selling, lending (ACE Transaction). */
  TRANSACTION,
  /** Founding, merging, ending organizations (ACE Business). */
  BUSINESS,
  /** Elections, appointments, dismissals, resignations (ACE Personnel). */
  PERSONNEL,
  /** Birth, marriage, injury, death (ACE Life). */
  LIFE,
  /** Arrests, trials, sentences, executions, pardons (ACE Justice). */
  JUSTICE,
  /** Making or establishing something: a state, a law, a work. */
  CREATION,
  /** A beginning, an end, a change of state. */
  CHANGE,
  /** Anything else. */
  OTHER;

  /** The type's name in the export: lower case with hyphens. */
  public String exportName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
