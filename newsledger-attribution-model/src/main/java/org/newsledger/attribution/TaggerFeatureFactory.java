package org.newsledger.attribution;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.util.PaddedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Hands CoreNLP's CRF the features {@link TaggerFeatures} computed for each token: all of them on
 * the single-tag clique, those starting with {@code !} also on the tag-pair clique. Public only
 * because the CRF instantiates its feature factory by class name.
 */
public final class TaggerFeatureFactory extends NERFeatureFactory<CoreLabel> {

  private static final long serialVersionUID = 1L;

  /** The token's precomputed features. */
  public static final class Features implements CoreAnnotation<String[]> {
    @Override
    public Class<String[]> getType() {
      return String[].class;
    }
  }

  /** Called by the CRF through reflection. */
  public TaggerFeatureFactory() {}

  @Override
  public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
    String[] features = info.get(loc).get(Features.class);
    List<String> out = new ArrayList<>();
    if (features == null) {
      return out;
    }
    if (clique == cliqueC) {
      for (String f : features) {
        out.add(f + "|C");
      }
    } else if (clique == cliqueCpC) {
      for (String f : features) {
        if (f.charAt(0) == '!') {
          out.add(f + "|CpC");
        }
      }
    }
    return out;
  }
}
