package where

import annals "github.com/annals-project/annals"

// sharedShortNames are the short names two states share, by folded key:
// the state that countries.tsv gives the bare name, since news writes the
// other in full every time ("in Korea", "Taiwan and Korea", "Seoul,
// Korea" are South Korea, which wire copy shortens so), and the word that
// names the other ("North Korea").
var sharedShortNames = map[string]struct {
	other, word string
}{
	"korea": {"PRK", "north"},
}

// sharedShortNamesLeft leaves out a bare shared short name in an article
// that also names the other state, in full or in a pair ("an honorary
// ambassador in Korea ... the border between North and South Korea"):
// there it may mean either state, or the peninsula both lie on. It runs
// after the names are resolved, to see which states the article names.
func (r *Recognizer) sharedShortNamesLeft(doc *annals.Doc, spans []span, res []int32) {
	for x, sp := range spans {
		s, ok := sharedShortNames[sp.key]
		if !ok || res[x] < 0 {
			continue
		}
		if r.namesState(spans, res, s.other) || pairedName(doc, s.word, sp.key) {
			res[x] = -1
		}
	}
}

// namesState reports whether a name of the article resolved to the
// country with the code cc.
func (r *Recognizer) namesState(spans []span, res []int32, cc string) bool {
	for y := range spans {
		if q := res[y]; q >= 0 && r.g.places[q].Kind == KindCountry && r.g.places[q].Country == cc {
			return true
		}
	}
	return false
}

// pairedName reports whether the article writes word before the short
// name key, alone or paired with the other state's word: "North Korea",
// "North and South Korea", "North or South Korea".
func pairedName(doc *annals.Doc, word, key string) bool {
	for i := range doc.Tokens {
		if doc.Tokens[i].Norm != word {
			continue
		}
		for j := i + 1; j < len(doc.Tokens) && j <= i+3; j++ {
			switch doc.Tokens[j].Norm {
			case key:
				return true
			case "and", "or", "south", "-", "&":
			default:
				j = len(doc.Tokens)
			}
		}
	}
	return false
}
