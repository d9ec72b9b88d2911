package org.newsledger.events;

import java.util.List;
import java.util.Map;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;
import org.newsledger.core.facts.TimeExpression;

/**
 * What an event draws on besides its sentence: the document, its entities, the sentence's times,
 * the other triggers' clauses, attributions, the events coded before and the previous sentence's
 * subject group (nullable).
 */
record Surroundings(
    Document doc,
    Map<String, Entity> entities,
    List<TimeExpression> times,
    List<CharSpan> otherClauses,
    AttributionIndex attributions,
    List<Event> earlier,
    EventArgument previousGroup) {}
