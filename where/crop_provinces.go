package where

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 42 reads more company and market news. The wire's crop reports
// name a country's provinces by the names of their capitals ("in Buenos
// Aires province", "in Santa Fe and Entre Rios provinces", "the area sown
// in Santa Fe, Cordoba, La Pampa and Buenos Aires provinces") and then
// write them bare ("80 mm in Cordoba", "in western Buenos Aires"): once
// an article calls a name a province, it means the province throughout.

// readProvinces reads as provinces, throughout the article, the names the
// article writes as one: right before a lower-case "province", or as an
// item of a list that a lower-case "provinces" closes. A name said to be
// a town ("the town of Cordoba") keeps the town, and a name the gazetteer
// knows no "X Province" of is left as it is. Only an article that names
// provinces so pays for the search.
func (r *Recognizer) readProvinces(doc *annals.Doc, spans []span) []span {
	var areas []string
	for x := range spans {
		if base, ok := strings.CutSuffix(spans[x].key, " province"); ok && !slices.Contains(areas, base) {
			areas = append(areas, base)
		}
	}
	areas = r.provinceNames(doc, areas)
	if len(areas) == 0 {
		return spans
	}
	for x := range spans {
		sp := &spans[x]
		if sp.town || !slices.Contains(areas, sp.key) || !r.g.hasRegion(sp.key+" province") {
			continue
		}
		sp.key += " province"
	}
	return spans
}

// provinceNames appends to keys the folded names that stand before a
// lower-case "provinces" in a list of capitalised names joined by
// commas, "and" and "or" ("Santa Fe, Cordoba, La Pampa and Buenos Aires
// provinces"), or right before "province" ("in Buenos Aires province").
func (r *Recognizer) provinceNames(doc *annals.Doc, keys []string) []string {
	for si := range doc.Sentences {
		// Most sentences have no such word, and classify said so.
		if !r.sentenceMay(si, markProvince) {
			continue
		}
		s := &doc.Sentences[si]
		for i := s.Tokens.Start + 1; i < s.Tokens.End; i++ {
			t := &doc.Tokens[i]
			if t.Norm != "provinces" && t.Norm != "province" || capital(t) {
				continue
			}
			src := doc.SourceOf(si)
			end, k := i, i-1
			for steps := 0; k >= s.Tokens.Start && steps < 16; steps++ {
				u := &doc.Tokens[k]
				if capital(u) && word(u) {
					k--
					continue
				}
				if end > k+1 {
					key := fold.Key(src[doc.Tokens[k+1].Start:doc.Tokens[end-1].End])
					if !slices.Contains(keys, key) {
						keys = append(keys, key)
					}
				}
				if t.Norm == "province" || u.Norm != "," && u.Norm != "and" && u.Norm != "or" {
					break
				}
				end = k
				k--
			}
		}
	}
	return keys
}

// Company news writes a firm's full name in angle brackets once
// ("<Peabody Holding Co Inc>", "<Merlin International Petroleum Corp>")
// and then its short name bare ("Newmont doubled its ownership in
// Peabody", "STAKE IN PEABODY"): a small town the short name spells is
// the firm's name, not a place. A great city keeps its place ("<Houston
// Industries>" and "newspapers in Houston"), as does a town placed by a
// region after it ("Peabody, Mass.").

// bracketTown is the population from which a town named like a firm in
// brackets keeps its place: Xiamen, Houston and Toronto are far above it,
// the towns of firms' names (Peabody, Ina, Ami) far below.
const bracketTown = 200_000

// bracketFirms drops the names of small towns that begin a firm's name
// the article writes in angle brackets.
func (r *Recognizer) bracketFirms(doc *annals.Doc, spans []span) []span {
	if !strings.Contains(doc.Text, "<") && !strings.Contains(doc.Title, "<") {
		return spans
	}
	names := bracketNames(doc.Title, nil)
	names = bracketNames(doc.Text, names)
	if len(names) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp span) bool {
		if sp.in != "" || sp.box {
			return false
		}
		// A name read as a slip for a town ("Merlin" for Marlin) is
		// matched as written.
		key := sp.key
		if sp.fixed > 0 || sp.row > 0 {
			key = fold.Key(doc.SourceOf(doc.SentenceOf(sp.tok.Start))[sp.start:sp.end])
		}
		return slices.Contains(names, key) && r.smallTown(key)
	})
}

// bracketNames appends to keys the folded first one, two and three words
// of each name in angle brackets in s ("<Merlin International Petroleum
// Corp>" gives "merlin", "merlin international" and "merlin international
// petroleum"). A word is a field as strings.Fields splits, and the key of
// the first n is that of their join with single spaces; it is folded
// from the bracket's text up to the end of the n-th field instead, with
// no slice of fields or joined string made: fold makes any run of white
// space one separator and skips those before the first word, so the two
// fold alike (TestBracketNamesJoin).
func bracketNames(s string, keys []string) []string {
	var scratch [128]byte
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return keys
		}
		s = s[i+1:]
		j := strings.IndexByte(s, '>')
		if j < 0 || j > 80 {
			continue
		}
		name := s[:j]
		for n, end := 1, 0; n <= 3; n++ {
			if end = fieldEnd(name, end); end < 0 {
				break
			}
			key := fold.Append(scratch[:0], name[:end])
			if len(key) > 0 && !slices.Contains(keys, string(key)) {
				keys = append(keys, string(key))
			}
		}
		s = s[j+1:]
	}
}

// fieldEnd returns the end of the first field of s that starts at or
// after byte from, a field as strings.Fields finds it (a run of runes
// that unicode.IsSpace rejects), or -1 when no field is left.
func fieldEnd(s string, from int) int {
	in := false
	for i := from; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if in {
				return i
			}
		} else {
			in = true
		}
		i += n
	}
	if in {
		return len(s)
	}
	return -1
}

// smallTown reports whether every place the gazetteer knows by key is a
// town below bracketTown (or none is: a name found by a tolerant lookup).
func (r *Recognizer) smallTown(key string) bool {
	for _, p := range r.g.index[key] {
		if c := &r.g.places[p]; c.Kind != KindCity || c.Population >= bracketTown {
			return false
		}
	}
	return true
}
