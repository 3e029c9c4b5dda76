// Package dict reads annals' dictionaries (actors, agents, verb patterns,
// discards; the format is in docs/dictionaries.md) and compiles them into
// token tries that the coding stages share read-only.
//
// A compiled *Dict is immutable and safe for concurrent use. Matching
// methods allocate nothing: lookups key Go maps by (node, word) with the
// token's existing strings.
package dict

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/wordtab"
	"github.com/annals-project/annals/text"
)

// Case classes of a dictionary word (see docs/dictionaries.md).
const (
	caseAny   uint8 = iota // written lower case: matches any token
	caseCap                // capitalised: matches a capitalised or all-caps token
	caseUpper              // all caps: matches only an all-caps token
)

// maxGap is the most tokens a loose edge steps over: a few modifiers
// ("state-run", a quoted nickname), never a clause.
const maxGap = 5

// trie is a word trie. Its words are numbered once (vocab), and its edges
// live in one map keyed by (node, word number, case class, loose) packed in
// a uint64, so a walk allocates nothing, hashes each token's text once, and
// stops at once on a word no name uses (most tokens).
type trie struct {
	// vocab numbers the names' words as add meets them. It is the table
	// that compile hands to words, built as the words come, so that no
	// map of them is built first and then copied into a table.
	vocab wordtab.Growing
	// words answers step's lookups once compile has built the trie: the
	// ids from a table of slots that stays in the cache.
	words wordtab.Table
	// seen is a one-sided filter over vocab, by a cheap hash of a word's
	// length and a few of its bytes: a clear bit means no name uses the
	// word, answered from a table that stays in the cache.
	seen [filterBits / 64]uint64
	// first is the same filter over the words that begin a name written
	// in lower case (caseAny), which every walk's first step (most of
	// them) is tested against; firstCased is the filter over those that
	// begin one written with capitals, which only a capitalised token may
	// match. Most tokens are in lower case and most actors' names in
	// capitals: split, the filters let through a third as many tokens as
	// one over both did.
	first, firstCased [filterBits / 64]uint64
	// edgeTab holds the edges, put as add meets them: the table step
	// reads, built as the names come, with no map of the edges first.
	edgeTab edgeTable
	term    []int32 // node → entry index or -1 (the first entry added wins)
	loose   []bool  // nodes with a loose edge out
	// out marks the nodes with any edge out, set by add as it puts one:
	// a walk that reaches a node without (most names' last word) stops
	// there instead of looking the next token up.
	out []bool
	// anyLoose says some node has a loose edge out.
	anyLoose bool
	// rootLoose is anyLoose && loose[0]: a loose edge leaves the root, so
	// the first-word filter may not answer for the trie.
	rootLoose bool
	wide      bool // loose edges span the sentence (Actor.Wide)
}

// newTrie returns an empty trie for about names names. Its vocabulary
// and node slices are made for as many words and nodes as that many
// names have in the dictionaries (at most 1.4 new words and some 1.5
// nodes a name), so that adding them seldom grows one: growing places
// every word already in the table again. The hint sizes them only;
// what they hold is the same.
func newTrie(names int) *trie {
	term := append(make([]int32, 0, 1+names*2), -1) // the root: no entry
	t := &trie{term: term, loose: make([]bool, 1, 1+names*2), out: make([]bool, 1, 1+names*2)}
	t.vocab.Reserve(names * 3 / 2)
	return t
}

// filterBits is the size of a trie's vocabulary filter.
const filterBits = 1 << 16

// filterHash hashes a word for the filters: the top bits of the
// product of an odd constant and the word's length with its first two
// and last two bytes, so that every bit of those moves the bits kept.
// The hash of the first, middle and last bytes mixed in 32 bits that it
// replaces gave the comma, the commonest token, the hash of a word
// beginning an actor's name and of one beginning a discard phrase. It
// reads no middle byte, which would cost a bounds check, and is small
// enough to be inlined.
func filterHash(w string) uint32 {
	return mixFilterKey(filterKey(w))
}

// filterKey packs what filterHash reads of w: its length and its first
// two and last two bytes. Two words of one key hash alike, so a caller
// holding one's hash may compare the keys instead of hashing the other
// (BeginsAt, for a lemma spelt as its form).
func filterKey(w string) uint64 {
	n := uint(len(w))
	x := uint64(n) << 59
	if n >= 2 {
		// The last two bytes through a slice of their own, so that the
		// compiler reads each pair with one load.
		t := w[n-2:]
		x ^= uint64(w[0]) | uint64(w[1])<<8 | (uint64(t[0])|uint64(t[1])<<8)<<16
	} else if n == 1 {
		x ^= uint64(w[0])
	}
	return x
}

