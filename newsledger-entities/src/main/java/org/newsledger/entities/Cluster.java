package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newsledger.core.facts.EntityType;

/** An entity being built during one coreference run. Mutable, confined to that run. */
final class Cluster {

  final String key;
  final EntityType type;
  final String subtype;
  final String rule;
  final Set<String> roles = new LinkedHashSet<>();
  String name;
  String gender = "-";

  Cluster(String key, EntityType type, String subtype, String name, String rule) {
    this.key = requireNonNull(key, "key is null");
    this.type = requireNonNull(type, "type is null");
    this.subtype = requireNonNull(subtype, "subtype is null");
    this.name = name;
    this.rule = requireNonNull(rule, "rule is null");
  }

  /** True when a pronoun of {@code pronounGender} ("M", "F" or "-") may refer to this entity. */
  boolean agreesWith(String pronounGender) {
    return gender.equals("-") || pronounGender.equals("-") || gender.equals(pronounGender);
  }
}
