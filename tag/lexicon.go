package tag

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// lexiconData is the open-class lexicon generated from WordNet by
// internal/gen; its format is described there.
//
//go:embed lexicon.txt
var lexiconData string

// tagSet is a set of tags, one bit per annals.Tag.
type tagSet uint64

// bit returns the set of the tag t alone. Every tag is below 64 (annals
// has 32; TestTagsFitTagSet), so the count is masked to six bits: the
// shift is the same, and the compiler leaves out the test for a count of
// 64 or more that a plain 1 << t takes, some three instructions at each
// of the many places the tagger, chunker and clauser test a set.
func bit(t annals.Tag) tagSet { return 1 << (t & 63) }

func (s tagSet) has(t annals.Tag) bool { return s&bit(t) != 0 }

// only reports whether s holds exactly the tag t.
func (s tagSet) only(t annals.Tag) bool { return s == bit(t) }

// first returns the lowest tag in s.
func (s tagSet) first() annals.Tag { return annals.Tag(bits.TrailingZeros64(uint64(s))) }

// single reports whether s holds exactly one tag: clearing its lowest
// bit leaves nothing, a test that needs no population count (which
// amd64 builds check the processor for at every use).
func (s tagSet) single() bool { return s != 0 && s&(s-1) == 0 }

// The tag sets the tagger, chunker and clauser test tags against are
// constants (clauseMarkers excepted, see there), written with shifts since bit is no constant expression: a
// set held in a variable was loaded from memory at every test, and kept
// a register or a stack slot in the long functions (openTag) that test
// several of them between calls. A constant is folded into the test.
const (
	nounTags   tagSet = 1<<annals.NN | 1<<annals.NNS | 1<<annals.NNP | 1<<annals.NNPS
	verbTags   tagSet = 1<<annals.VB | 1<<annals.VBD | 1<<annals.VBG | 1<<annals.VBN | 1<<annals.VBP | 1<<annals.VBZ
	finiteTags tagSet = 1<<annals.VBD | 1<<annals.VBP | 1<<annals.VBZ | 1<<annals.MD
	// boundaryTags end the stretch in which tagSentence has seen a finite verb.
	boundaryTags tagSet = 1<<annals.COMMA | 1<<annals.CC | 1<<annals.WDT | 1<<annals.WP | 1<<annals.QUOTE | 1<<annals.PUNCT | 1<<annals.WRB
	punctTags    tagSet = 1<<annals.PUNCT | 1<<annals.QUOTE | 1<<annals.COMMA | 1<<annals.STOP | 1<<annals.SYM
	// npStart holds the tags that can open a noun phrase.
	npStart = nounTags | 1<<annals.DT | 1<<annals.PRPS | 1<<annals.PRP | 1<<annals.CD | 1<<annals.JJ
)

// Lexical classes of an open-class entry.
const (
	clNoun    uint8 = 1 << iota // common noun lemma
	clVerb                      // verb lemma
	clAdj                       // adjective lemma
	clAdv                       // adverb lemma
	clProperN                   // noun written only capitalised (Paris)
	clProperA                   // adjective written only capitalised (American)
)

// Irregular verb forms, as marked by the generator.
const (
	irrPast  uint8 = 1 << iota // VBD
	irrPart                    // VBN
	irrGer                     // VBG
	irrThird                   // VBZ
)

// entry is what the lexicon knows about one lower-case word form.
type entry struct {
	word string

	// Closed-class words: the possible tags, the usual one first in pref.
	closed tagSet
	pref   annals.Tag

	// Open-class words.
	cls        uint8
	vIrr       uint8  // irr* flags for irr.vBase
	n, v, a, r uint16 // sense-tagged counts per class
	irr        *irregular
}

// irregular holds the rarer parts of an entry, kept apart so the common
// entry stays small.
type irregular struct {
	lemma string // closed-class lemma when it is not the word (an → a)
	vBase string // base verb of an irregular form (held → hold)
	nBase string // singular of an irregular plural (children → child)
	aBase string // base of an irregular comparative (better → good)
}

// ir returns e's irregular part, creating it.
func (e *entry) ir() *irregular {
	if e.irr == nil {
		e.irr = new(irregular)
	}
	return e.irr
}

var noIrregular irregular

// x returns e's irregular part or an empty one.
func (e *entry) x() *irregular {
	if e.irr == nil {
		return &noIrregular
	}
	return e.irr
}

// loadLexicon parses the generated open-class lexicon and lays the
// hand-written closed classes over it.
func loadLexicon() (*lexIndex, error) {
	lex, _, err := parseLexicon()
	return lex, err
}

// parseLexicon is loadLexicon that also returns the open-class entries in
// file order, for a caller that walks them all (newHot): a slice is
// walked far faster than the index.
//
// No map is built: the generator writes the words sorted and distinct,
// which parseLexicon checks as it reads them, so a closed-class word finds
// its open-class entry by binary search, and the index's table is built
// once, over every word, in file order. A map of the 88,000 words cost a
// quarter of the tagger's start-up to fill and as much again to walk.
func parseLexicon() (*lexIndex, []entry, error) {
	store, err := parseEntries(lexiconData)
	if err != nil {
		return nil, nil, err
	}
	extra, err := addClosed(store, closedClass)
	if err != nil {
		return nil, nil, err
	}
	return newLexIndex(store, extra), store, nil
}

