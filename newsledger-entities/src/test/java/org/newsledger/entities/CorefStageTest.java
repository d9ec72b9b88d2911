package org.newsledger.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorefStageTest {

  @Test
  void namesEntityByFullestNameInText() {
    Analyzed a = Analyzed.text("Maria Lopez, a local teacher, spoke first. Later Lopez left.");
    assertThat(a.nameOf(a.mention("Lopez"))).isEqualTo("Maria Lopez");
  }

  @Test
  void usesGazetteerNameForShortForm() {
    Analyzed a = Analyzed.text("President Macron arrived in Berlin on Monday.");
    assertThat(a.nameOf(a.mention("Macron"))).isEqualTo("Emmanuel Macron");
    assertThat(a.entity("Emmanuel Macron").roles()).contains("President");
  }

  @Test
  void keepsTwoSullivansWithDifferentFirstNamesApart() {
    Analyzed a =
        Analyzed.text(
            "Jake Sullivan met Dan Sullivan in the Senate. Dan Sullivan later spoke to reporters.");
    assertThat(a.names()).contains("Jake Sullivan", "Dan Sullivan");
    assertThat(a.mention("Jake Sullivan").entityId())
        .isNotEqualTo(a.mention("Dan Sullivan").entityId());
  }

  @Test
  void resolvesHeToMostRecentSpeaker() {
    Analyzed a =
        Analyzed.text(
            "Tom Harper met Ellen Brooks on Monday, said spokesman Peter Grant. He added that talks went well.");
    assertThat(a.nameOf(a.mention("He"))).isEqualTo("Peter Grant");
  }

  @Test
  void resolvesHeToSubjectOfTheSameSentence() {
    Analyzed a = Analyzed.text("Peter Grant told reporters that he was confident.");
    assertThat(a.nameOf(a.mention("he"))).isEqualTo("Peter Grant");
  }

  @Test
  void skipsPersonOfOtherGender() {
    Analyzed a =
        Analyzed.text("Mary Walsh met John Carter on Friday. She said the meeting was useful.");
    assertThat(a.nameOf(a.mention("She"))).isEqualTo("Mary Walsh");
  }

  @Test
  void takesTheGenderOfANounInAppositionAfterTheName() {
    Analyzed a =
        Analyzed.text(
            "Crown Prince Karim Oduya arrived in Oslo on Monday. Sevda Demir, fiancee of the"
                + " missing reporter, was in London. Sevda Demir met reporters on Tuesday. He said the"
                + " meeting was short.");
    assertThat(a.nameOf(a.mention("He"))).isEqualTo("Karim Oduya");
  }

  @Test
  void takesASubjectFollowedByItsOfPhraseInThePronounsSentence() {
    Analyzed a =
        Analyzed.text(
            "Jonas Berg is a ferry captain in Bergen.\n\nThe radio reported that Governor Karim"
                + " Oduya of Vestland approved the budget of the reporter Tomas Lie but did not say"
                + " he had read it.");
    assertThat(a.nameOf(a.mention("he"))).isEqualTo("Karim Oduya");
  }

  @Test
  void takesANameSetOffByCommasAsTheSpeakerOfItsSentence() {
    Analyzed a =
        Analyzed.text(
            "Jonas Berg said the ferry would sail. A harbour spokesman, Karim Oduya, confirmed the"
                + " news: \"The ferry is ready,\" he said.");
    assertThat(a.nameOf(a.mention("he"))).isEqualTo("Karim Oduya");
  }

  @Test
  void neverGivesAPronounInsideAQuotationToItsSpeaker() {
    Analyzed a =
        Analyzed.text(
            "The driver, Sevda Demir, left the country in May. The boy's mother, Ana Ruiz, said"
                + " on television: \"She did not stop the car.\"");
    assertThat(a.nameOf(a.mention("She"))).isNotEqualTo("Ana Ruiz");
  }

  @Test
  void resolvesRoleNominalToTitleHolder() {
    Analyzed a =
        Analyzed.text(
            "Prime Minister Anna Berg visited the port. The prime minister promised new funds.");
    assertThat(a.nameOf(a.mention("The prime minister"))).isEqualTo("Anna Berg");
  }

  @Test
  void resolvesAppositionToTheNamedPerson() {
    Analyzed a =
        Analyzed.text(
            "The talks are led by the EU's trade chief, Commissioner Lena Vogt, in Brussels.");
    assertThat(a.nameOf(a.mention("the EU's trade chief"))).isEqualTo("Lena Vogt");
    assertThat(a.entity("Lena Vogt").roles()).contains("trade chief");
  }

  @Test
  void resolvesTheyToRecentAuthorities() {
    Analyzed a = Analyzed.text("Egyptian authorities closed the road, and they gave no reason.");
    assertThat(a.nameOf(a.mention("they"))).isEqualTo("Egypt");
  }

  @Test
  void mergesDemonymCapitalAndNameOfOneCountry() {
    Analyzed a =
        Analyzed.text("Russia denied the claim. Moscow said Russian forces had withdrawn.");
    assertThat(a.mention("Russia").entityId()).isEqualTo(a.mention("Moscow").entityId());
    assertThat(a.entity("Russian forces").type().name()).isEqualTo("ORGANIZATION");
  }

  @Test
  void takesASpeakerFollowedByAnAppositionAsTheSalientSubject() {
    Analyzed a =
        Analyzed.text(
            "Irena Palk said the bill was unfair. Finance Minister Olga Renn, a close ally of"
                + " the premier, told reporters the reform would save money. She said the demands"
                + " were too costly.");
    assertThat(a.nameOf(a.mention("She"))).isEqualTo("Olga Renn");
  }

  @Test
  void takesASubjectFollowedByARelativeClauseAsTheSalientSubject() {
    Analyzed a =
        Analyzed.text(
            "Irena Palk said the bill was unfair. Karel Voss, who met Palk on Sunday night, played"
                + " down the dispute. In a post online, he wrote that talks would continue.");
    assertThat(a.nameOf(a.mention("he"))).isEqualTo("Karel Voss");
  }

  @Test
  void learnsAGenderFromAPronounOfTheSameSentence() {
    Analyzed a =
        Analyzed.text(
            "Irena Palk said her party would vote no. The premier met Palk on Sunday. He said"
                + " talks would go on.");
    assertThat(a.nameOf(a.mention("He"))).isNotEqualTo("Irena Palk");
  }
}