// mixFilterKey is filterHash of a word of key x: the top bits of its
// product with an odd constant.
func mixFilterKey(x uint64) uint32 {
	return uint32(x * 0x9E3779B97F4A7C15 >> (64 - 16))
}

// edgeKey packs an edge: node, word number, case class and whether the
// word may come after other words (PETRARCH's and TABARI's names written
// with blanks: "ITHILEN TELEVISION" is "Ithilen state-run television");
// words joined by "_" may not.
func edgeKey(node int32, word uint32, cls uint8, loose bool) uint64 {
	k := uint64(uint32(node))<<32 | uint64(word)<<3 | uint64(cls)<<1
	if loose {
		k |= 1
	}
	return k
}

// add adds a name; loose, when not nil, marks the words that may come
// after other words.
func (t *trie) add(words []string, cls []uint8, loose []bool, entry int32) {
	n := int32(0)
	for i, w := range words {
		id, ok := t.vocab.Find(w)
		if !ok {
			id = t.vocab.Add(w)
			h := filterHash(w)
			t.seen[h/64] |= 1 << (h % 64)
		}
		if n == 0 {
			h := filterHash(w)
			if cls[i] == caseAny {
				t.first[h/64] |= 1 << (h % 64)
			} else {
				t.firstCased[h/64] |= 1 << (h % 64)
			}
		}
		l := loose != nil && loose[i]
		if l {
			t.loose[n] = true
			t.anyLoose = true
			t.rootLoose = t.rootLoose || n == 0
		}
		k := edgeKey(n, id, cls[i], l)
		next, ok := t.edgeTab.get(k)
		if !ok {
			next = int32(len(t.term))
			t.term = append(t.term, -1)
			t.loose = append(t.loose, false)
			t.out = append(t.out, false)
			t.out[n] = true
			t.edgeTab.put(k, next)
		}
		n = next
	}
	if t.term[n] < 0 {
		t.term[n] = entry
	}
}

// step follows the edge for a token from node n; most specific class first.
func (t *trie) step(n int32, word string, flags annals.TokFlag, cased, loose bool) (int32, bool) {
	h := filterHash(word)
	if n == 0 && !t.firstHasHash(h, flags) || n != 0 && t.seen[h/64]&(1<<(h%64)) == 0 {
		return 0, false
	}
	return t.stepFound(n, word, flags, cased, loose)
}

// stepFound is step past the vocabulary filter, for a word the caller
// has already tested against it (the filter only rules words out).
func (t *trie) stepFound(n int32, word string, flags annals.TokFlag, cased, loose bool) (int32, bool) {
	id, ok := t.words.Find(word)
	if !ok {
		return 0, false
	}
	if cased {
		if flags&annals.AllCaps != 0 {
			if next, ok := t.edgeTab.get(edgeKey(n, id, caseUpper, loose)); ok {
				return next, true
			}
		}
		if flags&(annals.Cap|annals.AllCaps) != 0 {
			if next, ok := t.edgeTab.get(edgeKey(n, id, caseCap, loose)); ok {
				return next, true
			}
		}
	}
	return t.edgeTab.get(edgeKey(n, id, caseAny, loose))
}

// endsGap says a loose edge may not step over tok: a clause or list
// boundary ("Ithilen, Gondor and the military").
func endsGap(tok *annals.Token) bool {
	if tok.Tag == annals.CC {
		return true
	}
	if tok.Flags&annals.Punct == 0 {
		return false
	}
	switch tok.Norm {
	case ",", ";", ":", ".", "(", ")", "!", "?":
		return true
	}
	return false
}

