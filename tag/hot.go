package tag

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/internal/wordtab"
)

// A memo of analyses for the commonest words. analyze costs one lookup in
// a 100,000-word map and, for longer words, a few more for inflections;
// in news text most tokens are some thousands of words whose readings
// never change, and a table that small stays largely in cache. The memo holds
// exactly what analyze returns for each of its words, with what
// keepPerWord keeps, so reading it changes no tag.

// hotCount is the sense-tagged count from which an open-class word is
// memoised, with its regular inflections. At 10 the memo holds about
// 10,600 forms (1.4 MB) and answers 72% of the word tokens of the first
// 2,000 Reuters articles, against 3,700 forms and 62% at 40: news words
// such as "market", "oil" and "debt" have modest sense-tagged counts, and
// every form the memo misses costs one to four lookups in the full lexicon.
const hotCount = 10

// hotLexicon maps a memoised form to its analysis in cands.
type hotLexicon struct {
	lex   *lexIndex // the lexicon, for the forms the memo lacks
	cands []cand
	forms []string // forms[i] is the form of cands[i], one string for all
	// table finds a form's index in cands: the tagger asks it of nearly
	// every word, and its slots stay in cache where the general map of
	// 10,000 strings does not.
	table wordtab.Table
}

// newHot analyses the closed-class words, of lex's table and of the
// open-class entries in store, the open-class words with a
// count of at least hotCount, their irregular forms and their regular -s,
// -es, -ies, -ed, -ied and -ing forms.
// The forms are spelt into one buffer, so the keys lie together in
// memory as the table does, the commonest words first (see byCount).
// Each analysis keeps what keepPerWord keeps.
func newHot(lex *lexIndex, store []entry) hotLexicon {
	spelt, ends := hotForms(lex, store)
	// The forms are told apart in the table being built, which is what
	// memo consults: a form already in it (a regular -s form that is also
	// an entry of its own) keeps its first analysis, as a map from form
	// to index would, and no map is built only to be dropped.
	var table wordtab.Growing
	table.Reserve(len(ends))
	h := hotLexicon{lex: lex, cands: make([]cand, 0, len(ends)), forms: make([]string, 0, len(ends))}
	start := 0
	for _, end := range ends {
		w := spelt[start:end]
		start = end
		if _, ok := table.Find(w); ok {
			continue
		}
		table.Add(w)
		h.forms = append(h.forms, w)
		h.cands = append(h.cands, cand{})
		h.lex.analyze(w, &h.cands[len(h.cands)-1])
		h.cands[len(h.cands)-1].keepPerWord(w)
	}
	h.table = table.Table
	return h
}

// hotForms spells the forms newHot memoises into one string, in
// newHot's order, ends[i] ending the i-th; a form may come more than once.
func hotForms(lex *lexIndex, store []entry) (spelt string, ends []int) {
	var buf []byte
	form := func(parts ...string) {
		for _, p := range parts {
			buf = append(buf, p...)
		}
		ends = append(ends, len(buf))
	}
	hot := func(e *entry) bool { return e != nil && int(e.n)+int(e.v)+int(e.a)+int(e.r) >= hotCount }
	for _, line := range strings.Split(closedClass, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			if e := lex.get(f[0]); e != nil && e.closed != 0 {
				form(f[0])
			}
		}
	}
	for _, i := range byCount(lex, store) {
		e := &store[i]
		w := e.word
		switch {
		case e.closed != 0:
			form(w)
		case e.irr != nil && (hot(lex.get(e.irr.vBase)) || hot(lex.get(e.irr.nBase))):
			form(w) // "said", "men": irregular forms of common words
		case hot(e):
			form(w)
			if e.cls&(clNoun|clVerb) == 0 {
				continue
			}
			form(w, "s")
			yStem, y := strings.CutSuffix(w, "y")
			switch {
			case y:
				form(yStem, "ies") // "companies"
			case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
				form(w, "es") // "taxes"
			}
			if e.cls&clVerb == 0 {
				continue
			}
			if y {
				form(yStem, "ied") // "carried"
			}
			if stem, ok := strings.CutSuffix(w, "e"); ok {
				form(w, "d")
				form(stem, "ing")
			} else {
				form(w, "ed")
				form(w, "ing")
			}
		}
	}
	return string(buf), ends
}

// byCount returns the indexes of the entries of store that newHot
// memoises (closed-class words, hot words and irregular forms of hot
// words), closed-class words first, then by falling sense-tagged count
// (an irregular form by its base's), ties in store's order. Memoised in
// this order, the words most tokens are spelt with lie together, their
// keys and analyses in a few cache lines rather than spread over the
// alphabet; the analyses themselves are the same in any order.
func byCount(lex *lexIndex, store []entry) []int {
	const closed = 1 << 20 // above any sum of four uint16 counts
	count := func(e *entry) int {
		if e == nil {
			return 0
		}
		return int(e.n) + int(e.v) + int(e.a) + int(e.r)
	}
	// Each memoised entry is one key: the weight's shortfall from closed
	// above its index in store, so that an ascending sort of plain
	// integers, far cheaper than a sort calling a comparison, puts
	// heavier entries first and ties in store's order.
	keys := make([]uint64, 0, 16384)
	for i := range store {
		e := &store[i]
		w := count(e)
		if e.closed != 0 {
			w = closed
		} else {
			if e.irr != nil {
				// an irregular form weighs as its base when that is hot
				if b := max(count(lex.get(e.irr.vBase)), count(lex.get(e.irr.nBase))); b >= hotCount {
					w = max(w, b)
				}
			}
			if w < hotCount {
				continue // newHot memoises no form of it
			}
		}
		keys = append(keys, uint64(closed-w)<<32|uint64(i))
	}
	slices.Sort(keys)
	order := make([]int, len(keys))
	for k, key := range keys {
		order[k] = int(uint32(key))
	}
	return order
}

// analyze fills c with the lexicon's readings of norm, from the memo when
// it holds the word.
func (h *hotLexicon) analyze(norm string, c *cand) {
	if m := h.memo(norm); m != nil {
		*c = *m
		return
	}
	h.lex.analyze(norm, c)
}

// memo returns the memoised readings of norm, or nil when the memo lacks
// the word. It is small enough to inline: the tagger's loop asks it of
// every word, where a call to analyze cost as much as the copy.
func (h *hotLexicon) memo(norm string) *cand {
	if i, ok := h.table.Find(norm); ok {
		return &h.cands[i]
	}
	return nil
}
