package tag

import (
	"strings"

	"github.com/annals-project/annals/internal/wordtab"

	"github.com/annals-project/annals"
)

// Lemma slots of a candidate: which inflection of which lemma a tag means.
const (
	lemBase = iota // NN, VB, VBP, JJ, RB, closed classes: the form's own lemma
	lemNNS         // plural noun
	lemVBZ         // third person singular
	lemPast        // VBD and VBN
	lemVBG         // -ing form
	lemJJR         // comparative or superlative adjective
	numLem
)

// Candidate flags.
const (
	fKnown   uint8 = 1 << iota // the form or a base of it is in the lexicon
	fClosed                    // closed-class word: set and pref are final
	fProperN                   // WordNet writes the noun only capitalised
	fProperA                   // WordNet writes the adjective only capitalised
	fCommon                    // has a common (lower-case) reading
	fOffice                    // the form is an officeNoun ("minister")
	fLemma                     // lemma1 holds the lemma of the only reading (see keepPerWord)
	fSpeech                    // speech holds the verb readings with a speech verb's lemma (see keepPerWord)
)

// cand holds the readings of one token before context picks one.
type cand struct {
	set   tagSet
	pref  annals.Tag // usual tag of a closed-class word
	flags uint8
	lem   [numLem]string
	n, ns uint16 // noun counts of the form itself and of its singular
	v     uint16
	a, r  uint16

	// speech holds bit t-VB for each verb tag t of set whose lemma is a
	// speech verb's, when flags has fSpeech. It takes a byte of the
	// padding before lemma1.
	speech uint8
	// lemma1 is the lemma lemmaOf gives the word read as set's only
	// tag, when flags has fLemma.
	lemma1 string
}

// lemmaSlot says which lemma slot a tag takes its lemma from.
func lemmaSlot(t annals.Tag) int {
	switch t {
	case annals.NNS:
		return lemNNS
	case annals.VBZ:
		return lemVBZ
	case annals.VBD, annals.VBN:
		return lemPast
	case annals.VBG:
		return lemVBG
	}
	return lemBase
}

// lemma returns the lemma of the candidate read as t, or "" when the
// readings gave none.
func (c *cand) lemma(t annals.Tag) string {
	if s := c.lem[lemmaSlot(t)]; s != "" {
		return s
	}
	if t == annals.JJ {
		return c.lem[lemJJR]
	}
	return ""
}

// lexIndex is the lexicon as analyze reads it: the same words and
// entries in an open-addressed wordtab.Table, whose slots compare a short
// word without reading its key string. analyze asks up to five words per
// token the memo lacks (the word, then candidate bases of inflections),
// and the 100,000-string map's probes were the largest part of the
// tagger's time in a CPU profile of annals code.
type lexIndex struct {
	words wordtab.Table
	ents  []*entry // ents[id] is the entry of the word numbered id
}

// newLexIndex indexes the words of store, which are distinct, and of
// extra, which store lacks, in that order.
func newLexIndex(store []entry, extra []*entry) *lexIndex {
	n := len(store) + len(extra)
	keys := make([]string, 0, n)
	ix := &lexIndex{ents: make([]*entry, 0, n)}
	for i := range store {
		keys = append(keys, store[i].word)
		ix.ents = append(ix.ents, &store[i])
	}
	for _, e := range extra {
		keys = append(keys, e.word)
		ix.ents = append(ix.ents, e)
	}
	ix.words = wordtab.New(keys)
	return ix
}

// get returns the entry of w, or nil.
func (ix *lexIndex) get(w string) *entry {
	if id, ok := ix.words.Find(w); ok {
		return ix.ents[id]
	}
	return nil
}