// Dict is a compiled set of dictionaries.
type Dict struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    []Verb
	Discards []Discard
	// NoCountry, when set, is the code that a role word naming no country
	// takes before its role: PETRARCH writes "---GOV", TABARI "~GOV" (its
	// agent code as written). When empty, as for annals' dictionaries, such
	// a word takes the country the article is about.
	NoCountry string
	// Settings are the coding options of a foreign coder's project that
	// annals' coder honours; the zero value is annals' own behaviour.
	Settings Settings

	actors   *trie
	agents   *trie
	discards *trie
	verbs    map[string][]int32 // head lemma → verb indexes, longest pattern first
	nouns    map[string][]int32 // head lemma → noun-headed pattern indexes
	// verbHeads and nounHeads are one-sided filters over the keys of
	// verbs and nouns, by filterHash: a clear bit answers VerbsFor or
	// NounsFor without hashing the word for the map. The coder asks them
	// of most tokens, and few are heads (issue 2).
	verbHeads, nounHeads *[filterBits / 64]uint64
	// verbTab and nounTab answer VerbsFor and NounsFor past the filters:
	// the keys of verbs and nouns in tables of slots that stay in the
	// cache, cheaper to probe than the maps.
	verbTab, nounTab headTable
	// begins folds the first-word filters of actors, agents and discards
	// into one table: a nibble per filterHash holding the Begins bits the
	// word's form allows, so that BeginsAt reads one word for all three.
	begins *[filterBits / 16]uint64
	// discardSolo and discardPairs rule out a discard phrase at a token
	// by its first two words before the trie is walked (discardMay):
	// discardSolo holds the filterHash bits of the one-word phrases,
	// discardPairs the pairHash bits of the first two words of the
	// others. Most words that pass the first-word filter ("in", "net",
	// "shares") are followed by no word that goes on a phrase.
	discardSolo, discardPairs *[filterBits / 64]uint64
}

// Settings are coding options that TABARI sets in its .options file and
// changes between validation records ("SET: MINIMUM WORDS = 4", "DEFAULT:
// SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"). They are comparable, so
// that a caller may keep one coder per distinct setting.
type Settings struct {
	// MinWords, when positive, leaves uncoded a sentence of fewer words
	// (counted as written, between blanks): a short fragment is rarely a
	// whole report.
	MinWords int
	// DefaultSource and DefaultTarget, when set, code an event whose
	// source or target names no actor with that code instead of dropping it.
	DefaultSource, DefaultTarget string
	// Prior gives the default source to a verb with no actor before it;
	// without it the first actor after the verb is the source and the
	// target is looked for after that one.
	Prior bool
	// After gives the default target to a verb with no actor after it;
	// without it the members of a compound subject code each other.
	After bool
	// Forward, when set, is the source of a verb whose subject is a
	// personal pronoun: TABARI's FORWARD option carries the first actor of
	// the previous record ("He has also asked Gondor ..."). The caller that
	// reads records in order sets it; the coder never guesses it.
	Forward string
	// Comma, when not zero, leaves out of coding the phrases set off by
	// commas whose length falls in its limits (TABARI's COMMA option).
	Comma Comma
	// CodeBy says how many verbs of a sentence give events (TABARI's "SET:
	// CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL"); the zero value,
	// CodeAll, is annals' own behaviour.
	CodeBy CodeBy
	// Solo, when set, codes a verb with a source and no target when no
	// pattern finds one ("a senior official said" is ---GOV / --- / 023):
	// PETRARCH's "require_dyad = false". annals' own output wants dyads.
	Solo bool
}

// CodeBy is how many verbs of a sentence the coder codes.
type CodeBy uint8

// CodeBy values. TABARI codes the first verb that gives an event and then
// only verbs after a coordinating conjunction ("... or assail Arnor ...
// but Dagolath promised aid"), or only the first verb of the sentence.
const (
	CodeAll        CodeBy = iota // every verb
	CodeByClause                 // the first verb, then one after each conjunction
	CodeBySentence               // the first verb that gives an event
)

// Comma holds the limits, in written words, of the comma-delimited
// phrases that TABARI takes for asides: a phrase between two commas of
// Min to Max words, one from the last comma to the end of the sentence of
// EndMin to EndMax words and one from its start to the first comma of
// BeginMin to BeginMax words ("Arnor will restore ties with Gondor, almost
// five years after ..., a senior official said").
type Comma struct {
	Min, Max, EndMin, EndMax, BeginMin, BeginMax int
}

// Sources is the set of dictionary files to compile, by kind.
type Sources struct {
	Actors   []string
	Agents   []string
	Verbs    []string
	Discards []string
}

// FileSources lists annals' standard layout in fsys: actors/*.txt,
// agents.txt, verbs/*.txt and discards.txt.
func FileSources(fsys fs.FS) (Sources, error) {
	var s Sources
	var err error
	if s.Actors, err = fs.Glob(fsys, "actors/*.txt"); err != nil {
		return s, err
	}
	if s.Verbs, err = fs.Glob(fsys, "verbs/*.txt"); err != nil {
		return s, err
	}
	for _, f := range []struct {
		name string
		dst  *[]string
	}{{"agents.txt", &s.Agents}, {"discards.txt", &s.Discards}} {
		if _, err := fs.Stat(fsys, f.name); err == nil {
			*f.dst = append(*f.dst, f.name)
		}
	}
	return s, nil
}

