package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// firmNameEnds are the words that close a firm's full name ("Burlington
// Industries Inc", "Delhi Petroleum Pty Ltd", "Redland Plc").
var firmNameEnds = map[string]bool{
	"inc": true, "ltd": true, "corp": true, "corporation": true, "co": true, "cos": true,
	"plc": true, "pty": true, "ag": true, "nv": true, "sa": true, "gmbh": true, "spa": true,
	"industries": true, "holdings": true, "bancorp": true, "bancshares": true,
}

// firmNameEndSet holds firmNameEnds for firmRuns, which asks it of every
// capitalised token of an article: a wordtab probe answers as the map
// does for less.
var firmNameEndSet = setOf(firmNameEnds)

// shortNameHolders are the nouns whose "in" takes a firm, not a place: "a
// stake in Burlington", "CSR's investment in Delhi".
var shortNameHolders = map[string]bool{
	"stake": true, "stakes": true, "interest": true, "interests": true, "investment": true,
	"investments": true, "holding": true, "holdings": true, "shares": true, "position": true,
}

// shortNameSites are the prepositions that still say where: "a plant in
// Burlington", "based in Houston". ("At" is left out: "looking at
// Burlington", "worked at Burlington".)
var shortNameSites = map[string]bool{
	"in": true, "near": true, "outside": true, "around": true,
}

// shortNameAreas after a name say it is the town's: "the greater Houston
// area", "the largest bank in the Tokyo area".
var shortNameAreas = map[string]bool{
	"area": true, "areas": true, "region": true, "metropolitan": true, "suburbs": true,
	"district": true, "port": true, "harbour": true, "harbor": true,
}

// firmShortNames drops the city names that the article also writes at the
// head of a firm's full name: once "Burlington Industries Inc" or
// "<Santos Ltd>" is named, "lawyers for Burlington", "Santos said" and "a
// stake in Burlington" are the firm's short name, not the town's. A name
// still says where when a region or country is named beside it ("In
// Ashland, Ky."), an area word follows it ("the Tokyo area"), in a
// dateline, or after a preposition of place that no holding noun owns
// ("based in Minneapolis", not "a stake in Burlington"). Countries and
// regions are left alone: "Texas Air Corp" does not make "Texas's
// budget" a firm's.
func (r *Recognizer) firmShortNames(doc *annals.Doc, spans []span) []span {
	var runs []annals.Range // firms' full names, found once there is a city to test
	var heads []string
	for x := range spans {
		sp := &spans[x]
		if slices.Contains(heads, sp.key) || !r.cityName(sp.key) {
			continue
		}
		if runs == nil {
			runs = firmRuns(doc)
			if len(runs) == 0 {
				return spans
			}
		}
		n := sp.tok.End - sp.tok.Start
		if slices.ContainsFunc(runs, func(f annals.Range) bool {
			return f.End-f.Start > n && tokensKey(doc, f.Start, f.Start+n) == sp.key
		}) {
			heads = append(heads, sp.key)
		}
	}
	if len(heads) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp span) bool {
		if !slices.Contains(heads, sp.key) || sp.in != "" || sp.box || sp.dateline {
			return false
		}
		si := doc.SentenceOf(sp.tok.Start)
		if si < 0 {
			return false
		}
		s := &doc.Sentences[si]
		// The firm's full name itself is no mention of the town.
		if e := sp.tok.End; e < s.Tokens.End && (capital(&doc.Tokens[e]) || shortNameAreas[doc.Tokens[e].Norm]) {
			return false
		}
		// A region after a comma that no rule paired with the name.
		if e := sp.tok.End; e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && capital(&doc.Tokens[e+1]) {
			if r.g.container(doc.Tokens[e+1].Norm) >= 0 {
				return false
			}
		}
		b := sp.tok.Start - 1
		if b >= s.Tokens.Start && shortNameSites[doc.Tokens[b].Norm] {
			return b-1 >= s.Tokens.Start && shortNameHolders[doc.Tokens[b-1].Norm]
		}
		return true
	})
}

// cityName reports whether key names a city first of all, not a country
// or region.
func (r *Recognizer) cityName(key string) bool {
	list := r.g.index[key]
	return len(list) > 0 && r.g.places[list[0]].Kind == KindCity
}

// firmRuns returns the article's firms' full names: runs of capitalised
// words that close with a firm word, after no capitalised word, "of",
// possessive or joining word (so "Bank of Tokyo Ltd" and "Air Atlanta
// Inc" open with no town's name), each as the tokens from its first
// word to its firm word. A non-nil empty slice says there are none.
func firmRuns(doc *annals.Doc) []annals.Range {
	runs := []annals.Range{}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		for k := s.Tokens.Start + 1; k < s.Tokens.End; k++ {
			// The flags first: most tokens are in lower case, and a
			// flag test costs a fraction of the set's probe, whose
			// answer for them the capital test makes moot.
			t := &doc.Tokens[k]
			if !capital(t) || !firmNameEndSet.has(t.Norm) {
				continue
			}
			st := k
			for st-1 >= s.Tokens.Start && k-(st-1) < 7 && capital(&doc.Tokens[st-1]) {
				st--
			}
			if st == k {
				continue
			}
			if b := st - 1; b >= s.Tokens.Start {
				if w := doc.Tokens[b].Norm; w == "of" || w == "'s" || w == "-" || w == "&" || w == "and" {
					continue
				}
			}
			runs = append(runs, annals.Range{Start: st, End: k + 1})
		}
	}
	return runs
}

// tokensKey joins the norms of tokens [from, to) with spaces, as the
// gazetteer's keys of plain names are written.
func tokensKey(doc *annals.Doc, from, to int) string {
	if to-from == 1 {
		return doc.Tokens[from].Norm
	}
	b := make([]byte, 0, 32)
	for k := from; k < to; k++ {
		if k > from {
			b = append(b, ' ')
		}
		b = append(b, doc.Tokens[k].Norm...)
	}
	return string(b)
}
