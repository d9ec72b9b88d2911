package org.newsledger.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsledger.core.Document;
import org.newsledger.core.Layer;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.pipeline.Deadline;
import org.newsledger.core.pipeline.Stage;

/**
 * Builds the claims of a document: one per reported proposition and per asserted event worth
 * tracking, each with its sources and a status history made from the attributions, epistemic acts,
 * hedges and disputes around it.
 */
public final class ClaimStage implements Stage {

  private final ReportedClaims reported;
  private final Hedges hedges;
  private final Disputes disputes;

  /** Loads the word lists once; the stage is then stateless and thread-safe. */
  public ClaimStage() {
    ClaimLexicon lexicon = ClaimLexicon.load();
    this.reported = new ReportedClaims(lexicon);
    this.hedges = new Hedges(lexicon);
    this.disputes = new Disputes(lexicon);
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(
        Layers.TOKENS,
        Layers.SENTENCES,
        Layers.MENTIONS,
        Layers.ENTITIES,
        Layers.ATTRIBUTIONS,
        Layers.EPISTEMIC,
        Layers.EVENTS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.CLAIMS);
  }

  /** Adds the claims ("c1"..), ordered by where their propositions begin. */
  @Override
  public Document apply(Document doc) {
    Facts facts = new Facts(doc);
    List<Draft> drafts = new ArrayList<>(reported.drafts(facts));
    Deadline.check();
    EpistemicLinks.link(facts, drafts);
    Deadline.check();
    AssertedClaims.add(facts, drafts);
    Deadline.check();
    hedges.mark(facts, drafts);
    Deadline.check();
    disputes.mark(facts, drafts);
    drafts.sort(Comparator.comparing((Draft d) -> d.proposition().span()));
    List<Claim> claims = new ArrayList<>();
    for (Draft draft : drafts) {
      claims.add(draft.toClaim("c" + (claims.size() + 1)));
    }
    return doc.with(Layers.CLAIMS, claims);
  }
}
