package where

import (
	"slices"

	"github.com/annals-project/annals"
)

// townCountries lists the countries in which a name after a strong cue
// may be a small town of the second tier: those the article names
// outright, and those it names only indirectly, by a city of theirs that
// it places ("the towns of Speyer and Iffezheim"), or as a modifier
// outside any place mention ("hosted by Belgium's presidency ... in the
// village of Genval"). A second-tier town is still the single place of
// its name in these countries, no common word and no person the article
// names in full; strongTownCue keeps the wider list to names after a cue
// that seldom introduces a firm or a body.
func townCountries(named, countries, context []string) []string {
	out := named
	for _, list := range [2][]string{countries, context} {
		for _, code := range list {
			if !slices.Contains(out, code) {
				if len(out) == len(named) {
					out = slices.Clone(named)
				}
				out = append(out, code)
			}
		}
	}
	return out
}

// strongTownCues are the words after which a name the gazetteer lacks is
// a town more often than a firm, a body or a person: "to the Red Cross",
// "through Alex. Brown" are not.
var strongTownCues = map[string]bool{"in": true, "near": true, "at": true, "from": true}

// settlementNouns name a settlement before "of": "the village of Genval".
var settlementNouns = map[string]bool{"town": true, "towns": true, "village": true, "villages": true}

// strongTownCue returns wide, the countries townCountries lists, when
// the name u, or the list of capitalised names it ends ("Speyer and
// Iffezheim"), follows a strong cue, "the town of" or a direction's
// "northeast of"; else named, the countries the article names outright.
func strongTownCue(doc *annals.Doc, u span, named, wide []string) []string {
	if len(wide) == len(named) || !townCueAt(doc, u) {
		return named
	}
	return wide
}

// townCueAt reports whether the name u, or the list of capitalised
// names it ends, follows a strong cue, "the town of" or a direction's
// "northeast of" (see strongTownCue).
func townCueAt(doc *annals.Doc, u span) bool {
	start := doc.Sentences[doc.SentenceOf(u.tok.Start)].Tokens.Start
	i := u.tok.Start - 1
	// The last item of a list ("Speyer and Iffezheim") takes the list's
	// cue: step back over its capitalised names. A name after a comma
	// alone may open a clause ("in Britain, Lawson said").
	if i > start && doc.Tokens[i].Norm == "and" {
		for n := 0; i > start && n < 12; n++ {
			t := &doc.Tokens[i]
			if t.Norm != "," && t.Norm != "and" && (!capital(t) || strongTownCues[t.Norm]) {
				break
			}
			i--
		}
	}
	if i < start {
		return false
	}
	switch cue := doc.Tokens[i].Norm; {
	case strongTownCues[cue]:
		return true
	case cue == "of" && i > start && (settlementNouns[doc.Tokens[i-1].Norm] || townOfNouns[doc.Tokens[i-1].Norm] || compass[doc.Tokens[i-1].Norm]):
		return true
	}
	return false
}