// Load reads and compiles the dictionaries of fsys in annals' standard
// layout. validCode, when not nil, says which event codes exist. Malformed
// lines are returned as an ErrorList together with a Dict compiled from every
// well-formed line, so callers may choose to warn and go on.
func Load(fsys fs.FS, validCode func(string) bool) (*Dict, error) {
	src, err := FileSources(fsys)
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	return LoadSources(fsys, src, validCode)
}

// LoadSources reads and compiles the files named in src from fsys.
func LoadSources(fsys fs.FS, src Sources, validCode func(string) bool) (*Dict, error) {
	d := &Dict{}
	var errs ErrorList
	steps := []struct {
		names []string
		parse func(name string, r io.Reader) error
	}{
		{src.Actors, func(n string, r io.Reader) error {
			a, err := ParseActors(n, r)
			d.Actors = append(d.Actors, a...)
			return err
		}},
		{src.Agents, func(n string, r io.Reader) error {
			a, err := ParseAgents(n, r)
			d.Agents = append(d.Agents, a...)
			return err
		}},
		{src.Verbs, func(n string, r io.Reader) error {
			v, err := ParseVerbs(n, r, validCode)
			d.Verbs = append(d.Verbs, v...)
			return err
		}},
		{src.Discards, func(n string, r io.Reader) error {
			x, err := ParseDiscards(n, r)
			d.Discards = append(d.Discards, x...)
			return err
		}},
	}
	for _, st := range steps {
		for _, name := range st.names {
			if err := parseFile(fsys, name, st.parse); err != nil {
				// Malformed lines are collected; only I/O errors stop the load.
				var l ErrorList
				if !errors.As(err, &l) {
					return nil, err
				}
				errs = append(errs, l...)
			}
		}
	}
	d.compile()
	return d, errs.Err()
}