// analyze looks norm up in the lexicon, directly and through regular
// inflections, and returns every reading found. Unknown words get none;
// the caller guesses from their shape.
func (lex *lexIndex) analyze(norm string, c *cand) {
	*c = cand{}
	if isOfficeNoun(norm) {
		c.flags = fOffice // for openTag, which asks it of a word and its next
	}
	if e := lex.get(norm); e != nil {
		c.flags |= fKnown
		if e.closed != 0 {
			c.set, c.pref, c.flags = e.closed, e.pref, c.flags|fClosed|fCommon
			c.lem[lemBase] = e.word
			if l := e.x().lemma; l != "" {
				c.lem[lemBase] = l
			}
			return
		}
		c.lem[lemBase] = e.word
		if e.cls&clNoun != 0 {
			c.set |= bit(annals.NN)
			c.n = e.n
		}
		if e.cls&clVerb != 0 {
			c.set |= bit(annals.VB) | bit(annals.VBP)
			c.v = e.v
		}
		if e.cls&clAdj != 0 {
			c.set |= bit(annals.JJ)
			c.a = e.a
		}
		if e.cls&clAdv != 0 {
			c.set |= bit(annals.RB)
			c.r = e.r
		}
		if c.set != 0 {
			c.flags |= fCommon
		}
		if e.cls&clProperN != 0 {
			c.flags |= fProperN
		}
		if e.cls&clProperA != 0 {
			c.flags |= fProperA
		}
		x := e.x()
		if x.vBase != "" {
			b := lex.get(x.vBase)
			if b != nil {
				c.v = max(c.v, b.v)
			}
			if e.vIrr&irrPast != 0 {
				c.set |= bit(annals.VBD)
			}
			if e.vIrr&irrPart != 0 {
				c.set |= bit(annals.VBN)
			}
			if e.vIrr&(irrPast|irrPart) != 0 {
				c.lem[lemPast] = x.vBase
			}
			if e.vIrr&irrGer != 0 {
				c.set |= bit(annals.VBG)
				c.lem[lemVBG] = x.vBase
			}
			if e.vIrr&irrThird != 0 {
				c.set |= bit(annals.VBZ)
				c.lem[lemVBZ] = x.vBase
			}
			c.flags |= fCommon
		}
		if x.nBase != "" {
			if b := lex.get(x.nBase); b != nil {
				c.set |= bit(annals.NNS)
				c.lem[lemNNS] = x.nBase
				c.ns = b.n
				c.flags |= fCommon
			}
		}
		if x.aBase != "" && e.cls&clAdj == 0 {
			c.set |= bit(annals.JJ)
			c.lem[lemJJR] = x.aBase
			c.flags |= fCommon
		}
	}
	if len(norm) >= 4 {
		lex.inflected(norm, c)
	}
	if c.set != 0 {
		c.flags |= fKnown | fCommon
	}
}

// inflected adds the readings of norm as a regular inflection of a lexicon
// lemma: plural or third person -s, past -ed, -ing, and comparative -er.
// Candidate bases are built in a stack buffer, so lookups do not allocate
// and the lemma is the lexicon's own string.
func (lex *lexIndex) inflected(norm string, c *cand) {
	n := len(norm)
	var arr [40]byte
	if n+2 > len(arr) {
		return
	}
	switch {
	case strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss") && !strings.HasSuffix(norm, "us") && !strings.HasSuffix(norm, "'s"):
		var cands [3]*entry
		if strings.HasSuffix(norm, "ies") {
			cands[0] = lex.get(string(append(append(arr[:0], norm[:n-3]...), 'y')))
		}
		cands[2] = lex.get(norm[:n-1])
		if strings.HasSuffix(norm, "es") && (sibilantEnd(norm[:n-2]) || cands[2] == nil) {
			// taxes, buses, heroes; not hopes, unless only the -es
			// reading is known (a misspelt "departes")
			cands[1] = lex.get(norm[:n-2])
		}
		for _, b := range cands {
			if isVerb(b) && c.lem[lemVBZ] == "" {
				c.set |= bit(annals.VBZ)
				c.lem[lemVBZ] = b.word
				c.v = max(c.v, b.v)
			}
			if b == nil || b.closed != 0 {
				continue
			}
			if b.cls&clNoun != 0 && c.lem[lemNNS] == "" {
				c.set |= bit(annals.NNS)
				c.lem[lemNNS] = b.word
				c.ns = b.n
			}
		}
	case strings.HasSuffix(norm, "men") && n >= 5:
		// gunmen, servicemen: WordNet's -men → -man rule
		b := lex.get(string(append(append(arr[:0], norm[:n-3]...), 'm', 'a', 'n')))
		if b != nil && b.cls&clNoun != 0 && c.lem[lemNNS] == "" {
			c.set |= bit(annals.NNS)
			c.lem[lemNNS] = b.word
			c.ns = b.n
		}
	case strings.HasSuffix(norm, "ed"):
		if c.lem[lemPast] != "" {
			return
		}
		var cands [4]*entry
		if strings.HasSuffix(norm, "ied") {
			cands[0] = lex.get(string(append(append(arr[:0], norm[:n-3]...), 'y')))
		}
		cands[1] = lex.get(norm[:n-2])
		cands[2] = lex.get(norm[:n-1])
		if n >= 5 && norm[n-3] == norm[n-4] {
			cands[3] = lex.get(norm[:n-3])
		}
		if undoubled(norm[:n-2]) && isVerb(cands[2]) {
			cands[1] = nil // raped is rape: rap would double its p
		}
		if b := bestVerb(cands[:]); b != nil {
			c.set |= bit(annals.VBD) | bit(annals.VBN)
			c.lem[lemPast] = b.word
			c.v = max(c.v, b.v)
		}
	case strings.HasSuffix(norm, "ing") && n >= 5:
		if c.lem[lemVBG] != "" {
			return
		}
		var cands [4]*entry
		stem := norm[:n-3]
		if strings.HasSuffix(norm, "ying") {
			cands[0] = lex.get(string(append(append(arr[:0], norm[:n-4]...), 'i', 'e')))
		}
		cands[1] = lex.get(stem)
		cands[2] = lex.get(string(append(append(arr[:0], stem...), 'e')))
		if len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] {
			cands[3] = lex.get(stem[:len(stem)-1])
		}
		if undoubled(stem) && isVerb(cands[2]) {
			cands[1] = nil // raping is rape: rap would double its p
		}
		if b := bestVerb(cands[:]); b != nil {
			c.set |= bit(annals.VBG)
			c.lem[lemVBG] = b.word
			c.v = max(c.v, b.v)
		}
	case c.set&bit(annals.JJ) == 0 && (strings.HasSuffix(norm, "er") || strings.HasSuffix(norm, "est")):
		cut := 2
		if norm[n-1] == 't' {
			cut = 3
		}
		stem := norm[:n-cut]
		var cands [4]*entry
		cands[0] = lex.get(stem)
		cands[1] = lex.get(string(append(append(arr[:0], stem...), 'e')))
		if strings.HasSuffix(stem, "i") {
			cands[2] = lex.get(string(append(append(arr[:0], stem[:len(stem)-1]...), 'y')))
		}
		if len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] {
			cands[3] = lex.get(stem[:len(stem)-1])
		}
		for _, b := range cands {
			if b != nil && b.cls&clAdj != 0 && b.closed == 0 {
				c.set |= bit(annals.JJ)
				c.lem[lemJJR] = b.word
				c.a = max(c.a, b.a)
				break
			}
		}
	}
}

