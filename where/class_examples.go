package where

import annals "github.com/annals-project/annals"

// Issue 5, read from the read sets' misses of countries read as parties:
// a class of lands picked out by a focusing word ("sharp price rises in
// other East Bloc states, notably Poland", "imports from neighbouring
// countries, mainly Egypt, Kenya", "in countries like the Philippines")
// names its members in the class's own role. Where a locative
// preposition introduces the class, the members are where it happens,
// and places as the annotators mark them. The same words after a class
// of parties keep the members parties: "the reluctance of some
// countries, notably West Germany", "consequences for other countries,
// especially Japan", "surplus countries, notably West Germany, try
// harder". ("including" and "such as" are read by placeCue whatever
// introduces the class.)

// focusWords pick out members of a class named just before them. Those
// of listAdverbs are cue words already; wordCues adds these.
var focusWords = map[string]bool{
	"particularly": true, "particular": true, "like": true,
}

// classGap is how many words may stand between the preposition and the
// class noun: "in other East Bloc states", "from neighbouring countries".
const classGap = 5

// classExample reports whether token i of sentence si is a focusing word
// (focusWords, listAdverbs; "particular" only after "in") after a class of
// lands (listHeads, a comma between or none) that a strong place cue
// introduces, with a capitalised word, or "the" and one, after it: the
// members it names are places.
func (r *Recognizer) classExample(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if t.Flags&(annals.Cap|annals.AllCaps) != 0 || !(focusWords[t.Norm] || listAdverbs[t.Norm]) {
		return false
	}
	n := i + 1
	if n < s.Tokens.End && doc.Tokens[n].Norm == "the" {
		n++
	}
	if n >= s.Tokens.End || !capital(&doc.Tokens[n]) {
		return false
	}
	k := i - 1
	if t.Norm == "particular" {
		if k <= s.Tokens.Start || doc.Tokens[k].Norm != "in" {
			return false
		}
		k--
	}
	if k > s.Tokens.Start && doc.Tokens[k].Norm == "," {
		k--
	}
	if k <= s.Tokens.Start {
		return false
	}
	if h := &doc.Tokens[k]; capital(h) || !listHeads[h.Norm] {
		return false
	}
	for p := k - 1; p >= s.Tokens.Start && p >= k-classGap; p-- {
		w := &doc.Tokens[p]
		if w.Tag == annals.IN {
			return r.placeCue(doc, si, p) == strong
		}
		// Adjectives, participles and names may modify the class
		// ("neighbouring countries", "other East Bloc states"); a
		// finite verb ends it, and a lower-case noun makes the
		// preposition another word's ("keeping in line nations like
		// Qatar").
		if !word(w) || w.Tag == annals.VB || w.Tag == annals.VBZ || w.Tag == annals.VBP || w.Tag == annals.MD ||
			(w.Tag == annals.NN || w.Tag == annals.NNS) && !capital(w) {
			return false
		}
	}
	return false
}