// parseEntries reads the entries of data, in lexicon.txt's format, in
// order, and checks that their words are sorted and distinct.
func parseEntries(data string) ([]entry, error) {
	store := make([]entry, 0, strings.Count(data, "\n")+1)
	prev := ""
	for ln := 1; len(data) > 0; ln++ {
		if data[0] == '\n' || data[0] == '#' {
			_, data, _ = cutByte(data, '\n')
			continue
		}
		// One pass over the line: the word, then each reading up to a
		// space or the line's end.
		k := fieldEnd(data, 0)
		word := data[:k]
		if k == len(data) || data[k] == '\n' {
			return nil, fmt.Errorf("lexicon.txt:%d: no readings for %q", ln, word)
		}
		if len(store) > 0 && word <= prev {
			return nil, fmt.Errorf("lexicon.txt:%d: %q is out of order after %q", ln, word, prev)
		}
		prev = word
		store = append(store, entry{word: word})
		e := &store[len(store)-1]
		for k++; ; k++ {
			start := k
			k = fieldEnd(data, k)
			last := k == len(data) || data[k] == '\n'
			if f := data[start:k]; f != "" || !last {
				if err := e.addReading(f); err != nil {
					return nil, fmt.Errorf("lexicon.txt:%d: %w", ln, err)
				}
			}
			if last {
				break
			}
		}
		data = data[min(k+1, len(data)):]
	}
	return store, nil
}

// fieldEnd returns the index of the first space or newline in s from k
// on, or len(s). A byte of 64 or more, as every letter is, is passed
// with one comparison, and only the others are looked up in fieldStops:
// the lexicon's million bytes are all passed over at start-up, and a
// test against each stop in turn cost two comparisons more a byte.
func fieldEnd(s string, k int) int {
	for k < len(s) && (s[k] >= 64 || fieldStops>>s[k]&1 == 0) {
		k++
	}
	return k
}

// fieldStops has the bit of each byte below 64 that ends a field of the
// lexicon: space and newline.
const fieldStops uint64 = 1<<' ' | 1<<'\n'

// cutByte is strings.Cut for a one-byte separator. The cuts of the
// lexicon's readings find their separator within a few bytes, where a
// plain byte loop, inlined, costs fewer instructions than the call to
// IndexByte and its set-up.
func cutByte(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// addReading adds one reading of the generated format ("n12", "vDN>hold").
func (e *entry) addReading(f string) error {
	if f == "" {
		return fmt.Errorf("empty reading for %q", e.word)
	}
	switch f[0] {
	case 'N':
		e.cls |= clProperN
		return nil
	case 'A':
		e.cls |= clProperA
		return nil
	}
	spec, base, irregular := cutByte(f[1:], '>')
	if irregular {
		switch f[0] {
		case 'v':
			for _, c := range spec {
				switch c {
				case 'D':
					e.vIrr |= irrPast
				case 'N':
					e.vIrr |= irrPart
				case 'G':
					e.vIrr |= irrGer
				case 'Z':
					e.vIrr |= irrThird
				}
			}
			if e.x().vBase == "" {
				e.ir().vBase = base
			}
		case 'n':
			e.ir().nBase = base
		case 'a':
			e.ir().aBase = base
		default:
			return fmt.Errorf("bad irregular reading %q for %q", f, e.word)
		}
		return nil
	}
	c := 0
	if spec != "" {
		var err error
		if c, err = strconv.Atoi(spec); err != nil {
			return fmt.Errorf("bad count in %q for %q", f, e.word)
		}
		c = min(c, 65535)
	}
	switch f[0] {
	case 'n':
		e.cls |= clNoun
		e.n = uint16(c)
	case 'v':
		e.cls |= clVerb
		e.v = uint16(c)
	case 'a':
		e.cls |= clAdj
		e.a = uint16(c)
	case 'r':
		e.cls |= clAdv
		e.r = uint16(c)
	default:
		return fmt.Errorf("bad reading %q for %q", f, e.word)
	}
	return nil
}

// addClosed parses the closed-class table: one word a line, its tags
// separated by commas with the usual one first, and an optional lemma. A
// word of store, which is sorted, takes the tags on its own entry; the
// entries of the others are returned.
func addClosed(store []entry, table string) ([]*entry, error) {
	var extra []*entry
	seen := make(map[string]bool, 512)
	for ln, line := range strings.Split(table, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0][0] == '#' {
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("closed class line %d: want word, tags and optional lemma: %q", ln+1, line)
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("closed class line %d: %q listed twice", ln+1, f[0])
		}
		seen[f[0]] = true
		var e *entry
		if k, ok := slices.BinarySearchFunc(store, f[0], func(e entry, w string) int { return strings.Compare(e.word, w) }); ok {
			e = &store[k]
		} else {
			e = &entry{word: f[0]}
			extra = append(extra, e)
		}
		for i, name := range strings.Split(f[1], ",") {
			t := annals.ParseTag(name)
			if t == annals.TagUnknown {
				return nil, fmt.Errorf("closed class line %d: unknown tag %q", ln+1, name)
			}
			if i == 0 {
				e.pref = t
			}
			e.closed |= bit(t)
		}
		if len(f) == 3 {
			e.ir().lemma = f[2]
		}
	}
	return extra, nil
}
