package where

import "github.com/annals-project/annals"

// Round 96 (issue 5), read from the Reuters read sets' misses of
// countries held as parties. Two gaps of the subject rules
// (tradeSubject, supplierSubject, economySubject and the rest that ask
// opensClause where a clause's subject starts):
//
//   - A subordinate clause has a subject as a main clause has: "because
//     Peru had enjoyed growth in gross domestic product ... of nine pct"
//     is the same clause as "Peru had enjoyed growth ...", and the
//     annotators keep the country the same way. A subordinating
//     conjunction right before the name (or its article) opens the
//     clause, as "said" or "that" does. So does a phrase of time that
//     opens the sentence without a comma, a preposition of time and only
//     lower-case words after it: "During the previous seven-year plan
//     North Korea achieved annual output of 10 mln tonnes". The verb
//     tests after the name are unchanged, so the opening only lets the
//     same verbs be read in more clauses.
//   - A country that lives by its trade or earns from it is measured by
//     it: "West Germany relied on exports for about one-third of its
//     gross national product", "Japan depends on imports for more than 90
//     pct of its aluminium demand", "The Philippines earned 488 mln dlrs
//     from coconut products". Its exports, imports and earnings are the
//     land's own, kept as "Thailand exported 21,404 tonnes" is. Reliance
//     on a party ("rely on South Africa for its food") names the party
//     after "on", not the subject, and stays with the cue rules.

// subordinators open a subordinate clause whose subject follows at once.
// "since", "after", "before" and "until" are prepositions as often
// ("since 1985", "after Japan"), and the cue rules read the name after
// them; they are left out here. "although", "though" and "whereas" are
// never prepositions, and notWeak holds them so that a tagger's IN does
// not make them cues.
//
// A condition ("if", "unless", "once") states no fact about the land
// ("If Indonesia spurs its economic growth too much"), and "while" sets a
// party's act against another's as often ("while America said it would
// reduce its federal budget deficit"): both are left out.
//
// subordinator is asked of the word before every name that may open a
// subject, so the set is a switch, which the compiler parts by length
// and compares at once, not a map.
func subordinator(w string) bool {
	switch w {
	case "because", "although", "though", "whereas", "when":
		return true
	}
	return false
}

// timePrepositions open a sentence's phrase of time: "During the
// previous plan", "In the first quarter", "Over the past year".
// Like subordinator, a switch rather than a map.
func timePreposition(w string) bool {
	switch w {
	case "during", "in", "over", "since", "throughout",
		"last", "this", "earlier", "for", "until":
		return true
	}
	return false
}

// maxOpeningPhrase is the most tokens of a phrase of time that opens the
// sentence before its subject.
const maxOpeningPhrase = 8

// subordinateOpens reports whether token i of sentence s, the name or
// its article, stands right after a subordinating conjunction, or after
// a phrase of time that opens the sentence with no comma: then a
// clause's subject starts there. opensClause and subjectOpens ask it
// after their own openings.
func subordinateOpens(doc *annals.Doc, s *annals.Sentence, i int) bool {
	start := s.Tokens.Start
	if i <= start {
		return false
	}
	if w := &doc.Tokens[i-1]; subordinator(w.Norm) {
		return true
	}
	// The phrase of time: a preposition of time at the sentence's head,
	// then only lower-case words and numbers ("seven-year", "1986").
	if i-start > maxOpeningPhrase || i-start < 2 || !timePreposition(doc.Tokens[start].Norm) {
		return false
	}
	for n := start + 1; n < i; n++ {
		t := &doc.Tokens[n]
		if t.Norm == "-" {
			continue
		}
		if t.Flags&annals.Digit == 0 && (!word(t) || capital(t)) {
			return false
		}
	}
	return true
}

// relianceVerbs are a subject's verbs of living by something: "relied on
// exports", "depends on imports".
var relianceVerbs = map[string]bool{
	"relies": true, "relied": true, "rely": true, "relying": true,
	"depends": true, "depended": true, "depend": true, "depending": true,
}

// earnVerbs take what the subject earns: "earned 488 mln dlrs from".
var earnVerbs = map[string]bool{"earned": true, "earns": true, "earn": true}

// ownTrade are the nouns of a land's own trade that it relies on.
var ownTrade = map[string]bool{
	"exports": true, "imports": true, "export": true, "import": true, "trade": true,
}

// reliesOnTrade reports whether the words from token k of sentence si,
// after a subject, say that it lives by its own trade ("relied on
// exports for", "depends heavily on imports for", "relies on its
// exports for") or earns an amount ("earned 488 mln dlrs from"), perhaps
// after "has" or two adverbs.
func reliesOnTrade(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k < end && (doc.Tokens[k].Norm == "has" || doc.Tokens[k].Norm == "had" || doc.Tokens[k].Norm == "have") {
		k++
	}
	for a := 0; a < 2 && k < end && verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	if k+2 >= end {
		return false
	}
	w := doc.Tokens[k].Norm
	// Every verb of earnVerbs begins with "e", of relianceVerbs with "r"
	// or "d": the first byte turns most words away before the maps.
	switch {
	case len(w) >= 4 && w[0] == 'e' && earnVerbs[w]:
		// An amount earned: "earned 488 mln dlrs", "earned about 1.2
		// billion dlrs".
		n := k + 1
		if doc.Tokens[n].Norm == "about" || doc.Tokens[n].Norm == "some" || doc.Tokens[n].Norm == "an" || doc.Tokens[n].Norm == "a" {
			n++
		}
		return n < end && doc.Tokens[n].Flags&annals.Digit != 0
	case len(w) >= 4 && (w[0] == 'r' || w[0] == 'd') && relianceVerbs[w]:
		n := k + 1
		if n < end && verbAdverbFilter.May(doc.Tokens[n].Norm) && verbAdverbs[doc.Tokens[n].Norm] {
			n++
		}
		if n >= end || doc.Tokens[n].Norm != "on" && doc.Tokens[n].Norm != "upon" {
			return false
		}
		n++
		if n < end && doc.Tokens[n].Norm == "its" {
			n++
		}
		// "oil exports", "foreign trade": one modifier before the noun.
		for m := 0; m < 2 && n < end; m++ {
			t := &doc.Tokens[n]
			if ownTrade[t.Norm] {
				return n+1 < end && doc.Tokens[n+1].Norm == "for"
			}
			if !word(t) || capital(t) {
				return false
			}
			n++
		}
	}
	return false
}