func parseFile(fsys fs.FS, name string, parse func(string, io.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	return parse(name, f)
}

// New compiles already parsed entries (the importers of other formats use it).
func New(actors []Actor, agents []Agent, verbs []Verb, discards []Discard) *Dict {
	d := &Dict{Actors: actors, Agents: agents, Verbs: verbs, Discards: discards}
	d.compile()
	return d
}

func (d *Dict) compile() {
	actorNames, agentNames := 0, 0
	for i := range d.Actors {
		actorNames += len(d.Actors[i].Names)
	}
	for i := range d.Agents {
		agentNames += len(d.Agents[i].Names)
	}
	d.actors, d.agents, d.discards = newTrie(actorNames), newTrie(agentNames), newTrie(len(d.Discards))
	var toks []annals.Token
	var words []string
	var cls []uint8
	var loose []bool
	tokenize := func(s string, cased bool) {
		toks = text.Tokenize(s, toks[:0])
		words, cls, loose = words[:0], cls[:0], loose[:0]
		joined := false
		for _, t := range toks {
			if t.Norm == "_" && len(words) > 0 {
				joined = true // "DOL_AMROTH": the words stand together
				continue
			}
			loose = append(loose, len(words) > 0 && !joined)
			joined = false
			words = append(words, t.Norm)
			c := caseAny
			if cased {
				switch {
				case t.Flags&annals.AllCaps != 0:
					c = caseUpper
				case t.Flags&annals.Cap != 0:
					c = caseCap
				}
			}
			cls = append(cls, c)
		}
		// A leading "the" is optional in text: the recogniser skips it.
		if len(words) > 1 && words[0] == "the" {
			words, cls, loose = words[1:], cls[1:], loose[1:]
			loose[0] = false
		}
	}
	addActor := func(i int, a *Actor, n string) {
		tokenize(n, true)
		if len(words) == 0 {
			return
		}
		l := loose
		if !a.Loose {
			l = nil
		} else {
			d.actors.wide = d.actors.wide || a.Wide
			// Only a name's first word need be capitalised:
			// "Ithilen state-run television", "Prince of Dol Amroth".
			for k := 1; k < len(cls); k++ {
				cls[k] = caseAny
			}
		}
		d.actors.add(words, cls, l, int32(i))
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		for _, n := range a.Names {
			addActor(i, a, n)
			if a.Loose && strings.Contains(n, "_") {
				// Words joined by "_" are also one hyphenated word in the
				// text: "AL_GORE" is "Al-Gore".
				addActor(i, a, strings.ReplaceAll(n, "_", "-"))
			}
		}
	}
	for i, a := range d.Agents {
		for _, n := range a.Names {
			tokenize(strings.ToLower(n), false)
			if len(words) > 0 {
				d.agents.add(words, cls, nil, int32(i))
			}
		}
	}
	d.discardSolo, d.discardPairs = new([filterBits / 64]uint64), new([filterBits / 64]uint64)
	for i, x := range d.Discards {
		tokenize(strings.ToLower(x.Phrase), false)
		if len(words) > 0 {
			d.discards.add(words, cls, nil, int32(i))
			h := filterHash(words[0])
			if len(words) == 1 {
				d.discardSolo[h/64] |= 1 << (h % 64)
			} else {
				p := pairHash(h, filterHash(words[1]))
				d.discardPairs[p/64] |= 1 << (p % 64)
			}
		}
	}
	d.verbs, d.nouns = map[string][]int32{}, map[string][]int32{}
	for i, v := range d.Verbs {
		heads := d.verbs
		if v.Noun {
			heads = d.nouns
		}
		for _, h := range v.Items[0].Alts {
			h = strings.TrimSuffix(strings.TrimSuffix(h, ExactMark), StemMark) // the coder checks the form
			heads[h] = append(heads[h], int32(i))
		}
	}
	d.verbHeads, d.nounHeads = headFilter(d.verbs), headFilter(d.nouns)
	for _, ids := range d.nouns {
		if len(ids) < 2 {
			continue // most heads have one pattern, already in order
		}
		sort.SliceStable(ids, func(a, b int) bool { return len(d.Verbs[ids[a]].Items) > len(d.Verbs[ids[b]].Items) })
	}
	for _, t := range []*trie{d.actors, d.agents, d.discards} {
		t.words = t.vocab.Table
	}
	d.begins = beginsTable(d.actors, d.agents, d.discards)
	// The sort compares a pattern's words and letters many times over:
	// they are counted once for each pattern of a head that has several
	// (letters where the comparison reads them), and the comparison
	// reads those counts, so the same stable sort sees the same answers
	// as when it counted them afresh.
	wordCount, letterCount := make([]int32, len(d.Verbs)), make([]int32, len(d.Verbs))
	for _, ids := range d.verbs {
		if len(ids) < 2 {
			continue
		}
		for _, id := range ids {
			v := &d.Verbs[id]
			wordCount[id] = int32(v.words())
			if v.Reach != ReachNear {
				letterCount[id] = int32(v.letters())
			}
		}
		sort.SliceStable(ids, func(a, b int) bool {
			ia, ib := ids[a], ids[b]
			if wa, wb := wordCount[ia], wordCount[ib]; wa != wb {
				return wa > wb
			}
			// Between imported patterns of as many words, the one with
			// the longer words is the more specific ("RESISTANCE TO THE
			// INVADING" before "RESIST TO THE END"; "DOLLAR" before a
			// synset holding it and "EUROS").
			return d.Verbs[ia].Reach != ReachNear && d.Verbs[ib].Reach != ReachNear && letterCount[ia] > letterCount[ib]
		})
	}
	d.verbTab, d.nounTab = newHeadTable(d.verbs), newHeadTable(d.nouns)
}

// headTable maps head lemmas to pattern indexes, as Dict.verbs and
// Dict.nouns do, through a wordtab.Table.
type headTable struct {
	words wordtab.Table
	ids   [][]int32 // ids[id] are the patterns of the word numbered id
}

// newHeadTable numbers the keys of heads into a headTable.
func newHeadTable(heads map[string][]int32) headTable {
	keys := make([]string, 0, len(heads))
	for w := range heads {
		keys = append(keys, w)
	}
	sort.Strings(keys) // the same table from the same map
	ids := make([][]int32, len(keys))
	for i, w := range keys {
		ids[i] = heads[w]
	}
	return headTable{words: wordtab.New(keys), ids: ids}
}

// get returns the patterns headed by w, or nil.
func (h *headTable) get(w string) []int32 {
	if id, ok := h.words.Find(w); ok {
		return h.ids[id]
	}
	return nil
}

// words counts the words a pattern must find, on both sides of its verb:
// the more it asks for, the more specific it is, and the earlier it is
// tried ("HAS NOT *" before "*").
func (v *Verb) words() int {
	n := 0
	for _, its := range [2][]Item{v.Items, v.Before} {
		for _, it := range its {
			if len(it.Alts) > 0 || it.Target || it.Source {
				n++
			}
		}
	}
	return n
}

// letters counts the letters a pattern's words must have, taking the
// shortest alternative of each.
func (v *Verb) letters() int {
	n := 0
	for _, its := range [2][]Item{v.Items, v.Before} {
		for _, it := range its {
			least := -1
			for _, a := range it.Alts {
				if l := len(strings.TrimRight(a, StemMark+ExactMark)); least < 0 || l < least {
					least = l
				}
			}
			n += max(least, 0)
		}
	}
	return n
}

// Slot flags, as Verb.Slots reports them.
const (
	TargetBefore = 1 << iota // a "+" among the words before the verb
	SourceAfter              // a "$" among the words after it
)

// Slots reports where the pattern puts its actor slots, for the coder to
// swap the usual roles of subject and object.
func (v *Verb) Slots() int {
	n := 0
	for _, it := range v.Before {
		if it.Target {
			n |= TargetBefore
		}
	}
	for _, it := range v.Items {
		if it.Source {
			n |= SourceAfter
		}
	}
	return n
}

// longest walks t from toks[i] and returns the end (exclusive) of the
// longest match and its entry, or end == i when nothing matches.
func (t *trie) longest(toks []annals.Token, i int, cased, lemma bool) (end int, entry int32) {
	// Most tokens begin no name: answer them from the first-word filter
	// without a call to step. Callers ask this of nearly every token, for
	// each of the three tries, so the filter is tested here, with no
	// call, and the walk is a call of its own (issue 2). A lemma spelt as
	// the norm fails as the norm did: the two need not be compared.
	if i < len(toks) && !t.rootLoose {
		tok := &toks[i]
		if !t.firstHasHash(filterHash(tok.Norm), tok.Flags) && !(lemma && tok.Lemma != "" && t.firstHasHash(filterHash(tok.Lemma), tok.Flags)) {
			return i, -1
		}
	}
	return t.walk(toks, i, cased, lemma)
}

// walk is longest past the first-word filter.
func (t *trie) walk(toks []annals.Token, i int, cased, lemma bool) (end int, entry int32) {
	end, entry = i, -1
	n := int32(0)
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].Norm == "_" && toks[j].Flags&annals.Punct != 0 {
			continue // "Dol_Amroth" written in the text as in a dictionary
		}
		w := toks[j].Norm
		if lemma && toks[j].Lemma != "" {
			w = toks[j].Lemma
		}
		var next int32
		var ok bool
		if j == i && !t.rootLoose {
			// longest has tested the first word against the filter.
			next, ok = t.stepFound(n, w, toks[j].Flags, cased, false)
		} else {
			next, ok = t.step(n, w, toks[j].Flags, cased, false)
		}
		if !ok && lemma && w != toks[j].Norm {
			next, ok = t.step(n, toks[j].Norm, toks[j].Flags, cased, false)
		}
		if !ok && t.anyLoose && t.loose[n] {
			next, ok = t.looseStep(n, toks, &j, cased)
		}
		if !ok {
			break
		}
		n = next
		if e := t.term[n]; e >= 0 {
			end, entry = j+1, e
		}
		if !t.out[n] {
			break // no name goes on: the next token need not be looked up
		}
	}
	return end, entry
}

