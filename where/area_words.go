package where

import (
	annals "github.com/annals-project/annals"
)

// Round 51 (issue 5), read from the misses of the sets dev34.tsv to
// dev38.tsv and the older sets of their shape (dev7.tsv to dev22.tsv): a
// known name that a lower-case area word follows names that area, with
// no cue before it ("only the Montreal area was affected", "Australia's
// Victoria state signed", "the Haldia and Madras ports", "eastern Sabah
// and Sarawak states", "... Philadelphia and Connecticut areas"). The
// word says the name is a territory, not the government or a firm; theArea
// reads only names the gazetteer knows as regions, after "the".

// areaNounsAfter are the lower-case nouns after a name that make it an area;
// the value marks a plural, which follows a list of names. One name
// before a plural ends a list only when "and" or a comma joins it to
// names before ("... Philadelphia and Connecticut areas"): "the New
// England states" names a group of states by a region, which the event
// coder took as the focus of a Canadian utilities' story over Reuters,
// flipping an actor's country, and is left out.
var areaNounsAfter = map[string]bool{
	"state": false, "states": true, "area": false, "areas": true,
	"region": false, "regions": true, "province": false, "provinces": true,
	"port": false, "ports": true, "peninsula": false,
}

// minCity is the fewest inhabitants of a city that areaNoun reads
// before an area word: a small town that shares a common word's name
// ("the Bay area", "the Delta region") is left out.
const minCity = 150000

// maxItems is the most names areaNoun reads in one list.
const maxItems = 4

// areaNoun reads, at the capitalised token i of sentence si with no
// cue before it, one to maxItems known names joined by commas or
// "and" and followed by one of areaNounsAfter in lower case (a plural after
// a list, a singular after one name): each name is a region, or a city of at least minCity
// inhabitants, and none a country ("the U.S. states" qualifies a class).
// A capitalised word after the area word makes the whole an institution's
// name ("Washington state University" as a wire writes it is left out),
// and a noun, an adjective or "of", "and", "or" after it make the area
// qualify something else ("Sabah state government", "West Berlin state
// central bank", "California state and local costs", "the Canary Island
// port of Las Palmas"). It appends the spans and returns the token after
// the area word.
func (r *Recognizer) areaNoun(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	// "the Gulf of Mexico's Mobile Bay area": a capitalised word before
	// makes the name the tail of a longer one the gazetteer lacks.
	if s.Title || i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0 || !r.sentenceMay(si, markAreaNounAfter) {
		return 0, false
	}
	// Cheap first: an area word within a short list's reach.
	end := min(s.Tokens.End, i+3*maxItems+2)
	seen := false
	for k := i + 1; k < end; k++ {
		if w := &doc.Tokens[k]; !capital(w) && areaNounsAfterFilter.May(w.Norm) {
			if _, ok := areaNounsAfter[w.Norm]; ok {
				seen = true
				break
			}
		}
	}
	if !seen {
		return 0, false
	}
	var items [maxItems]span
	n := 0
	person := false // an item is also a first name ("Victoria")
	for j := i; n < maxItems && j < s.Tokens.End; {
		if !capital(&doc.Tokens[j]) {
			return 0, false
		}
		sp, ok := r.match(doc, si, j, src, buf)
		if !ok || !r.areaName(sp.key) {
			return 0, false
		}
		person = person || firstNames[sp.key]
		sp.suffixed = false
		sp.tok.End = min(sp.tok.End, s.Tokens.End)
		items[n] = sp
		n++
		e := sp.tok.End
		if e >= s.Tokens.End {
			return 0, false
		}
		w := &doc.Tokens[e]
		if plural, ok := areaNounsAfter[w.Norm]; ok && !capital(w) {
			if n > 1 && !plural || n == 1 && plural && !endsNameList(doc, si, i) || person && !divisionWords[w.Norm] {
				return 0, false
			}
			if e+1 < s.Tokens.End {
				a := &doc.Tokens[e+1]
				if capital(a) && a.Flags&annals.SentStart == 0 || areaQualifies(a) {
					return 0, false
				}
			}
			*spans = append(*spans, items[:n]...)
			return e + 1, true
		}
		// Another name of the list: ", ", " and " or ", and ".
		switch {
		case w.Norm == "and":
			j = e + 1
		case w.Norm == "," && e+1 < s.Tokens.End && doc.Tokens[e+1].Norm == "and":
			j = e + 2
		case w.Norm == ",":
			j = e + 1
		default:
			return 0, false
		}
	}
	return 0, false
}

// divisionWords are the area words that name a country's division, after
// which a name that is also a first name is the division ("Australia's
// Victoria state"); "the Victoria area" may be a person's.
var divisionWords = map[string]bool{"state": true, "states": true, "province": true, "provinces": true}

// areaName reports whether key names a region, or a city of at least
// minCity inhabitants, and no country, and is no common word.
func (r *Recognizer) areaName(key string) bool {
	if commonWords[key] || notPlaces[key] {
		return false
	}
	ok := false
	for _, p := range r.g.index[key] {
		switch c := &r.g.places[p]; c.Kind {
		case KindCountry:
			return false
		case KindRegion:
			ok = true
		case KindCity:
			if c.Population >= minCity {
				ok = true
			}
		}
	}
	return ok
}

// areaQualifies reports whether token a, after an area word, shows that
// the area qualifies what follows: a lower-case noun or adjective, or a
// joining word.
func areaQualifies(a *annals.Token) bool {
	if !word(a) || capital(a) {
		return false
	}
	switch a.Norm {
	case "of", "and", "or", "-":
		return true
	}
	return a.Tag == annals.NN || a.Tag == annals.NNS || a.Tag == annals.JJ
}

// endsNameList reports whether the name at token i of sentence si follows
// "and" or a comma, and so ends a list of names read before it.
func endsNameList(doc *annals.Doc, si, i int) bool {
	if i <= doc.Sentences[si].Tokens.Start {
		return false
	}
	w := doc.Tokens[i-1].Norm
	return w == "and" || w == ","
}
