package org.newsledger.events;

/**
 * The mentions filling an event's roles, each null when not found, and the rule that found them.
 *
 * @param actor who acts
 * @param target who or what is acted on
 * @param location where
 * @param rule name of the argument rule ("subject-object", "passive-by", "noun-modifier", ...)
 */
record Roles(PlacedMention actor, PlacedMention target, PlacedMention location, String rule) {}
