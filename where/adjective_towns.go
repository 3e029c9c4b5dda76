package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// A country the article names only by its nationality adjective may hold
// a small town of the second tier named after a strong cue: "The French
// company, <Ricoh Industry France SA>, in Wettolsheim", "French inventor
// Franky Zapata ... started in Sangatte", "A Greek-based consortium ...
// east of Thasos". Wire and Wikinews copy often names the country of a
// story only so, and the tier's town is then the only reading.
//
// An adjective is weaker evidence than the country's name: it names the
// people, firms and goods of a country wherever they are ("Japanese car
// makers in Smyrna", "French troops in Chad"). So it never names the
// country outright: it places no town written without a cue, mends no
// slip for a town (nearIn), joins no dashed pair, and between namesakes
// of the main gazetteer it only breaks ties (withAdjectiveCountries). It
// joins only the wider list that a name after "in", "near", "at", "from"
// or "the town of" is looked up in (strongTownCue), where the name must
// still be the single tier place of its name in all those countries, no
// common word, no firm's or person's name the article writes.

// adjectiveTownCountries returns wide, the countries in which a name
// after a strong cue may be a small town (townCountries), with the
// countries of votes, named by adjective, added after them. It clones
// wide before it adds, which may share named's array.
func adjectiveTownCountries(wide []string, votes []adjectiveVote) []string {
	out := wide
	for _, v := range votes {
		if !slices.Contains(out, v.code) {
			if len(out) == len(wide) {
				out = slices.Clone(wide)
			}
			out = append(out, v.code)
		}
	}
	return out
}

// featureNouns name a feature after a name in lower case: "capsized in
// Zeebrugge harbour", "output at the Cano Limon field". The conventions
// leave such a name out as a modifier of the feature, and the feature
// named for a village (an oil field, a basin) may lie far from it.
var featureNouns = map[string]bool{
	"harbour": true, "harbor": true, "field": true, "fields": true, "oilfield": true, "oilfields": true,
}

// featureAfter reports whether the name u, which the gazetteer lacks, is
// written before a feature noun of featureNouns, and so names that
// feature rather than a small town of the second tier.
func featureAfter(doc *annals.Doc, u span) bool {
	e := u.tok.End
	if e >= len(doc.Tokens) || doc.SentenceOf(e) != doc.SentenceOf(u.tok.Start) {
		return false
	}
	t := &doc.Tokens[e]
	return !capital(t) && featureNouns[t.Norm]
}
