package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// Round 94 (issue 5): the adjective before "the town of". "The German
// town of Bad Blankenburg", "the Alaskan villages of Gambell and
// Stebbins", "the Texan town of Friona": news introduces a place too
// small for readers to know by the settlement noun and an adjective of the
// land it lies in, which says where the town is as "Gambell, Alaska"
// would. Round 91 (port_towns.go) read a country's adjective before a
// singular noun for towns the gazetteer lacks; this round reads it
//
//   - before a plural noun for every item of the list after "of" ("the
//     Alaskan villages of Gambell and Stebbins"): the plural noun makes
//     each item a settlement of that land;
//   - for a small town the gazetteer holds ("Bad Blankenburg"), which
//     resolution admitted only in a country the article names; and
//   - for each name of a list the gazetteer lacks after the plural noun,
//     which the run of capitalised words took for one name ("Gambell
//     and Stebbins");
//   - for a US state's adjective ("Alaskan", "Texan"), which places the
//     town in that state as the state written after it would.
//
// "East German" and "West German" end in "German", whose towns the
// gazetteer lists in Germany. "Soviet" names no single country of today
// and is left alone; so is "Georgian" (a country and a state) and
// "Carolinian" or "Dakotan" (two states each). Only a lower-case noun
// counts ("the Ports of Auckland" is a firm), and only right before "of".

// stateAdjectives maps the adjective of a US state, folded, to the key of
// the state's name.
var stateAdjectives = map[string]string{
	"alabamian": "alabama", "alaskan": "alaska", "arizonan": "arizona", "arkansan": "arkansas",
	"californian": "california", "coloradan": "colorado", "floridian": "florida", "hawaiian": "hawaii",
	"idahoan": "idaho", "illinoisan": "illinois", "indianan": "indiana", "iowan": "iowa",
	"kansan": "kansas", "kentuckian": "kentucky", "louisianan": "louisiana", "minnesotan": "minnesota",
	"mississippian": "mississippi", "missourian": "missouri", "montanan": "montana", "nebraskan": "nebraska",
	"nevadan": "nevada", "ohioan": "ohio", "oklahoman": "oklahoma", "oregonian": "oregon",
	"pennsylvanian": "pennsylvania", "tennessean": "tennessee", "texan": "texas", "utahn": "utah",
	"virginian": "virginia", "wyomingite": "wyoming",
}

// settlementOf returns the index of the "of" after a lower-case
// settlement noun that introduces the name at token at, directly or as a
// later item of the list after "of" (then the noun must be plural), or -1.
func settlementOf(doc *annals.Doc, at int) int {
	start := doc.Sentences[doc.SentenceOf(at)].Tokens.Start
	i, listed := at-1, false
	// Step back over the list's earlier items: "Gambell and".
	for n := 0; i > start && n < 12 && doc.Tokens[i].Norm != "of"; n++ {
		t := &doc.Tokens[i]
		if t.Norm != "," && t.Norm != "and" && !capital(t) {
			return -1
		}
		listed = true
		i--
	}
	if i-1 < start || doc.Tokens[i].Norm != "of" {
		return -1
	}
	n := &doc.Tokens[i-1]
	if capital(n) || !settlementNouns[n.Norm] && !townOfNouns[n.Norm] || listed && !pluralNoun(n.Norm) {
		return -1
	}
	return i
}

// pluralNoun reports whether the settlement noun w is plural: "villages".
func pluralNoun(w string) bool { return w[len(w)-1] == 's' }

// settlementAdjective returns the index of the capitalised adjective
// before the settlement noun and "of" that introduce the name at token
// at (see settlementOf), or -1.
func settlementAdjective(doc *annals.Doc, at int) int {
	i := settlementOf(doc, at)
	if i-2 < doc.Sentences[doc.SentenceOf(at)].Tokens.Start || !capital(&doc.Tokens[i-2]) {
		return -1
	}
	return i - 2
}

// settlementListEnd returns where a name the gazetteer lacks, from token
// j to e, ends when a plural settlement noun introduces it: at its first
// "and" ("the villages of Gambell and Stebbins" are two villages, where
// the run of capitalised words would read one name). Else e.
func settlementListEnd(doc *annals.Doc, j, e int) int {
	if e-j < 3 {
		return e
	}
	if i := settlementOf(doc, j); i < 0 || !pluralNoun(doc.Tokens[i-1].Norm) {
		return e
	}
	for k := j + 1; k+1 < e; k++ {
		if n := doc.Tokens[k].Norm; n == "and" || n == "or" {
			return k
		}
	}
	return e
}

// settlementListNext reports whether the capitalised word at token k,
// after the "and" that ends an unknown name at token j, is the list's next
// item after a plural settlement noun: "the villages of Gambell and
// Stebbins". The plural noun promises more than one place.
func settlementListNext(doc *annals.Doc, j, k int) bool {
	if k >= doc.Sentences[doc.SentenceOf(j)].Tokens.End || !capital(&doc.Tokens[k]) {
		return false
	}
	i := settlementOf(doc, j)
	return i >= 0 && pluralNoun(doc.Tokens[i-1].Norm)
}

// settlementCountry returns the country code of the demonym that
// settlementAdjective finds before the name at token at, or "".
func (r *Recognizer) settlementCountry(doc *annals.Doc, at int) string {
	a := settlementAdjective(doc, at)
	if a < 0 {
		return ""
	}
	if p := r.g.demonymCountry(doc.Tokens[a].Norm); p >= 0 {
		return r.g.places[p].Country
	}
	return ""
}

// settlementState returns the key of the US state whose adjective
// settlementAdjective finds before the name at token at, or "", when the
// gazetteer knows the state as an area.
func (r *Recognizer) settlementState(doc *annals.Doc, at int) string {
	a := settlementAdjective(doc, at)
	if a < 0 {
		return ""
	}
	key := stateAdjectives[doc.Tokens[a].Norm]
	if key == "" || r.g.container(key) < 0 {
		return ""
	}
	return key
}

// withSettlementCountry puts the country of the demonym before the name
// at token at first in countries and adds it to admit, so that a small
// town the gazetteer holds there is admitted and preferred: "the German
// town of Bad Blankenburg".
func (r *Recognizer) withSettlementCountry(doc *annals.Doc, at int, countries, ranked, admit []string) ([]string, []string, []string) {
	c := r.settlementCountry(doc, at)
	if c == "" {
		return countries, ranked, admit
	}
	first := func(l []string) []string {
		return append([]string{c}, slices.DeleteFunc(slices.Clone(l), func(s string) bool { return s == c })...)
	}
	return first(countries), first(ranked), first(admit)
}
