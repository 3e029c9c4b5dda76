package where

import annals "github.com/annals-project/annals"

// Round 94 (issue 5): a cue inside a longer name. A preposition after a
// capitalised word may belong to a name ("St Margaret's at Cliffe",
// "Newcastle upon Tyne"), so a name the gazetteer lacks after it was
// never a candidate for the second tier. That held back two kinds of
// place:
//
//   - A sentence's first word is capitalised whatever it is: "Talks in
//     Leningrad began", "Fighting in Khost went on". A common word there,
//     which the tagger reads as no proper noun, opens no name, so the cue
//     after it is a plain cue.
//   - After an institution's capitalised noun ("the American Consulate in
//     Leningrad", "the Soviet Embassy in Teheran") the cue may be part of
//     the institution's name, but the institution stands in a place all
//     the same, and the name after it is that place. A small town's name
//     may still be the tail of a longer name, so only another name of a
//     great city (great_city_names.go) is admitted there: a great city is
//     what a reader takes such a name to mean, wherever it is written.

// cueInName reports whether the cue at token i of sentence s follows a
// word that may make it part of a longer name: a capitalised word that is
// not a common word opening the sentence, or a possessive "'s".
func cueInName(doc *annals.Doc, s *annals.Sentence, i int) bool {
	if i <= s.Tokens.Start {
		return false
	}
	p := &doc.Tokens[i-1]
	if p.Norm == "'s" {
		return true
	}
	if !capital(p) {
		return false
	}
	// "Talks in Leningrad": the first word, no proper noun.
	return i-1 != s.Tokens.Start || p.Tag == annals.NNP || p.Tag == annals.NNPS
}