// firstHasHash reports whether a word of filterHash h, of a token with
// flags, passes the filters over the first words: a word in lower case
// is tested against those of the names written so, a capitalised one
// against all (stepFound follows a capitalised edge only from a
// capitalised token).
func (t *trie) firstHasHash(h uint32, flags annals.TokFlag) bool {
	bit := uint64(1) << (h % 64)
	return t.first[h/64]&bit != 0 || flags&capitals != 0 && t.firstCased[h/64]&bit != 0
}

// capitals are the flags of a token that a capitalised edge may match.
const capitals = annals.Cap | annals.AllCaps

// Begins is a set of the Match methods that may find a name at a token.
type Begins uint8

// The Match methods of Begins.
const (
	BeginsActor   Begins = 1 << iota // MatchActor
	BeginsAgent                      // MatchAgent
	BeginsDiscard                    // MatchDiscard

	// beginsCasedActor, in the table only, marks the words that begin
	// an actor's name written with capitals: BeginsActor for a
	// capitalised token.
	beginsCasedActor
)

// BeginsAt returns the Match methods that may find a name starting at
// tok; the others find none there. A recognizer asks MatchActor and
// MatchAgent of nearly every token, and each asks its trie's first-word
// filter: BeginsAt hashes the token's form once and reads the three
// filters, folded into one table, with one load (issue 2). A word that
// begins only names written with capitals begins an actor's name at a
// capitalised token alone (firstHasHash). Agents match on lemmas too,
// so a lemma is tested when the form rules an agent out; most lemmas
// are spelt as their forms, and one of the form's filterKey hashes as
// the form did and is not hashed again.
func (d *Dict) BeginsAt(tok *annals.Token) Begins {
	key := filterKey(tok.Norm)
	b := d.beginsOf(mixFilterKey(key))
	if b&beginsCasedActor != 0 && tok.Flags&capitals != 0 {
		b |= BeginsActor
	}
	b &^= beginsCasedActor
	if b&BeginsAgent == 0 && tok.Lemma != "" {
		if lk := filterKey(tok.Lemma); lk != key && d.beginsOf(mixFilterKey(lk))&BeginsAgent != 0 {
			b |= BeginsAgent
		}
	}
	return b
}

