package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsledger.core.facts.EntityType;
import org.newsledger.core.facts.MentionKind;
import org.newsledger.core.lexicon.PhraseIndex.Match;
import org.newsledger.core.text.Token;

/** Rules for institutions: seats standing for them, news outlets and people's offices. */
final class InstitutionRules {

  static final String SEAT = "metonym:institution-seat";
  static final String OUTLET = "entities:outlet";
  static final String OFFICE = "entities:office";

  private static final Set<String> PLACE_TAGS = Set.of("PERSON", "LOCATION", "COUNTRY", "CITY");

  private InstitutionRules() {}

  /** "the White House", "the Kremlin": an organization of its own, found by a place name. */
  static MentionRule seats(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<Lexicon.Seat> match = lexicon.seats.matchAt(tokens, i);
        if (match != null) {
          found.add(
              Candidate.of(
                  Tokens.withDeterminer(tokens, i),
                  match.end(),
                  EntityType.ORGANIZATION,
                  MentionKind.METONYM,
                  SEAT));
          i = match.end() - 1;
        }
      }
      return found;
    };
  }

  /** "Reuters", "the Axios website", "the Kyiv Independent newspaper": media organizations. */
  static MentionRule outlets(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<String> known = lexicon.outlets.matchAt(tokens, i);
        if (known != null) {
          Match<String> head =
              known.end() < tokens.size() ? lexicon.outletHeads.matchAt(tokens, known.end()) : null;
          int end = head != null ? head.end() : known.end();
          found.add(outlet(tokens, i, end));
          i = end - 1;
        } else if (!Tokens.isCapitalized(tokens.get(i))
            && lexicon.outletHeads.matchAt(tokens, i) != null) {
          unknownOutlet(lexicon, tokens, i).ifPresent(found::add);
        }
      }
      return found;
    };
  }

  private static Optional<Candidate> unknownOutlet(Lexicon lexicon, List<Token> tokens, int head) {
    int start = head;
    while (start > 0
        && Tokens.isProperWord(tokens.get(start - 1))
        && !PLACE_TAGS.contains(tokens.get(start - 1).ner())) {
      start--;
    }
    if (start == head || lexicon.countries.nameOrDemonymAt(tokens, start) != null) {
      return Optional.empty();
    }
    return Optional.of(outlet(tokens, start, lexicon.outletHeads.matchAt(tokens, head).end()));
  }

  private static Candidate outlet(List<Token> tokens, int first, int end) {
    return Candidate.of(
        Tokens.withDeterminer(tokens, first),
        end,
        EntityType.ORGANIZATION,
        MentionKind.NAME,
        OUTLET);
  }

  /** "the office of Prime Minister X", "X's office": the office as an organization. */
  static MentionRule offices(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    return tokens -> {
      List<Candidate> found = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Match<String> office = lexicon.officeNouns.matchAt(tokens, i);
        if (office != null) {
          officeOf(lexicon, tokens, i, office.end()).ifPresent(found::add);
          ownersOffice(lexicon, tokens, i, office.end()).ifPresent(found::add);
        }
      }
      return found;
    };
  }

  private static Optional<Candidate> officeOf(
      Lexicon lexicon, List<Token> tokens, int first, int end) {
    Token of = Tokens.at(tokens, end);
    if (of == null || !Tokens.lower(of).equals("of")) {
      return Optional.empty();
    }
    int owner = end + 1;
    owner = owner < tokens.size() && Tokens.isThe(tokens.get(owner)) ? owner + 1 : owner;
    int ownerEnd = owner;
    while (ownerEnd < tokens.size() && isOwnerWord(lexicon, tokens.get(ownerEnd))) {
      ownerEnd++;
    }
    return ownerEnd > owner ? Optional.of(office(tokens, first, ownerEnd)) : Optional.empty();
  }

  private static Optional<Candidate> ownersOffice(
      Lexicon lexicon, List<Token> tokens, int first, int end) {
    Token possessive = Tokens.at(tokens, first - 1);
    if (possessive == null || !Tokens.isPossessive(possessive)) {
      return Optional.empty();
    }
    int owner = first - 1;
    while (owner > 0 && isOwnerWord(lexicon, tokens.get(owner - 1))) {
      owner--;
    }
    return owner < first - 1 ? Optional.of(office(tokens, owner, end)) : Optional.empty();
  }

  private static boolean isOwnerWord(Lexicon lexicon, Token token) {
    return token.ner().equals("PERSON")
        || token.ner().equals("TITLE")
        || (Tokens.isCapitalized(token) && lexicon.isTitleWord(Tokens.lower(token)));
  }

  private static Candidate office(List<Token> tokens, int first, int end) {
    return new Candidate(
        Tokens.withDeterminer(tokens, first),
        end,
        EntityType.ORGANIZATION,
        MentionKind.NAME,
        OFFICE,
        true);
  }
}
