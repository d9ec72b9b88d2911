package org.newsledger.core.text;

/**
 * Questions about Penn Treebank part-of-speech tags that several stages ask, answered in one place
 * (see {@link Token#isPos} for a plain prefix test).
 */
public final class Pos {

  private Pos() {}

  /** True for a verb of any form (VB, VBD, VBG, VBN, VBP, VBZ) or a modal (MD). */
  public static boolean isVerbOrModal(Token t) {
    return t.isPos("VB") || t.isPos("MD");
  }

  /** True for a verb with tense: past (VBD), present (VBZ, VBP) or a modal (MD). */
  public static boolean isFiniteVerb(Token t) {
    String pos = t.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** True for a common noun (NN, NNS), not a proper one (NNP, NNPS). */
  public static boolean isCommonNoun(Token t) {
    return t.isPos("NN") && !t.isPos("NNP");
  }

  /** True for a proper noun (NNP, NNPS). */
  public static boolean isProperNoun(Token t) {
    return t.isPos("NNP");
  }

  /** True for a noun, personal pronoun or number: a word that can head a noun phrase. */
  public static boolean isNominal(Token t) {
    return t.isPos("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
  }

  /** True for a comma. */
  public static boolean isComma(Token t) {
    return t.pos().equals(",");
  }
}