// beginsOf returns the bits of the table, beginsCasedActor with the
// Begins, of the words of filterHash h.
func (d *Dict) beginsOf(h uint32) Begins {
	return Begins(d.begins[h/16]>>(h%16*4)) & (BeginsActor | BeginsAgent | BeginsDiscard | beginsCasedActor)
}

// beginsTable folds the first-word filters of the three tries into one
// nibble per hash: BeginsActor for a word that begins an actor's name
// written in lower case, beginsCasedActor for one that begins a name
// written with capitals, and the agents' and discards' bits for any
// word that begins theirs (they are matched in any case). A trie with a
// loose edge from its root sets its bit for every hash, since its
// filter may not answer. Only the filters' set bits are visited: few
// hashes begin a name.
func beginsTable(actors, agents, discards *trie) *[filterBits / 16]uint64 {
	var tab [filterBits / 16]uint64
	fold := func(f *[filterBits / 64]uint64, all bool, b Begins) {
		for k, word := range f {
			if all {
				word = ^uint64(0)
			}
			for ; word != 0; word &= word - 1 {
				h := uint32(k*64 + bits.TrailingZeros64(word))
				tab[h/16] |= uint64(b) << (h % 16 * 4)
			}
		}
	}
	fold(&actors.first, actors.rootLoose, BeginsActor)
	fold(&actors.firstCased, false, beginsCasedActor)
	for _, f := range [...]struct {
		t   *trie
		bit Begins
	}{{agents, BeginsAgent}, {discards, BeginsDiscard}} {
		fold(&f.t.first, f.t.rootLoose, f.bit)
		fold(&f.t.firstCased, f.t.rootLoose, f.bit)
	}
	return &tab
}

// looseStep follows a loose edge from node n at toks[*j] or, stepping
// over up to maxGap tokens (any number up to a comma or the sentence's
// end when the trie is wide), after it; *j moves to the token matched.
func (t *trie) looseStep(n int32, toks []annals.Token, j *int, cased bool) (int32, bool) {
	limit := *j + maxGap
	if t.wide {
		limit = len(toks) // the sentence: the caller's toks end with it
	}
	for k := *j; k < len(toks) && k <= limit; k++ {
		if k > *j && (t.wide && (toks[k-1].Tag == annals.STOP || toks[k-1].Tag == annals.COMMA) || !t.wide && endsGap(&toks[k-1])) {
			break
		}
		if next, ok := t.step(n, toks[k].Norm, toks[k].Flags, cased, true); ok {
			*j = k
			return next, true
		}
	}
	return 0, false
}

// MatchActor returns the longest actor name starting at toks[i]: the end
// index (exclusive) and the actor, or end == i and nil.
func (d *Dict) MatchActor(toks []annals.Token, i int) (int, *Actor) {
	end, e := d.actors.longest(toks, i, true, false)
	if e < 0 {
		return i, nil
	}
	return end, &d.Actors[e]
}

// MatchActorWord returns the single-word actor named w (already normalised)
// with the case flags of its token, or nil. It serves parts of hyphenated
// tokens such as "EU-US".
func (d *Dict) MatchActorWord(w string, flags annals.TokFlag) *Actor {
	n, ok := d.actors.step(0, w, flags, true, false)
	if !ok {
		return nil
	}
	if e := d.actors.term[n]; e >= 0 {
		return &d.Actors[e]
	}
	return nil
}

// MatchAgent returns the longest agent starting at toks[i], matched on lemmas.
func (d *Dict) MatchAgent(toks []annals.Token, i int) (int, *Agent) {
	end, e := d.agents.longest(toks, i, false, true)
	if e < 0 || d.Agents[e].Exact && !writtenAs(toks[i:end], d.Agents[e].Names) {
		return i, nil
	}
	return end, &d.Agents[e]
}

// writtenAs reports whether toks, "_" tokens aside, spell one of names
// word for word.
func writtenAs(toks []annals.Token, names []string) bool {
	var b strings.Builder
	for k := range toks {
		if toks[k].Norm == "_" && toks[k].Flags&annals.Punct != 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Norm)
	}
	return slices.Contains(names, b.String())
}

