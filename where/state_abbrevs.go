package where

import (
	"github.com/annals-project/annals"
)

// Round 34 (issue 5), read from dev16.tsv and dev17.tsv: the postal
// abbreviations of states and provinces that are also words or other
// abbreviations, a slip for a town beside its region, a known name a
// rule left out (no slip for another town), a country whose clause is
// about its own economy, a given name that only small towns share, and
// an export sales report's changes "for" its buyers.

// townAbbrevs are the folded abbreviations of states and provinces that
// stand for their area only after a town: "Kansas City, Mo.", "Oshawa,
// Ont.", "Dedham, Mass.". Elsewhere they are other words: "L.A." is Los
// Angeles, "MO" a money supply, "Mass" a church service.
var townAbbrevs = map[string]bool{
	"ala": true, "ark": true, "ga": true, "la": true, "md": true, "mass": true,
	"mo": true, "va": true, "ont": true, "que": true, "sask": true, "alta": true,
	"bc": true, "nfld": true,
}

// afterTown reports whether the abbreviation at tokens j..e-1 of sentence
// si stands where a town's area does: a comma before it, a full stop
// written right after its last letter, in mixed case ("Mo.", not "MO").
func afterTown(doc *annals.Doc, si, j, e int) bool {
	s := &doc.Sentences[si]
	if j <= s.Tokens.Start || doc.Tokens[j-1].Norm != "," || e > s.Tokens.End {
		return false
	}
	last := &doc.Tokens[e-1]
	dotted := last.Norm == "." || e < s.Tokens.End && doc.Tokens[e].Norm == "." && doc.Tokens[e].Start == last.End
	return dotted && doc.Tokens[j].Flags&annals.AllCaps == 0
}

// nearWithin is nearIn for a name written beside its region or country,
// the folded key in ("Wentsville, Mo."): a city of that country one slip
// away, which for a region carrying an admin code must carry it too. It
// returns -1 when there is none, or more than one.
func (g *Gazetteer) nearWithin(key []byte, in string) int32 {
	b := g.container(in)
	if b < 0 {
		return -1
	}
	box := &g.places[b]
	p := g.nearIn(key, []string{box.Country})
	if p < 0 || box.Kind == KindRegion && (box.admin == "" || g.places[p].admin != box.admin) {
		return -1
	}
	return p
}

// ownEconomy are the figures of a country's own economy that make the
// country the subject of a clause about them a place measured: "Britain
// can look forward to fairly strong economic growth", "China had
// postponed plans to reform its economy", "Japan is faced with a crisis
// over its huge trade surplus".
var ownEconomy = map[string]bool{
	"economy": true, "growth": true, "surplus": true, "deficit": true, "gnp": true,
	"gdp": true, "inflation": true, "unemployment": true, "output": true, "recession": true,
}

// maxEconomyGap is the most words from the subject's verb to its
// economy's noun.
const maxEconomyGap = 9

// economySubject recognises, with no cue before it, a country that opens
// a clause (a sentence's start, or after "said" or "that", with its
// article: "the U.S. probably enjoyed above-average economic growth")
// whose verb, a few words on and with no stop between, has the country's
// own economy as its object: "its economy", "its trade surplus",
// "economic growth". It appends the span and returns the end of the name.
func (r *Recognizer) economySubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if s.Title || !capital(&doc.Tokens[i]) {
		return 0, false
	}
	if !opensClauseThe(doc, si, i) {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if !ownEconomyVerb(doc, si, k) {
		return 0, false
	}
	return r.countryRun(doc, si, i, k, src, buf, spans)
}

// ownEconomyVerb reports whether the words from token k of sentence si,
// after a subject, are a finite verb (perhaps after two adverbs) whose
// object, a few words on and with no stop between, is the subject's own
// economy: "probably enjoyed above-average economic growth", "cut its
// trade surplus". economySubject and interposedSubject share it.
func ownEconomyVerb(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	v := timeSkip(doc, si, k)
	for a := 0; a < 2 && v < end && (doc.Tokens[v].Tag == annals.RB || verbAdverbFilter.May(doc.Tokens[v].Norm) && verbAdverbs[doc.Tokens[v].Norm]); a++ {
		v++
	}
	if v >= end {
		return false
	}
	switch doc.Tokens[v].Tag {
	case annals.VBD, annals.VBZ, annals.VBP, annals.MD:
	default:
		return false
	}
	found := false
	for n := v + 1; n < end && n <= v+maxEconomyGap; n++ {
		w := &doc.Tokens[n]
		if !word(w) && w.Norm != "-" {
			break
		}
		if !ownEconomyFilter.May(w.Norm) || !ownEconomy[w.Norm] || n+1 < end && word(&doc.Tokens[n+1]) && !verbAdverbs[doc.Tokens[n+1].Norm] && doc.Tokens[n+1].Tag != annals.IN {
			continue
		}
		// Its own: "its economy", "its huge trade surplus", or growth
		// called economic; or a figure the subject has or reaches,
		// measured on the spot (measured_economies.go).
		found = measuredOwnFigure(doc, si, v, n)
		for b := n - 1; b > v && b >= n-3; b-- {
			if doc.Tokens[b].Norm == "its" || doc.Tokens[b].Norm == "economic" && w.Norm == "growth" {
				found = true
			}
		}
		break
	}
	return found
}

// givenName reports whether the places list, those of one capitalised
// word, are only towns that no country, region or great city shares: a
// given name before a surname ("Howard Baker"), where a town of the word
// would be a place before a person's name.
func (g *Gazetteer) givenName(list []int32) bool {
	for _, p := range list {
		if c := &g.places[p]; c.Kind != KindCity || c.Population >= bigTown || c.Capital {
			return false
		}
	}
	return true
}

// salesChanges are the nouns of an export sales report's changes, which
// "for" and the destinations follow: "Major increases for West Germany,
// Venezuela, the Netherlands and Saudi Arabia were partially offset by
// reductions for unknown destinations".
var salesChanges = map[string]bool{
	"increases": true, "increase": true, "reductions": true, "reduction": true,
	"decreases": true, "decrease": true,
}
