package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// affairNouns name an affair. A country named just before one ("the Iran
// arms scandal", "the Iran affair") names the affair, not a party to it.
var affairNouns = map[string]bool{"affair": true, "scandal": true, "controversy": true, "cover-up": true}

// inquiryNouns name an inquiry or those who pursue it. A country before
// one is the affair's name ("IRAN PROBE") in an article that names an
// affair after that country, and otherwise more often the country that
// inquires ("an expedited U.S. probe of Canadian tariffs").
var inquiryNouns = map[string]bool{
	"case": true, "probe": true, "inquiry": true, "investigation": true,
	"investigators": true, "hearings": true, "committee": true, "committees": true,
}

// affairLinks may stand between the country and the affair noun: "the
// Iran arms affair", "the Iran contra scandal".
var affairLinks = map[string]bool{"arms": true, "contra": true}

// affairName reports whether mention m is a country used as the name of an
// affair: "the Iran arms scandal", "the Iran-contra affair", and "the Iran
// probe" in an article about that affair. Such a name tells what the story
// is about, not whose officials, prosecutors and judges act in it (those
// of the country that investigates it), so it must not make that country
// the story's focus.
func affairName(doc *annals.Doc, m *annals.Mention) bool {
	noun := affairNoun(doc.Tokens, m)
	if noun == "" || affairNouns[noun] {
		return noun != ""
	}
	return affairNamedAfter(doc.Tokens, doc.Tokens[m.Tokens.End-1].Norm)
}

// affairNamedAfter reports whether the article names an affair after the word
// name anywhere ("the Iran arms scandal", "the Iran-contra affair"), read
// from the words, since the actor layer may leave such a name uncoded.
func affairNamedAfter(toks []annals.Token, name string) bool {
	for k := 1; k < len(toks); k++ {
		before, rest, _ := strings.Cut(toks[k].Norm, "-")
		if before == name && affairLinks[rest] {
			return true
		}
		if !affairNouns[toks[k].Norm] {
			continue
		}
		j := k - 1
		if affairLinks[toks[j].Norm] && j > 0 {
			j--
		}
		if toks[j].Norm == name {
			return true
		}
	}
	return false
}

// affairNoun returns the affair or inquiry noun that follows mention m,
// past an "arms" or "contra" ("Iran-contra" alone gives "affair"), or "".
func affairNoun(toks []annals.Token, m *annals.Mention) string {
	if m.Kind != annals.ActorMention && m.Kind != annals.PlaceMention || m.Tokens.End <= m.Tokens.Start || m.Tokens.End > len(toks) {
		return ""
	}
	if _, rest, ok := strings.Cut(toks[m.Tokens.End-1].Norm, "-"); ok && affairLinks[rest] {
		return "affair" // "Iran-contra" is the affair's own name
	}
	k := m.Tokens.End
	if k >= len(toks) || !affairWordFilter.May(toks[k].Norm) {
		return "" // neither a link nor a noun follows: most mentions
	}
	linked := affairLinks[toks[k].Norm]
	if linked {
		k++
	}
	if k >= len(toks) {
		return ""
	}
	if n := toks[k].Norm; affairNouns[n] || inquiryNouns[n] {
		if linked {
			return "affair" // "the Iran arms probe": the arms are the affair
		}
		return n
	}
	return ""
}
