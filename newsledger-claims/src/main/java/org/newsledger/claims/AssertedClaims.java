package org.newsledger.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventModality;
import org.newsledger.core.facts.StatusChange;
import org.newsledger.core.text.Token;

/**
 * One claim per event the article states itself and that names a participant: no attribution holds
 * it and no stance concerns it. An event only the text's report words mark ("reports of an attack")
 * is reported by an unnamed report.
 */
final class AssertedClaims {

  static final String RULE = "claims:asserted-event";
  static final String UNNAMED_REPORT = "claims:unnamed-report";
  static final String ARTICLE = "the article";
  static final String REPORTS = "unnamed reports";

  private AssertedClaims() {}

  /** Adds a claim for each such event to {@code drafts}. */
  static void add(Facts facts, List<Draft> drafts) {
    List<CharSpan> covered = new ArrayList<>();
    drafts.forEach(d -> covered.add(d.proposition().span()));
    for (EpistemicAct act : facts.doc().get(Layers.EPISTEMIC)) {
      covered.add(act.target() != null ? act.target().span() : act.span());
    }
    Covering covering = new Covering(covered);
    Covering speechCues = speechCues(facts);
    List<CharSpan> allCues = new ArrayList<>();
    facts.doc().get(Layers.ATTRIBUTIONS).forEach(a -> allCues.add(a.cue().span()));
    Set<CharSpan> asserted = new HashSet<>();
    for (Event event : facts.events()) {
      boolean inside =
          covering.anyContains(event.trigger().span()) || asserted.contains(event.span());
      if (inside
          || event.attributionId() != null
          || !worthTracking(event)
          || speechCues.anyOverlaps(event.trigger().span())
          || inReportingClause(facts, event, allCues)
          || !hasContent(facts, event)) {
        continue;
      }
      asserted.add(event.span());
      Draft draft = new Draft(facts.excerpt(event.span()), event.id(), RULE);
      boolean reported = event.modality() == EventModality.REPORTED;
      draft.record(
          new StatusChange(
              reported ? ClaimStatus.REPORTED : ClaimStatus.ASSERTED,
              reported ? REPORTS : ARTICLE,
              null,
              event.trigger(),
              reported ? UNNAMED_REPORT : RULE));
      drafts.add(draft);
    }
  }

  /**
   * True when the event is named by a noun in the clause of an attribution's cue, whose content the
   * event is not in: a circumstance of the reporting clause ("Marr said at a rally in Dorn"), not a
   * proposition a reader would track. A verb keeps its clause ("The army, which said it was
   * attacked, shelled the town").
   */
  private static boolean inReportingClause(Facts facts, Event event, List<CharSpan> cues) {
    List<Token> trigger = facts.tokensIn(event.trigger().span());
    if (trigger.isEmpty() || !trigger.get(0).isPos("NN")) {
      return false;
    }
    for (CharSpan cue : cues) {
      if (event.span().contains(cue) && !cue.overlaps(event.trigger().span())) {
        return true;
      }
    }
    return false;
  }

  /** Spans sorted by begin with the largest end so far: "does any contain this?" by search. */
  private static final class Covering {
    private final int[] begins;
    private final int[] maxEnds;

    Covering(List<CharSpan> spans) {
      List<CharSpan> sorted = new ArrayList<>(spans);
      sorted.sort(null);
      begins = new int[sorted.size()];
      maxEnds = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        begins[i] = sorted.get(i).begin();
        maxEnds[i] = Math.max(i == 0 ? 0 : maxEnds[i - 1], sorted.get(i).end());
      }
    }

    /** True when a span begins at or before {@code inner} and ends at or after it. */
    boolean anyContains(CharSpan inner) {
      int before = beginningAtOrBefore(inner.begin());
      return before > 0 && maxEnds[before - 1] >= inner.end();
    }

    /** True when a span shares a character with {@code other}. */
    boolean anyOverlaps(CharSpan other) {
      int before = beginningAtOrBefore(other.end() - 1);
      return before > 0 && maxEnds[before - 1] > other.begin();
    }

    /** How many spans begin at or before {@code offset}. */
    private int beginningAtOrBefore(int offset) {
      int low = 0;
      int high = begins.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (begins[mid] <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  /**
   * The cues of attributions whose content is a clause: an event whose trigger is one ("He warned"
   * whose warning the attribution reports) is a speech act the reported claim already holds. Found
   * once per document, so the test per event is a search.
   */
  private static Covering speechCues(Facts facts) {
    List<CharSpan> cues = new ArrayList<>();
    for (Attribution a : facts.doc().get(Layers.ATTRIBUTIONS)) {
      if (ReportedClaims.isClause(facts, a.content().span())) {
        cues.add(a.cue().span());
      }
    }
    return new Covering(cues);
  }

  /**
   * True when the event's clause says something besides who acted and the verb: its target or a
   * content word (noun, verb, adjective, number) outside the trigger and the actor's words. "He
   * warned" has none.
   */
  static boolean hasContent(Facts facts, Event event) {
    CharSpan actor = event.actor() == null ? null : event.actor().mention().span();
    for (Token token : facts.tokensIn(event.span())) {
      boolean outside =
          !event.trigger().span().overlaps(token.span())
              && (actor == null || !actor.overlaps(token.span()));
      boolean content =
          token.isPos("NN")
              || token.isPos("VB")
              || token.isPos("JJ")
              || token.isPos("CD")
              || event.target() != null && event.target().mention().span().overlaps(token.span());
      if (outside && content && !token.lemma().equals("be")) {
        return true;
      }
    }
    return false;
  }

  /** An event with an actor or a target: "the conversation" alone is not worth a claim. */
  static boolean worthTracking(Event event) {
    return event.actor() != null || event.target() != null;
  }
}