// undoubled reports whether stem, a form less its -ed or -ing, ends in a
// single vowel and a single consonant that a one-syllable verb would have
// doubled (rap → rapped): so the base is stem+e (raped → rape), when that
// is a verb. Longer stems are left alone: "visited", "opened" do not double
// because the stress falls earlier.
func undoubled(stem string) bool {
	n := len(stem)
	if n < 3 {
		return false
	}
	c, v, b := stem[n-1], stem[n-2], stem[n-3]
	if !isConsonant(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(v) || isVowel(b) {
		return false
	}
	// one syllable: no other vowel group before the last one
	for i := 0; i < n-2; i++ {
		if isVowel(stem[i]) {
			return false
		}
	}
	return true
}

// sibilantEnd reports whether a plural or third-person stem takes -es
// rather than -s: after s, x, z, ch, sh and o.
func sibilantEnd(stem string) bool {
	n := len(stem)
	if n == 0 {
		return false
	}
	switch stem[n-1] {
	case 's', 'x', 'z', 'o':
		return true
	case 'h':
		return n >= 2 && (stem[n-2] == 'c' || stem[n-2] == 's')
	}
	return false
}

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func isConsonant(b byte) bool { return b >= 'a' && b <= 'z' && !isVowel(b) }

// isVerb reports whether e can be the lemma of a regular verb form: a
// word WordNet lists as a verb that the function-word table does not
// claim, or one of verbFunctionWords. "backed", "backs" and "backing" come
// from "back"; nothing comes from "will", "can", "mine" or "police", and
// "owned" stays the adjective of "a wholly owned subsidiary".
func isVerb(e *entry) bool {
	return e != nil && e.cls&clVerb != 0 && (e.closed == 0 || verbFunctionWords[e.word])
}

// verbFunctionWords are function words whose inflected forms are verbs
// only: "back" is an adverb, particle or adjective in the table, but
// "backed", "backs" and "backing" are the verb's (CAMEO 051 support).
var verbFunctionWords = map[string]bool{"back": true}

// bestVerb returns the verb lemma among cands with the highest count.
func bestVerb(cands []*entry) *entry {
	var best *entry
	for _, b := range cands {
		if !isVerb(b) {
			continue
		}
		if best == nil || b.v > best.v {
			best = b
		}
	}
	return best
}

// guess gives an unknown lower-case word readings from its shape.
func guess(norm string, c *cand) {
	n := len(norm)
	if n == 0 {
		c.set = bit(annals.SYM)
		return
	}
	if hasDigit(norm) {
		c.set = bit(annals.CD)
		if i := strings.LastIndexByte(norm, '-'); i > 0 && i < n-1 && norm[n-1] >= 'a' && norm[n-1] <= 'z' {
			c.set = bit(annals.JJ) // 12-year, 50-pound
		}
		c.lem[lemBase] = norm
		return
	}
	c.lem[lemBase] = norm
	if norm[n-1] == '-' {
		c.set = bit(annals.JJ) // anti- in "anti- and pro-government"
		return
	}
	if i := strings.LastIndexByte(norm, '-'); i > 0 && i < n-1 {
		last := norm[i+1:]
		switch {
		case strings.HasSuffix(last, "ed"), strings.HasSuffix(last, "ing"), strings.HasSuffix(last, "en"):
			c.set = bit(annals.JJ)
		case strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss"):
			c.set = bit(annals.NNS) | bit(annals.JJ)
			c.lem[lemNNS] = norm[:n-1]
		default:
			c.set = bit(annals.JJ) | bit(annals.NN)
		}
		return
	}
	switch {
	case n > 4 && strings.HasSuffix(norm, "ing"):
		c.set = bit(annals.VBG) | bit(annals.NN)
		c.lem[lemVBG] = norm[:n-3]
	case n > 3 && strings.HasSuffix(norm, "ed"):
		c.set = bit(annals.VBD) | bit(annals.VBN) | bit(annals.JJ)
		c.lem[lemPast] = pastStem(norm)
	case n > 3 && strings.HasSuffix(norm, "ly"):
		c.set = bit(annals.RB)
	case nounSuffix(norm):
		c.set = bit(annals.NN)
	case adjectiveSuffix(norm):
		c.set = bit(annals.JJ) | bit(annals.NN)
	case n > 3 && strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss") && !strings.HasSuffix(norm, "us") && !strings.HasSuffix(norm, "is"):
		c.set = bit(annals.NNS) | bit(annals.VBZ)
		c.lem[lemNNS] = norm[:n-1]
		c.lem[lemVBZ] = norm[:n-1]
	default:
		c.set = bit(annals.NN)
	}
}

// pastStem guesses the base of an unknown -ed verb without allocating:
// "-ized" keeps its e (a substring), others drop "ed".
func pastStem(norm string) string {
	n := len(norm)
	switch norm[n-3] {
	case 'z', 'v', 'c', 'g', 'u', 's':
		return norm[:n-1]
	}
	return norm[:n-2]
}

// nounSuffix reports whether s ends in a noun-forming suffix: "-tion",
// "-sion", "-ment", "-ness", "-ity", "-ism", "-ship", "-ance", "-ence",
// "-ist", "-ery" or "-age". It switches on the last letter first, so an
// unknown word costs one or two comparisons, not twelve (issue 2).
func nounSuffix(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch s[len(s)-1] {
	case 'n':
		return strings.HasSuffix(s, "tion") || strings.HasSuffix(s, "sion")
	case 't':
		return strings.HasSuffix(s, "ment") || strings.HasSuffix(s, "ist")
	case 's':
		return strings.HasSuffix(s, "ness")
	case 'y':
		return strings.HasSuffix(s, "ity") || strings.HasSuffix(s, "ery")
	case 'm':
		return strings.HasSuffix(s, "ism")
	case 'p':
		return strings.HasSuffix(s, "ship")
	case 'e':
		return strings.HasSuffix(s, "ance") || strings.HasSuffix(s, "ence") || strings.HasSuffix(s, "age")
	}
	return false
}

// adjectiveSuffix reports whether s ends in an adjective-forming suffix:
// "-ous", "-ful", "-ive", "-able", "-ible", "-al", "-ic", "-less",
// "-ish", "-ian", "-ese", "-ary", "-ant" or "-ent", switching on the
// last letter as nounSuffix does.
func adjectiveSuffix(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[len(s)-1] {
	case 's':
		return strings.HasSuffix(s, "ous") || strings.HasSuffix(s, "less")
	case 'l':
		return strings.HasSuffix(s, "al") || strings.HasSuffix(s, "ful")
	case 'e':
		return strings.HasSuffix(s, "ive") || strings.HasSuffix(s, "able") || strings.HasSuffix(s, "ible") || strings.HasSuffix(s, "ese")
	case 'c':
		return strings.HasSuffix(s, "ic")
	case 'h':
		return strings.HasSuffix(s, "ish")
	case 'n':
		return strings.HasSuffix(s, "ian")
	case 'y':
		return strings.HasSuffix(s, "ary")
	case 't':
		return strings.HasSuffix(s, "ant") || strings.HasSuffix(s, "ent")
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
