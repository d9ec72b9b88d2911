package org.newsledger.time;

import org.newsledger.core.CharSpan;
import org.newsledger.core.facts.TimeType;

/** A recognized expression before overlap removal: its span, normalization and rule. */
record Candidate(CharSpan span, TimeType type, String value, String rule, int ruleOrder) {}
