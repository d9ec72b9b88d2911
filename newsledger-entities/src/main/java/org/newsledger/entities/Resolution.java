package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.text.Token;

/** The state of one coreference run: each mention's tokens and the cluster it was put in. */
final class Resolution {

  /** A mention with its tokens: [first, end) in the document's token list. */
  record Item(int index, Mention mention, int sentence, int first, int end) {

    /** True when the mention was found by {@code ruleName}. */
    boolean foundBy(String ruleName) {
      return mention.rule().equals(ruleName);
    }
  }

  final Document doc;
  final List<Token> tokens;
  final List<Item> items = new ArrayList<>();
  private final Cluster[] clusterOf;
  private final String[] ruleOf;
  private final Map<String, Cluster> byKey = new LinkedHashMap<>();

  Resolution(Document doc) {
    this.doc = requireNonNull(doc, "doc is null");
    this.tokens = doc.get(Layers.TOKENS);
    Map<Integer, Integer> tokenAtBegin = new HashMap<>();
    Map<Integer, Integer> tokenAtEnd = new HashMap<>();
    tokens.forEach(t -> tokenAtBegin.put(t.begin(), t.index()));
    tokens.forEach(t -> tokenAtEnd.put(t.end(), t.index()));
    List<Mention> mentions = doc.get(Layers.MENTIONS);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Integer first = tokenAtBegin.get(m.span().begin());
      Integer last = tokenAtEnd.get(m.span().end());
      if (first != null && last != null && last >= first) {
        items.add(new Item(i, m, tokens.get(first).sentenceIndex(), first, last + 1));
      }
    }
    this.clusterOf = new Cluster[mentions.size()];
    this.ruleOf = new String[mentions.size()];
  }

  /** The tokens of a mention. */
  List<Token> tokensOf(Item item) {
    return tokens.subList(item.first(), item.end());
  }

  /** The cluster with {@code key}, created with the other arguments when new. */
  Cluster cluster(String key, EntityType type, String subtype, String name, String rule) {
    return byKey.computeIfAbsent(key, k -> new Cluster(k, type, subtype, name, rule));
  }

  /** Puts a mention in a cluster, naming the rule that decided. */
  void assign(Item item, Cluster cluster, String rule) {
    clusterOf[item.index()] = requireNonNull(cluster, "cluster is null");
    ruleOf[item.index()] = requireNonNull(rule, "rule is null");
  }

  /** The cluster of a mention, or null while unresolved. */
  Cluster clusterOf(Item item) {
    return clusterOf[item.index()];
  }

  /** The rule that resolved a mention, or null. */
  String ruleOf(Item item) {
    return ruleOf[item.index()];
  }

  /** Moves every mention of {@code from} into {@code into}. */
  void merge(Cluster from, Cluster into) {
    for (int i = 0; i < clusterOf.length; i++) {
      if (clusterOf[i] == from) {
        clusterOf[i] = into;
      }
    }
    into.roles.addAll(from.roles);
    byKey.remove(from.key);
  }

  /** All clusters, in creation order. */
  List<Cluster> clusters() {
    return List.copyOf(byKey.values());
  }

  /** The mentions of a cluster, in text order. */
  List<Item> itemsOf(Cluster cluster) {
    return items.stream().filter(item -> clusterOf[item.index()] == cluster).toList();
  }
}
