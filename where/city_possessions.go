package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Round 49 (issue 5), read from the misses of the read Reuters sets
// dev7.tsv to dev35.tsv that round 47 tabled by context: a city in the
// possessive before its own port, market or hotel with no preposition of
// place before it ("cargo handling in Sydney's ports", "London's soft
// futures markets", "the sale of Sydney's five-star Regent Hotel"), and a
// firm's town written after its name and a comma ("Cargill Metals,
// Minneapolis, offered", "Gerald Metals, Stamford, Ct."), which the
// annotators keep as the firm's seat; "X of Place" stays an affiliation
// (firm_home_towns.go). A list of cities after "centres like" with no place word
// ("EC centres like London and Luxembourg") was tried and left out: its
// London moved an EC article's focus country, and so an actor's code.

// ownParts are the parts of a city that its possessive names without a
// preposition of place: its ports, markets, exchanges and hotels. A
// narrower list than partNouns: "Munich's Ifo institute" and "Milan's
// Bocconi University" are affiliations some sets keep and some leave out,
// and "Tokyo's capital" or "Washington's moves" are the government's.
var ownParts = map[string]bool{
	"port": true, "ports": true, "harbour": true, "harbor": true, "docks": true,
	"airport": true, "airports": true, "market": true, "markets": true,
	"exchange": true, "exchanges": true, "bourse": true, "hotel": true, "hotels": true,
}

// ownPart reports whether span sp, a city written before "'s", owns one
// of ownParts within four words and no punctuation ("Sydney's ports",
// "Tokyo's Narita airport", "London's soft futures markets"), the part
// ending its phrase (not "Tokyo's market opening measures"); a hyphen
// written inside a word ("five-star") is no break. A name that
// continues a capitalised run ("Prime Minister Tokyo's") is not read.
func ownPart(doc *annals.Doc, sp span) bool {
	si := doc.SentenceOf(sp.tok.Start)
	if si < 0 {
		return false
	}
	s := &doc.Sentences[si]
	if sp.tok.Start > s.Tokens.Start {
		if p := &doc.Tokens[sp.tok.Start-1]; capital(p) && p.Flags&annals.SentStart == 0 {
			return false
		}
	}
	words := 0
	for k := sp.tok.End + 1; k < s.Tokens.End && words < 4; k++ {
		t := &doc.Tokens[k]
		if t.Norm == "-" && t.Start == doc.Tokens[k-1].End && k+1 < s.Tokens.End && doc.Tokens[k+1].Start == t.End {
			continue // "five-star" written as three tokens
		}
		if t.Flags&annals.Punct != 0 {
			return false
		}
		words++
		if !ownParts[t.Norm] {
			// The words before the part modify it: "five-star Regent",
			// "soft futures" (not "policy of liberalising markets").
			if !capital(t) && t.Tag != annals.JJ && t.Tag != annals.NN && t.Tag != annals.NNS && t.Tag != annals.CD {
				return false
			}
			continue
		}
		if k+1 >= s.Tokens.End {
			return true
		}
		n := &doc.Tokens[k+1]
		if timeWords[n.Norm] {
			return true
		}
		return !n.Tag.IsNoun() && n.Tag != annals.VBG && n.Tag != annals.JJ
	}
	return false
}