// MayDiscard reports whether a discard phrase may start at tok: false
// answers MatchDiscard at tok without a call. The event coder asks it of
// every token of every article, and nearly all of them begin none.
func (d *Dict) MayDiscard(tok *annals.Token) bool {
	return d.beginsOf(filterHash(tok.Norm))&BeginsDiscard != 0
}

// NextDiscard returns the first index in [i, end) of toks at which a
// discard phrase may start (MayDiscard), or end. The event coder scans
// every token of an article so: a loop here, with the filter inlined,
// rather than a call per token. The loop reads the table and the tokens
// through locals, toks cut at end, so that the compiler keeps them in
// registers and drops the bounds check: the table's reload, the check
// and the moves around them were three of each token's forty-odd
// instructions. It answers as beginsOf does.
func (d *Dict) NextDiscard(toks []annals.Token, i, end int) int {
	toks, tab := toks[:end], d.begins
	for ; i < len(toks); i++ {
		h := filterHash(toks[i].Norm)
		if Begins(tab[h/16]>>(h%16*4))&BeginsDiscard != 0 {
			return i
		}
	}
	return end
}

// MatchDiscard returns the discard phrase starting at toks[i], if any.
func (d *Dict) MatchDiscard(toks []annals.Token, i int) (int, *Discard) {
	if !d.discardMay(toks, i) {
		return i, nil
	}
	end, e := d.discards.longest(toks, i, false, false)
	if e < 0 {
		return i, nil
	}
	return end, &d.Discards[e]
}

// discardMay reports whether a discard phrase may start at toks[i], by
// discardSolo and discardPairs: false answers MatchDiscard without the
// walk. The walk matches a discard's words on the forms (Norm) of the
// tokens, exactly, stepping over "_" tokens after the first (the
// discards have no loose edges), so a phrase of two words or more that
// matches at i has its first two words in the forms of toks[i] and of
// the next token that is not "_", whose pair's bit is then set.
func (d *Dict) discardMay(toks []annals.Token, i int) bool {
	if d.discardPairs == nil || i >= len(toks) {
		return true // not compiled: the walk answers
	}
	h := filterHash(toks[i].Norm)
	if filterHas(d.discardSolo, h) {
		return true
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Norm == "_" && toks[j].Flags&annals.Punct != 0 {
			continue
		}
		p := pairHash(h, filterHash(toks[j].Norm))
		return d.discardPairs[p/64]&(1<<(p%64)) != 0
	}
	return false // a last word begins no phrase of two
}

// pairHash hashes the filterHash values of two words that follow each
// other into a bit of a filter.
func pairHash(h1, h2 uint32) uint32 {
	return uint32((uint64(h1)<<16 | uint64(h2)) * 0x9E3779B97F4A7C15 >> (64 - 16))
}

// NounsFor returns the indexes into d.Verbs of the noun-headed patterns
// ("~protest against +") whose head is lemma, longest first.
func (d *Dict) NounsFor(lemma string) []int32 {
	if !filterHas(d.nounHeads, filterHash(lemma)) {
		return nil
	}
	return d.nounTab.get(lemma)
}

// VerbsFor returns the indexes into d.Verbs of the patterns whose head is
// lemma, longest first. The slice must not be modified.
func (d *Dict) VerbsFor(lemma string) []int32 {
	if !filterHas(d.verbHeads, filterHash(lemma)) {
		return nil
	}
	return d.verbTab.get(lemma)
}

// headFilter returns the one-sided filter over the keys of heads.
func headFilter(heads map[string][]int32) *[filterBits / 64]uint64 {
	f := new([filterBits / 64]uint64)
	for w := range heads {
		h := filterHash(w)
		f[h/64] |= 1 << (h % 64)
	}
	return f
}

// filterHas reports whether a word of filterHash h passes filter f; a
// nil f (a Dict not yet compiled) passes every word. The caller hashes
// the word, so that both calls are inlined.
func filterHas(f *[filterBits / 64]uint64, h uint32) bool {
	return f == nil || f[h/64]&(1<<(h%64)) != 0
}

// Stats counts a Dict's entries.
type Stats struct {
	Actors, ActorNames, Agents, Verbs, VerbCodes, Discards int
}

// Stats returns counts of entries, names and distinct verb codes.
func (d *Dict) Stats() Stats {
	s := Stats{Actors: len(d.Actors), Agents: len(d.Agents), Verbs: len(d.Verbs), Discards: len(d.Discards)}
	codes := map[string]bool{}
	for _, a := range d.Actors {
		s.ActorNames += len(a.Names)
	}
	for _, v := range d.Verbs {
		codes[v.Code] = true
	}
	s.VerbCodes = len(codes)
	return s
}