// ownPartSpan reads token i of sentence si, which no cue introduces, as
// a great city (one the recogniser places by default) in the possessive
// before a part it owns ("Sydney's ports", "London's soft futures
// markets"); byDefault leaves every possessor out. A sentence's first
// word may be one here, and a city named like a person ("Sydney"): the
// part, not the verb, says it is the city.
// It returns the token after the name.
func (r *Recognizer) ownPartSpan(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if r.dflt.cityPop == 0 || !capital(t) || t.Flags&annals.AllCaps != 0 || s.Title {
		return 0, false
	}
	// Cheap first: an "'s" after the capitalised run, before any lookup
	// (the determiner's map too: most capitalised words own nothing).
	e := i + 1
	for e < s.Tokens.End && e < i+4 && capital(&doc.Tokens[e]) {
		e++
	}
	if e >= s.Tokens.End || doc.Tokens[e].Norm != "'s" {
		return 0, false
	}
	if i > s.Tokens.Start && determinersFilter.May(doc.Tokens[i-1].Norm) && determiners[doc.Tokens[i-1].Norm] {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || sp.tok.End >= s.Tokens.End || doc.Tokens[sp.tok.End].Norm != "'s" ||
		commonWords[sp.key] || notPlaces[sp.key] {
		return 0, false
	}
	top := &r.g.places[r.g.index[sp.key][0]]
	if top.Kind != KindCity || top.Population < r.dflt.cityPop || !ownPart(doc, sp) {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// timeWords are nouns that may follow the owned part without being a
// noun it modifies: "Sydney's ports yesterday".
var timeWords = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "tonight": true}

// seatEnds end a firm's name before the comma that gives its town:
// firmEnds' words and the trading houses' "Metals", "Materials",
// "Brothers", "International" ("Cargill Metals, Minneapolis", "Philipp
// Brothers, N.Y.", "Deak International, N.Y.").
var seatEnds = map[string]bool{
	"metals": true, "materials": true, "brothers": true, "international": true,
}

// seatAfterFirm reports whether token i of sentence si follows a
// firm's name and a comma: a capitalised firm word ending the name
// ("Diversified Metals Corp, St. Louis", "Warburg Pincus and Co, New
// York"), with its full stop ("S.A., Luxembourg").
func seatAfterFirm(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	k := i - 1
	if k-1 <= s.Tokens.Start || doc.Tokens[k].Norm != "," {
		return false
	}
	k--
	if doc.Tokens[k].Norm == "." && k-1 > s.Tokens.Start && doc.Tokens[k].Start == doc.Tokens[k-1].End {
		k--
	}
	f := &doc.Tokens[k]
	if !capital(f) {
		return false
	}
	w := strings.TrimSuffix(f.Norm, ".")
	return firmSeatEndsFilter.May(w) && (firmEnds[w] || seatEnds[w])
}

// firmSeat reads, with no cue before it, a firm's town written after the
// firm's name and a comma ("Cargill Metals, Minneapolis, offered", "by
// Gerald Metals, Stamford, Ct.", "Philipp Brothers, N.Y., led"): the town,
// or the town and its region, then a comma or the sentence's end. The
// annotators keep the firm's seat written so; "X of Place" they leave out
// (firmOf). It returns the token after the last name.
func (r *Recognizer) firmSeat(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	// Shouted words are headlines' and tickers'; "N.Y." is a state.
	if s.Title || !capital(t) || t.Flags&annals.AllCaps != 0 && t.Flags&annals.Abbrev == 0 || !seatAfterFirm(doc, si, i) {
		return 0, false
	}
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || sp.suffixed || commonWords[sp.key] || notPlaces[sp.key] {
		return 0, false
	}
	e := sp.tok.End
	if e < s.Tokens.End && doc.Tokens[e].Norm == "." && doc.Tokens[e].Start == doc.Tokens[e-1].End {
		e++ // "N.Y." split from its stop
	}
	closes := func(k int) bool {
		return k >= s.Tokens.End || doc.Tokens[k].Norm == "," || doc.Tokens[k].Norm == "." || doc.Tokens[k].Norm == ";"
	}
	if e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," && capital(&doc.Tokens[e+1]) {
		// "Stamford, Ct.": a region that holds the town.
		if box, ok := r.match(doc, si, e+1, src, buf); ok && r.g.container(sp.key) < 0 {
			if p, _ := r.g.within(sp.key, box.key); p >= 0 {
				be := box.tok.End
				if be < s.Tokens.End && doc.Tokens[be].Norm == "." && doc.Tokens[be].Start == doc.Tokens[be-1].End {
					be++
				}
				if closes(be) {
					sp.in = box.key
					box.box, box.of = true, sp.key
					*spans = append(*spans, sp, box)
					return box.tok.End, true
				}
			}
		}
	}
	if !closes(e) {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// ctTownAbbrevs is Connecticut's wire abbreviation "Ct." (regions.tsv),
// also the court's: like townAbbrevs, it names the state only where a
// town's area stands ("Gerald Metals, Stamford, Ct.").
var ctTownAbbrevs = map[string]bool{"ct": true}
