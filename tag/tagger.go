package tag

import (
	"context"
	"fmt"
	"math/bits"
	"strings"
	"sync"

	"github.com/annals-project/annals"
)

// Tagger is the pipeline stage that tags, lemmatises and chunks tokens and
// splits sentences into clauses. It is immutable after [New] and safe for
// concurrent use on different Docs.
type Tagger struct {
	lex     *lexIndex
	hot     hotLexicon // analyses of the commonest words
	scratch sync.Pool  // *scratch
}

var _ annals.Stage = (*Tagger)(nil)

// scratch is per-call working memory, pooled because every sentence needs
// it and a benchmark shows the allocations otherwise dominate.
type scratch struct {
	// cands points, per token of the sentence, at its readings: the
	// memo's or the miss cache's record, read only, for most words, one
	// of punctCands for punctuation, and own[i] for a token whose
	// readings the tagger makes or changes (numbers, proper nouns). A
	// pointer is stored where the 128-byte record was copied, for nearly
	// every token.
	cands []*cand
	own   []cand
	npOf  []int32 // per token of the sentence: NP chunk index in doc.Chunks, or -1
	vgAt  []int32 // per token: doc.Verbs index of the group starting there, or -1
	// finiteAt says, per token where vgAt holds a group, whether the group
	// carries tense (its first verb or modal is finite), and firstFinite is
	// the first such token, or the sentence's length: the chunker knows
	// both when it makes the group, where the clauser asked them of the
	// group's tokens again for every group, and walked the sentence for
	// the first.
	finiteAt    []bool
	firstFinite int
	stack       []frame
	// firstComma and lastComma are the indexes of the sentence's first and
	// last comma, len and -1 when it has none: the clauser's reporting
	// forms look for commas, and most sentences have one or none.
	firstComma, lastComma int
	// words holds the readings of the words met, across the documents
	// this scratch serves.
	words wordCache
}

// tables are the parsed lexicon and its hot analyses. They are never
// written after parsing, so every Tagger shares one copy: a process that
// builds several pipelines parses the lexicon once (a tenth of a second
// each time otherwise).
type tables struct {
	lex *lexIndex
	hot hotLexicon
}

// loadTables parses the embedded lexicon on first use and returns the
// shared, read-only result.
var loadTables = sync.OnceValues(func() (*tables, error) {
	lex, store, err := parseLexicon()
	if err != nil {
		return nil, err
	}
	return &tables{lex: lex, hot: newHot(lex, store)}, nil
})

// New builds a Tagger from the embedded lexicon. It fails only if the
// embedded data is corrupt.
func New() (*Tagger, error) {
	tables, err := loadTables()
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	t := &Tagger{lex: tables.lex, hot: tables.hot}
	t.scratch.New = func() any { return new(scratch) }
	return t, nil
}

// Annotate tags and lemmatises every word token of doc, and appends its
// chunks, verb groups and clauses to doc.Chunks, doc.Verbs and
// doc.Clauses. Punctuation tags set by the segmenter are kept. It returns
// an *annals.Error with code EINVALID when a sentence's token range lies
// outside doc.Tokens, and the context's error when ctx is done.
func (t *Tagger) Annotate(ctx context.Context, doc *annals.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	sc := t.scratch.Get().(*scratch)
	defer t.scratch.Put(sc)
	for si, s := range doc.Sentences {
		if si&63 == 63 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("tag: %w", err)
			}
		}
		r := s.Tokens
		if r.Start < 0 || r.End > len(doc.Tokens) || r.Start > r.End {
			return annals.Errorf(annals.EINVALID, "sentence %d has token range [%d,%d) outside the document's %d tokens", si, r.Start, r.End, len(doc.Tokens))
		}
		if r.Start == r.End {
			continue
		}
		toks := doc.Tokens[r.Start:r.End]
		sc.grow(len(toks))
		t.tagSentence(toks, s.Title, sc)
		chunkSentence(doc, r, sc)
		clauseSentence(doc, r, sc)
	}
	return nil
}

func (sc *scratch) grow(n int) {
	if cap(sc.cands) < n {
		sc.cands = make([]*cand, n)
		sc.own = make([]cand, n)
		sc.npOf = make([]int32, n)
		sc.vgAt = make([]int32, n)
		sc.finiteAt = make([]bool, n)
	}
	sc.cands = sc.cands[:n]
	sc.own = sc.own[:n]
	sc.npOf = sc.npOf[:n]
	sc.vgAt = sc.vgAt[:n]
	sc.finiteAt = sc.finiteAt[:n]
}

// tagSentence gives each token of one sentence its readings, then picks a
// tag and lemma for each from left to right. sc.words caches the
// readings of the words met: the memo's records and analyses of the
// words the memo lacks.
//
// The readings of a word are those of its memo or analysis record,
// which every token of the word shares: sc.cands[i] points at the record
// itself, and the tagger copies it to sc.own[i] (writable) before it
// changes a token's readings, so that no record is ever written here.
// Punctuation points at punctCands.
func (t *Tagger) tagSentence(toks []annals.Token, title bool, sc *scratch) {
	cs := sc.cands[:len(toks)] // one length, so that cs[i] needs no bounds check
	own := sc.own[:len(toks)]
	cache := &sc.words
	caseless := headlineCase(toks, title)
	words := 0 // word tokens seen so far
	for i := range toks {
		tk := &toks[i]
		if !plainWord(tk) {
			if p, ok := punctTag(tk); ok {
				cs[i] = &punctCands[p&63]
				continue
			}
		}
		var c *cand
		if tk.Flags&annals.Digit != 0 {
			// No word of the lexicon holds a digit (TestNoDigitInLexicon),
			// nor then does any base analyze tries, which keeps the
			// form's digits: a number has no readings, and goes to guess
			// without the lookups (half the tokens the memo misses).
			c = &own[i]
			*c = cand{}
			guess(tk.Norm, c)
		} else {
			if c = cache.known(tk.Norm); c == nil { // wordCache.readings, inlined
				c = cache.add(&t.hot, tk.Norm)
			}
			if c.set == 0 {
				// A memo word with no readings: guess gives this token some.
				c = writable(cs, own, i, c)
				guess(tk.Norm, c)
			}
		}
		cs[i] = c
		words++
		if caseless {
			if tk.Norm == "may" && i+1 < len(toks) && toks[i+1].Has(annals.Digit) {
				writable(cs, own, i, c).properNoun(tk)
			} else if c.flags&fCommon == 0 && c.set&bit(annals.CD) == 0 {
				writable(cs, own, i, c).properNoun(tk)
			}
			continue
		}
		if tk.Flags&(annals.Cap|annals.AllCaps) == 0 {
			continue
		}
		// After "a U.S." the word is still inside the noun phrase ("a
		// U.S. Navy attack", "a U.S. Guided missile destroyer"): its
		// capital is kept as a name's.
		afterAbbrev := i > 0 && dottedAbbrev(toks[i-1].Norm) && (i < 2 || toks[i-2].Norm != "a" && toks[i-2].Norm != "an")
		switch {
		case words == 1 && t.openingParticiple(toks, cs, i):
			writable(cs, own, i, c).set = bit(annals.VBG) // "Accusing Japan of dumping, ..."
		case words == 1 || afterAbbrev:
			// Sentence-initial capitals say nothing, unless the word is
			// not a common word at all. Nor do capitals after a dotted
			// abbreviation, which may have ended a sentence: wire copy
			// (Reuters-21578 in half its cases) capitalises the word
			// after "U.S." as if it had ("the U.S. Kick off talks",
			// "U.S. Officials said").
			// A name of several capitalised words also starts this way:
			// "White House officials", "Foreign Minister Wang".
			nextCap := i+1 < len(toks) && toks[i+1].Flags&annals.Cap != 0 && toks[i+1].Flags&annals.Punct == 0
			if words > 1 && c.set&(bit(annals.VBD)|bit(annals.VBZ)) != 0 {
				// After an abbreviation a finite verb may take a name as
				// its object: "the U.S. Accused Japan".
				nextCap = false
			}
			if (c.flags&fCommon == 0 || nextCap && c.flags&fClosed == 0) && c.set&bit(annals.CD) == 0 && !c.set.only(annals.RB) {
				writable(cs, own, i, c).properNoun(tk)
			} else if c.flags&fClosed != 0 && tk.Has(annals.AllCaps) {
				writable(cs, own, i, c).properNoun(tk) // "US forces", as anywhere else
			}
		case c.flags&fClosed != 0:
			if tk.Has(annals.AllCaps) || tk.Norm == "may" {
				writable(cs, own, i, c).properNoun(tk)
			}
		case c.set&verbTags != 0 && c.flags&fCommon != 0 && tk.Flags&annals.AllCaps == 0 && i > 0 && t.lex.capsSayNothing(toks, cs, i):
			// A capitalised verb where a verb is due: after a modal
			// ("would Kick out"), or after an abbreviation that ends
			// a name and eats the stop ("the U.S. Saw no reason").
		case strings.IndexByte(tk.Norm, '-') > 0 && c.set.only(annals.JJ):
			// U.S.-led, Taliban-controlled: an adjective despite the capital.
		case c.flags&fProperA != 0:
			c = writable(cs, own, i, c)
			c.set = bit(annals.JJ) | bit(annals.NNP)
			c.lem[lemBase] = tk.Norm
		default:
			c = writable(cs, own, i, c)
			c.properNoun(tk)
			if c.set.has(annals.NNPS) && i+1 < len(toks) && toks[i+1].Flags&annals.Cap != 0 {
				c.set = bit(annals.NNP)
			}
		}
	}

	finite := false // a finite verb seen since the last clause boundary
	for i := range toks {
		c := cs[i]
		var tg annals.Tag
		switch {
		case c.set.single():
			tg = c.set.first()
		case c.flags&fClosed != 0:
			tg = closedTag(toks, cs, i, finite)
		case oneClass(c.set):
			tg = oneClassTag(toks, cs, i, finite)
		default:
			tg = openTag(toks, cs, i, finite)
		}
		tk := &toks[i]
		if tk.Norm == "'" && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == annals.NNS || toks[i-1].Tag == annals.NNPS) &&
			cs[i+1].set&(nounTags|bit(annals.JJ)) != 0 && toks[i+1].Flags&annals.Punct == 0 {
			tg = annals.POS // the countries' representation
		}
		if tk.Norm == "'" && bareApostrophePossessive(toks, cs, i) {
			tg = annals.POS // "Shultz' visit": bare_apostrophe_possessive.go
		}
		tk.Tag = tg
		if c.flags&fLemma != 0 && c.set == bit(tg) {
			tk.Lemma = c.lemma1 // lemmaOf's answer for the word, kept in its record
		} else {
			tk.Lemma = lemmaOf(tk, c, tg)
		}
		switch {
		case tg.IsVerb() && (finite || finiteTags.has(tg)) && speechVerb(tk, c, tg):
			// A reported clause may follow without "that". A speech verb
			// that is not finite, with no finite verb before it, leaves
			// finite false as the cases below do: its lemma goes unread.
			finite = false
		case finiteTags.has(tg):
			finite = true
		case boundaryTags.has(tg):
			finite = false
		case tg == annals.IN && (tk.Norm == "that" || subordinator(tk.Norm)):
			finite = false
		}
	}
}

// writable returns own[i] holding a copy of c, the readings cs[i] points
// at, and points cs[i] at it, so that the tagger changes a token's
// readings in the token's own copy, never in a shared record. The copy
// drops fLemma and fSpeech: its readings are about to change.
func writable(cs []*cand, own []cand, i int, c *cand) *cand {
	o := &own[i]
	if o != c {
		*o = *c
		o.flags &^= fLemma | fSpeech
		cs[i] = o
	}
	return o
}

// keepPerWord records in c, the readings of the word norm in the memo or
// the miss cache, what the tagger and the clauser would otherwise work
// out from the word for each of its tokens: the lemma of its only
// reading, when it has one (fLemma), and which of its verb readings have
// a speech verb's lemma (fSpeech). Most tokens have one reading, and
// their lemma is then read in one load where lemmaOf took some thirty
// instructions; a verb's speech test is a bit where a word-set lookup
// took some fifty, asked by the tagger and again by the clauser. lemmaOf
// reads nothing of a token but its Norm, which is the record's word, so
// these are the answers each token of the word would get.
func (c *cand) keepPerWord(norm string) {
	tk := annals.Token{Norm: norm}
	if c.set.single() {
		c.lemma1 = lemmaOf(&tk, c, c.set.first())
		c.flags |= fLemma
	}
	for vs := c.set & verbTags; vs != 0; vs &= vs - 1 {
		if tg := vs.first(); speechVerbsSet.has(lemmaOf(&tk, c, tg)) {
			c.speech |= 1 << (tg - annals.VB)
		}
	}
	c.flags |= fSpeech
}

// speechVerb reports whether tk, read as tg with the readings c, has a
// speech verb's lemma: from c's record for a verb reading of it, else by
// looking the lemma up.
func speechVerb(tk *annals.Token, c *cand, tg annals.Tag) bool {
	if c.flags&fSpeech != 0 && c.set&verbTags&bit(tg) != 0 {
		return c.speech>>((tg-annals.VB)&7)&1 != 0
	}
	return speechVerbsSet.has(tk.Lemma)
}

// punctCands holds the readings of a punctuation or symbol token by its
// tag: that tag alone, final as a closed class's. Their lemma is left
// empty: lemmaOf gives such a token its Norm, as it would from a lemma
// set to the Norm.
var punctCands = func() (cs [64]cand) {
	for t := range cs {
		cs[t] = cand{set: bit(annals.Tag(t)), pref: annals.Tag(t), flags: fClosed}
	}
	return cs
}()

// properNoun makes c a proper noun reading: plural when the word is a
// regular plural of a common noun (States, Emirates).
func (c *cand) properNoun(tk *annals.Token) {
	plural := c.flags&fKnown != 0 && c.set.has(annals.NNS) && !c.set.has(annals.NN) && len(tk.Norm) > 3 && tk.Norm[len(tk.Norm)-1] == 's'
	c.set, c.flags = bit(annals.NNP), c.flags&^(fClosed|fCommon)
	if plural {
		c.set = bit(annals.NNPS)
	}
	c.lem[lemBase] = tk.Norm
}

// capsSayNothing reports whether the capital of the common word i, which
// has a verb reading, is noise: the token before is a modal, or an
// abbreviation ending in a stop with a determiner or pronoun after the
// word, so that the word is the verb of the clause.
func (lex *lexIndex) capsSayNothing(toks []annals.Token, cs []*cand, i int) bool {
	p := cs[i-1]
	if p.flags&fClosed != 0 && p.set.only(annals.MD) && toks[i-1].Flags&annals.Cap == 0 {
		return cs[i].set&(bit(annals.VB)|bit(annals.VBP)) != 0
	}
	if !dottedAbbrev(toks[i-1].Norm) || i+1 >= len(toks) {
		return false
	}
	// The next token is not analysed yet: look it up.
	e := lex.get(toks[i+1].Norm)
	return cs[i].set&(bit(annals.VBD)|bit(annals.VBZ)) != 0 && toks[i+1].Flags&annals.Cap == 0 &&
		e != nil && e.closed&(bit(annals.DT)|bit(annals.PRPS)|bit(annals.PRP)) != 0
}

// dottedAbbrev reports whether w is an abbreviation with inner stops that
// ends in one: U.S., U.K., N.V. It inlines, where a call to IndexByte
// kept it from it: the tagger asks it of the word before every
// capitalised word, and nearly every one ends in no stop.
func dottedAbbrev(w string) bool {
	if len(w) < 3 || w[len(w)-1] != '.' {
		return false
	}
	for i := len(w) - 2; i >= 0; i-- {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// headlineCase reports whether the sentence's capitals carry no
// information: a title in Headline Case, or a sentence in capitals.
func headlineCase(toks []annals.Token, title bool) bool {
	words, caps, all := 0, 0, 0
	for i := range toks {
		tk := &toks[i]
		if tk.Flags&(annals.Punct|annals.Digit) != 0 || tk.Norm == "" {
			continue
		}
		words++
		if f := tk.Flags; f&(annals.Cap|annals.AllCaps) != 0 {
			caps++
			if f&annals.AllCaps != 0 {
				all++
			}
		} else if !title && 4*(words-all) > all+len(toks)-1-i {
			// Too many words not in capitals for the rest to make four
			// in five: the answer is already no.
			return false
		}
	}
	if words < 3 {
		return false
	}
	return all*5 >= words*4 || (title && caps*5 >= words*3)
}

// wordByte marks the bytes that make a token a word for punctTag: ASCII
// letters and digits, the apostrophe and every byte of a multi-byte
// character. A word's first byte is nearly always one, so the table answers
// most tokens with one load.
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x80 || c == '\'' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// plainWord reports whether tk is surely a word, for which punctTag
// reports false: the segmenter set it no punctuation tag and its form
// begins with a word byte. It answers most tokens without a call.
func plainWord(tk *annals.Token) bool {
	return !punctTags.has(tk.Tag) && tk.Norm != "" && wordByte[tk.Norm[0]]
}

// punctTag returns the tag of a punctuation or symbol token: the one the
// segmenter set, or one from the token's form.
func punctTag(tk *annals.Token) (annals.Tag, bool) {
	if punctTags.has(tk.Tag) {
		return tk.Tag, true
	}
	n := tk.Norm
	if n == "" {
		return annals.SYM, true
	}
	for i := 0; i < len(n); i++ {
		if wordByte[n[i]] {
			return 0, false
		}
	}
	switch n {
	case ",":
		return annals.COMMA, true
	case ".", "!", "?":
		return annals.STOP, true
	case "\"", "`", "``":
		return annals.QUOTE, true
	case "$", "%", "#", "&", "+", "=", "<", ">", "@":
		return annals.SYM, true
	}
	return annals.PUNCT, true
}

// lemmaOf returns the lemma of tk read as tg. It reads nothing of tk but
// its Norm (see keepPerWord).
func lemmaOf(tk *annals.Token, c *cand, tg annals.Tag) string {
	switch tk.Norm {
	case "'s":
		if tg == annals.VBZ {
			return "be"
		}
		return "'s"
	case "'d":
		if tg == annals.VBD {
			return "have"
		}
		return "would"
	}
	if tg == annals.NNP || tg == annals.NNPS {
		return tk.Norm
	}
	if c.flags&fClosed != 0 && c.lem[lemBase] != "" {
		return c.lem[lemBase]
	}
	if l := c.lemma(tg); l != "" {
		return l
	}
	return tk.Norm
}

// subordinator reports whether w is a conjunction that opens a
// subordinate clause. The tagger and the clauser ask it of every
// preposition; a switch answers in a few comparisons where a map hashes
// the word (issue 2).
func subordinator(w string) bool {
	switch w {
	case "because", "after", "before", "while", "although",
		"though", "if", "as", "since", "when", "unless",
		"until", "whereas", "once", "whenever", "where":
		return true
	}
	return false
}

// Context scores. A candidate's score starts from the log of its WordNet
// count and moves by these amounts for each piece of context.
const (
	weak   = 1
	medium = 3
	strong = 6
)

func prior(n uint16) int { return bits.Len16(n) }

// scoredTags are the readings openTag scores: a noun, a verb, an
// adjective or an adverb.
const scoredTags = nounTags | verbTags | 1<<annals.JJ | 1<<annals.RB

// oneClass reports whether the word of readings set, neither closed-class
// nor of one reading, has its scored readings in one class: nouns alone,
// verbs alone, the adjective or the adverb (about one open word in nine
// over Reuters). openTag starts each class the word cannot be at a score
// so low that no sum of its bonuses (a few dozen at most) lifts it near
// one the word can be, so it picks that class whatever the word's
// neighbours, and oneClassTag picks it without summing their bonuses.
func oneClass(set tagSet) bool {
	s := set & scoredTags
	return s != 0 && (s&^nounTags == 0 || s&^verbTags == 0 || s.single())
}

// oneClassTag is openTag's answer for a word oneClass admits.
func oneClassTag(toks []annals.Token, cs []*cand, i int, finite bool) annals.Tag {
	switch s := cs[i].set & scoredTags; {
	case s&^nounTags == 0:
		return nounForm(cs[i])
	case s&^verbTags == 0:
		return verbForm(toks, cs, i, finite)
	default:
		return s.first() // JJ or RB
	}
}

// openTag picks the tag of an ambiguous open-class word from its priors
// and its neighbours: the tags already chosen to the left and the readings
// of the word to the right.
func openTag(toks []annals.Token, cs []*cand, i int, finite bool) annals.Tag {
	c := cs[i]
	set := c.set
	if set == bit(annals.JJ)|bit(annals.NNP) {
		if i+1 < len(toks) && cs[i+1].set&nounTags != 0 {
			return annals.JJ
		}
		return annals.NNP
	}
	const none = -1 << 20
	sN, sV, sA, sR := none, none, none, none
	if set&nounTags != 0 {
		sN = prior(max(c.n, c.ns))
	}
	if set&verbTags != 0 {
		sV = prior(c.v)
	}
	if set.has(annals.JJ) {
		sA = prior(c.a)
	}
	if set.has(annals.RB) {
		sR = prior(c.r)
	}
	participle := set&(bit(annals.VBN)|bit(annals.VBG)) != 0
	finiteOnly := set&verbTags&^(bit(annals.VBN)|bit(annals.VBG)) != 0 && !participle

	prev, pi, eff, ei := neighbours(toks, i)
	var next tagSet
	var nextFlags uint8
	nextNorm := ""
	if i+1 < len(toks) {
		next, nextFlags, nextNorm = cs[i+1].set, cs[i+1].flags, toks[i+1].Norm
	}
	nextNoun := next != 0 && next&^(nounTags|bit(annals.JJ)) == 0 && next&nounTags != 0

	switch prev {
	case annals.TagUnknown, annals.QUOTE, annals.PUNCT:
		sN += weak
		if !participle {
			sV -= medium
		}
		if set.has(annals.VBG) && participleClause(cs, i) {
			sV += medium // "Following talks with the Taliban, Qatar agreed"
		}
	case annals.DT, annals.PRPS, annals.POS, annals.CD:
		sN += strong
		sA += medium + weak
		sV -= strong
		if participle && nextNoun && !set.has(annals.NN) {
			sV += strong + medium
		}
		if prev == annals.CD && set&(bit(annals.VBD)|bit(annals.VBN)) != 0 && next&(bit(annals.IN)|bit(annals.TO)) != 0 && next&(nounTags|verbTags) == 0 {
			// A number is a noun phrase of its own, and a past form
			// after it with a preposition next is its verb ("the six
			// agreed to cooperate", "75 mln placed with banks").
			sV += strong + medium
		}
	case annals.JJ:
		sN += strong - weak
		sA += weak
		sV -= medium + weak
	case annals.IN:
		sN += medium + weak
		sA += weak
		if set.has(annals.VBG) && i+2 < len(toks) && cs[i+1].set&npStart != 0 {
			sV += medium
		} else {
			sV -= medium + weak
		}
	case annals.NN, annals.NNS, annals.NNP, annals.NNPS:
		if indefiniteBefore(toks, pi) {
			// "a U.S. state": a name after "a" modifies a noun
			sN += strong
		}
		if !finite && !nextNoun && c.n > c.v && baseAfterSingular(toks, cs, set, prev, pi) && determinedRun(toks, pi) {
			// "the Government broker this morning sold": after "the"
			// and a singular noun a base form would need its -s, and a
			// word more often a noun than a verb heads the noun phrase.
			sV -= strong
			sN += medium
		}
		if !finite && nextNoun && toks[i+1].Flags&annals.Cap == 0 && baseAfterSingular(toks, cs, set, prev, pi) {
			// "The U.S. trade deficit": between a singular noun, which
			// takes no base-form verb, and a common noun, the word is
			// part of the noun phrase.
			sV -= strong
			sN += medium
		} else if !finite && set&(bit(annals.VBZ)|bit(annals.NNS)) == bit(annals.VBZ)|bit(annals.NNS) {
			sV += weak
		} else if !finite {
			sV += medium
		} else {
			sN += weak
			if !participle {
				sV -= weak
			}
		}
		sA -= weak
		if (prev == annals.NNP || prev == annals.NNPS) && set.has(annals.NN) && set.has(annals.VBG) && (nextNorm == "for" || nextNorm == "of") {
			// "reaffirmed U.S. backing for the accord": the -ing noun
			// takes the name as its modifier and "for" as its object.
			sN += strong
		}
		if finite && (prev == annals.NNP || prev == annals.NNPS) && set.has(annals.JJ) && set.has(annals.VBN) &&
			next&(bit(annals.NN)|bit(annals.NNS)) != 0 && next&(bit(annals.DT)|bit(annals.IN)|bit(annals.NNP)) == 0 {
			// Once the clause has its verb, a participle between a name
			// and a common noun modifies the noun ("giving the U.S.
			// backed rebels aid").
			sA += strong + medium
		}
	case annals.CC:
		if b, _ := tagBefore(toks, pi); b.IsVerb() {
			sV += medium + weak
		} else if b.IsNoun() {
			sN += medium
			if correlativePair(toks, pi) {
				sN += strong // "through both banks and brokers": the pair's second noun
			}
		} else if b == annals.JJ {
			sA += medium
		}
	case annals.COMMA:
		sN += weak
	case annals.RP:
		// After a verb's particle comes its object ("broke off talks").
		sN += medium
		sV -= medium
	}
	switch {
	case eff == annals.MD:
		sV += strong + medium
		sN -= medium
	case eff == annals.TO:
		if set.has(annals.VB) {
			sV += strong
			sN -= medium
			if infinitiveTo(toks, ei, i, set) {
				// An adjective seldom follows the infinitive marker; a
				// comparative does after the preposition ("due to
				// lower prices"), as any does after an adjective's
				// "to" ("subject to close scrutiny").
				sA -= medium
			}
		} else {
			// No base form to follow "to": the preposition's object
			// ("agreed to demands for").
			sV -= strong
			sN += medium
		}
	case eff == annals.PRP || eff == annals.WDT || eff == annals.WP || eff == annals.EX:
		sV += strong
		sN -= medium
	case eff.IsVerb():
		l := toks[ei].Lemma
		if aux(l) {
			if (l == "be" || l == "get" || l == "have") && participle {
				sV += strong
			}
			if l == "be" {
				sA += medium
			}
			if l == "have" {
				sA -= medium
			}
			if l == "do" {
				sV += strong
			}
			sN -= weak
		} else if prev == eff {
			sN += medium
			sA += weak + weak
			sV -= weak + weak
		}
	}
	if participle && nextNorm == "by" && i+2 < len(toks) && !toks[i+2].Has(annals.Digit) && set&(bit(annals.VBN)|bit(annals.VBD)) != 0 {
		// A past form before "by" and its agent is a passive verb
		// ("rebels backed by Iran", "if approved by Congress"); "by"
		// with a number measures a change instead ("rose by 5 pct").
		sV += strong
	}
	if sR > none && i+1 < len(toks) && next&(verbTags|bit(annals.JJ)) != 0 && next&nounTags == 0 {
		sR += medium
	}
	switch {
	case next == 0:
	case next.only(annals.DT) || next.only(annals.PRPS) || (next.only(annals.PRP) && nextNorm != "it"):
		sV += medium
		sN -= weak + weak
	case next.only(annals.MD) || (next&finiteTags != 0 && next&^(verbTags|bit(annals.MD)) == 0):
		sN += medium + weak
		sV -= medium
	case next&finiteTags != 0 && next&^(verbTags|bit(annals.JJ)) == 0 && !modifiesNext(cs, i+1):
		// A verb that is not an adjective of the word after it: two
		// finite verbs do not follow each other, so this one is the
		// subject noun ("US forces attacked", "delegates said").
		sN += medium + weak
		sV -= medium
	case next.only(annals.TO):
		if !finite {
			sV += weak + weak
		}
	case nextNorm == "of":
		sN += medium + weak
		sV -= weak
	case nextNoun:
		sA += medium + weak + weak
		sN += weak
		sV += weak
	case next&nounTags != 0 && next&bit(annals.NN) != 0:
		sA += medium
	case next.only(annals.STOP) || next.only(annals.COMMA):
		sN += medium
	}
	infinitive := eff == annals.MD || eff.IsVerb() && toks[ei].Lemma == "do" || eff == annals.TO && infinitiveTo(toks, ei, i, set)
	if finite && finiteOnly && !infinitive {
		// A second finite verb is unlikely, but after "to" or a modal the
		// base form is no finite verb ("wants to fund growth").
		sV -= medium
	}
	// The flag fOffice is isOfficeNoun of the form, set by analyze: every
	// word token's readings come from it (memo, misses), and punctuation
	// and numbers, which get theirs elsewhere, are no office nouns.
	if set.has(annals.NN) && (nextFlags&fOffice != 0 && !set.has(annals.JJ) || c.flags&fOffice != 0) {
		// "finance minister", "trade secretary", "defence ministry": an
		// office and its field are nouns, whatever else the words can be.
		sN += strong + strong
	}

	if set.has(annals.JJ) && set&(bit(annals.VBD)|bit(annals.VBN)) != 0 && namedModifier(toks, cs, i) {
		// "Peking backed China Everbright said": between two names and
		// before the second one's verb, the past form joins the first
		// name to the second as a modifier ("Peking-backed").
		sA += strong + strong
	}

	// nounAfterDeterminedNoun's first tests (a seen noun reading or an
	// agent participle after, verb readings of the base forms only, a
	// word before), asked here to spare most words the call, the nouns
	// with no verb reading among them.
	if set.has(annals.NN) && set&verbTags != 0 && set&verbTags&^(bit(annals.VB)|bit(annals.VBP)) == 0 && i > 0 &&
		(c.n != 0 || agentParticipleAt(toks, cs, i+1)) && nounAfterDeterminedNoun(toks, cs, i) {
		sV -= strong + strong // "a trade deal with": noun_phrase_heads.go
		sN += medium
	}

	best, bs := annals.NN, sN
	if sV > bs {
		best, bs = annals.VB, sV
	}
	if sA > bs {
		best, bs = annals.JJ, sA
	}
	if sR > bs {
		best = annals.RB
	}
	switch best {
	case annals.NN:
		return nounForm(c)
	case annals.VB:
		return verbForm(toks, cs, i, finite)
	}
	return best
}

// nounForm picks the noun tag of a word read as a noun: the plural when
// it may be one and is at least a quarter as common as the singular.
func nounForm(c *cand) annals.Tag {
	set := c.set
	switch {
	case set.has(annals.NN) && set.has(annals.NNS):
		if 4*int(c.ns) >= int(c.n) {
			return annals.NNS
		}
		return annals.NN
	case set.has(annals.NNS):
		return annals.NNS
	case set.has(annals.NNPS):
		return annals.NNPS
	case set.has(annals.NNP):
		return annals.NNP
	}
	return annals.NN
}

// infinitiveTo reports whether "to" at index k is surely the infinitive
// marker for word i, which has readings set: not when that word may be a
// comparative in -er, which follows the preposition as
// often ("due to lower prices"), nor after an adjective, whose "to" is
// as often a preposition ("subject to close scrutiny").
func infinitiveTo(toks []annals.Token, k, i int, set tagSet) bool {
	if set.has(annals.JJ) && strings.HasSuffix(toks[i].Norm, "er") {
		return false
	}
	return k < 1 || toks[k-1].Tag != annals.JJ
}

// baseAfterSingular reports whether a word whose only verb readings are
// the base form follows a singular noun, not a nationality word that may
// be an adjective ("Kenyan metal workers"), that stands alone as a subject (no
// "and" or comma before its run of nouns, which could make the subject
// plural: "Israel and Egypt trade fire"). Such a verb would need its -s.
func baseAfterSingular(toks []annals.Token, cs []*cand, set tagSet, prev annals.Tag, pi int) bool {
	if prev != annals.NN && prev != annals.NNP || cs[pi].flags&fProperA != 0 || set&verbTags&^(bit(annals.VB)|bit(annals.VBP)) != 0 || set&nounTags == 0 {
		return false
	}
	k := pi
	for k >= 0 && toks[k].Tag.IsNoun() {
		if toks[k].Tag == annals.NNS || toks[k].Tag == annals.NNPS {
			return false
		}
		k--
	}
	return k < 0 || toks[k].Tag != annals.CC && toks[k].Tag != annals.COMMA
}

// determinedRun reports whether the run of nouns ending at token p opens
// right after a determiner: "the Government" in "the Government broker".
func determinedRun(toks []annals.Token, p int) bool {
	k := p
	for k >= 0 && toks[k].Tag.IsNoun() {
		k--
	}
	return k >= 0 && k < p && toks[k].Tag == annals.DT
}

// indefiniteBefore reports whether the run of proper nouns ending at
// token p follows "a" or "an", so is a modifier in a singular noun phrase.
func indefiniteBefore(toks []annals.Token, p int) bool {
	k := p
	for k >= 0 && (toks[k].Tag == annals.NNP || toks[k].Tag == annals.NNPS) {
		k--
	}
	return k >= 0 && k < p && (toks[k].Norm == "a" || toks[k].Norm == "an")
}

// modifiesNext reports whether token k can modify the noun after it, as
// "armed" does in "says armed men".
func modifiesNext(cs []*cand, k int) bool {
	return k+1 < len(cs) && cs[k+1].set&(nounTags|bit(annals.JJ)) != 0 && cs[k].set.has(annals.JJ) ||
		k+1 < len(cs) && cs[k].set&(bit(annals.VBN)|bit(annals.VBG)) != 0 && cs[k+1].set&nounTags != 0 && cs[k+1].set&verbTags == 0
}

// namedPasts are the past forms that join a name to what it stands behind,
// written with or without a hyphen: "U.S.-backed rebels", "Peking backed
// <China Everbright>", "state owned firms". A speech verb is none: "Reagan
// said Iran would" reports.
var namedPasts = map[string]bool{
	"backed": true, "owned": true, "funded": true, "financed": true, "sponsored": true, "controlled": true,
}

// namedModifier reports whether the past form i stands between a
// capitalised name and a run of capitalised names (or the brackets round a
// company's name) that a word which can only be a finite verb follows:
// "Peking backed <China Everbright Holdings> said", where one clause cannot
// hold two finite verbs with no boundary between them.
func namedModifier(toks []annals.Token, cs []*cand, i int) bool {
	// The tests of the word before come first: they read a flag and a set
	// where the list's test looks the word up.
	if i == 0 || toks[i-1].Flags&annals.Cap == 0 || cs[i-1].set&(bit(annals.NNP)|bit(annals.NNPS)) == 0 || cs[i-1].set&(bit(annals.NN)|bit(annals.NNS)) != 0 || !namedPastsSet.has(toks[i].Norm) {
		return false
	}
	n := 0
	j := i + 1
	for ; j < len(cs) && j < i+10; j++ {
		s := cs[j].set
		if !(toks[j].Flags&annals.Cap != 0 && s&nounTags != 0 || s.only(annals.SYM)) {
			break
		}
		if !s.only(annals.SYM) {
			n++
		}
	}
	return n > 0 && j < len(cs) && cs[j].set&finiteTags != 0 && cs[j].set&(nounTags|bit(annals.POS)) == 0
}

// participleClause reports whether the -ing word i opening a sentence
// heads a participle clause: a comma follows before any word that can only
// be a finite verb ("Following conversations with X, Y agreed").
func participleClause(cs []*cand, i int) bool {
	for j := i + 1; j < len(cs) && j < i+16; j++ {
		s := cs[j].set
		switch {
		case s.only(annals.COMMA):
			return j > i+1
		case s&(punctTags|bit(annals.WDT)|bit(annals.WP)) != 0 && s&^punctTags == 0:
			return false
		case s&finiteTags != 0 && s&nounTags == 0:
			return false
		}
	}
	return false
}

// asideEnds reports whether the participle phrase opened by token i after
// a comma closes with another comma followed by a word that can only be a
// finite verb, so the phrase is an aside and that word the main verb
// ("The minister, faced with protests, resigned").
func asideEnds(cs []*cand, i int) bool {
	for j := i + 1; j+1 < len(cs) && j < i+16; j++ {
		s := cs[j].set
		if s&punctTags != 0 && s&^punctTags == 0 {
			if !s.only(annals.COMMA) {
				return false
			}
			k := j + 1
			if cs[k].set.only(annals.RB) && k+1 < len(cs) {
				k++
			}
			n := cs[k].set
			return n&finiteTags != 0 && n&(nounTags|bit(annals.JJ)|bit(annals.DT)) == 0
		}
	}
	return false
}

// reducedRelative reports whether the past form i after a noun, with no
// object after it, begins a reduced relative clause: the clause's own
// finite verb is still to come ("Two men from the village arrested in May
// were released").
func reducedRelative(toks []annals.Token, cs []*cand, i int) bool {
	if i+1 >= len(toks) || cs[i+1].set&(npStart|verbTags|bit(annals.MD)) != 0 && cs[i+1].set&bit(annals.IN) == 0 {
		return false // an object or a verb follows: a finite verb, not a participle
	}
	for j := i + 1; j < len(toks) && j < i+12; j++ {
		s := cs[j].set
		switch {
		case s&(punctTags|bit(annals.CC)|bit(annals.WDT)|bit(annals.WP)|bit(annals.WRB)) != 0:
			return false
		case toks[j].Norm == "that" || subordinator(toks[j].Norm) && s&bit(annals.IN) != 0 && j > i+1:
			return false
		case s&finiteTags != 0 && s&(nounTags|bit(annals.VBN)|bit(annals.JJ)|bit(annals.VB)) == 0:
			return true
		}
	}
	return false
}

// tagBefore returns the tag of the nearest token before i, skipping
// nothing, and its index; TagUnknown and -1 at the sentence start.
func tagBefore(toks []annals.Token, i int) (annals.Tag, int) {
	if i <= 0 {
		return annals.TagUnknown, -1
	}
	return toks[i-1].Tag, i - 1
}

// aux reports whether a verb lemma is an auxiliary.
func aux(lemma string) bool {
	switch lemma {
	case "be", "have", "do", "get":
		return true
	}
	return false
}

// verbForm picks among the verb readings of token i.
func verbForm(toks []annals.Token, cs []*cand, i int, finite bool) annals.Tag {
	set := cs[i].set & verbTags
	if set.single() {
		return set.first()
	}
	prev, pi, eff, ei := neighbours(toks, i)
	effLemma := ""
	if ei >= 0 {
		effLemma = toks[ei].Lemma
	}
	base := set&(bit(annals.VB)|bit(annals.VBP)) != 0
	if base && (eff == annals.TO || eff == annals.MD || (eff.IsVerb() && effLemma == "do")) {
		return annals.VB
	}
	if base && eff.IsVerb() && effLemma == "have" && !set.has(annals.VBN) {
		return annals.VBN // come, become, put: the participle is the base form
	}
	if set.has(annals.VBD) || set.has(annals.VBN) {
		part := false
		switch {
		case eff.IsVerb() && (effLemma == "be" || effLemma == "have" || effLemma == "get"):
			part = true
		case prev == annals.DT || prev == annals.PRPS || prev == annals.POS || prev == annals.IN || prev == annals.JJ:
			part = true
		case prev == annals.CC:
			b, _ := tagBefore(toks, pi)
			part = b == annals.VBN
		case prev == annals.VBD || prev == annals.VBN:
			part = true
		case prev.IsNoun() && finite:
			part = true
		case prev.IsNoun() && reducedRelative(toks, cs, i):
			part = true
		case i+1 < len(toks) && toks[i+1].Norm == "by" && (i+2 >= len(toks) || !toks[i+2].Has(annals.Digit)):
			part = true // a passive's agent, not a change's size ("rose by 5 pct")
		case i+2 < len(toks) && toks[i+2].Norm == "by" && strings.HasSuffix(toks[i+1].Norm, "ly") && cs[i+1].set.has(annals.RB) && (i+3 >= len(toks) || !toks[i+3].Has(annals.Digit)):
			part = true // "backed generally by his colleagues": an adverb before the agent
		case prev == annals.COMMA && i+1 < len(toks) && toks[i+1].Norm == "with" && set.has(annals.VBN) && asideEnds(cs, i):
			part = true // an aside: "The minister, faced with protests, resigned"
		}
		switch {
		case part && set.has(annals.VBN):
			return annals.VBN
		case set.has(annals.VBD):
			return annals.VBD
		case set.has(annals.VBN) && !base:
			return annals.VBN
		}
	}
	if base {
		switch {
		case prev == annals.CC:
			if b, _ := tagBefore(toks, pi); b == annals.VB || b == annals.VBP {
				return b
			}
		case eff == annals.PRP || eff.IsNoun() || eff == annals.WDT || eff == annals.WP || eff == annals.EX:
			if set.has(annals.VBP) {
				return annals.VBP
			}
		}
		if set.has(annals.VB) {
			return annals.VB
		}
		return annals.VBP
	}
	return set.first()
}

// neighbours returns the tag and index of the token before i, and of the
// nearest one before it that is not an adverb ("has not yet agreed").
func neighbours(toks []annals.Token, i int) (prev annals.Tag, pi int, eff annals.Tag, ei int) {
	prev, pi = tagBefore(toks, i)
	eff, ei = prev, pi
	for eff == annals.RB && ei > 0 {
		eff, ei = tagBefore(toks, ei)
	}
	return prev, pi, eff, ei
}

// closedTag picks the tag of an ambiguous function word; finite says
// whether the clause has had its finite verb.
func closedTag(toks []annals.Token, cs []*cand, i int, finite bool) annals.Tag {
	c := cs[i]
	prev, pi, eff, ei := neighbours(toks, i)
	var next tagSet
	nextNorm := ""
	if i+1 < len(toks) {
		next, nextNorm = cs[i+1].set, toks[i+1].Norm
	}
	nextNP := next&npStart != 0 && next&verbTags == 0
	nextNominal := next&(nounTags|bit(annals.JJ)|bit(annals.CD)) != 0
	norm := toks[i].Norm
	switch norm {
	case "that":
		switch {
		case prev.IsVerb():
			if speechVerbsSet.has(toks[pi].Lemma) || !next.only(annals.NN) {
				return annals.IN
			}
			return annals.DT
		case prev.IsNoun() || prev == annals.PRP:
			if next&(verbTags|bit(annals.MD)|bit(annals.RB)) != 0 && next&nounTags == 0 {
				return annals.WDT
			}
			// "told reporters that ...", unless a complement has begun.
			for k := i - 1; k >= 0 && k >= i-8; k-- {
				if toks[k].Tag == annals.IN && toks[k].Norm == "that" || toks[k].Tag.IsVerb() && !speechVerbsSet.has(toks[k].Lemma) {
					break
				}
				if toks[k].Tag.IsVerb() {
					return annals.IN
				}
			}
			return annals.WDT
		case next&nounTags != 0 && next&verbTags == 0:
			return annals.DT
		case prev == annals.COMMA || prev == annals.RB:
			return annals.IN
		}
		return annals.DT
	case "'s":
		if prev.IsNoun() && next&(bit(annals.VBN)|bit(annals.VBG)) != 0 && i+2 < len(toks) && cs[i+2].set&nounTags != 0 && cs[i+2].set&finiteTags == 0 {
			return annals.POS // "Iran's elected president"
		}
		if prev == annals.PRP || prev == annals.WP || prev == annals.EX || prev == annals.DT || prev == annals.WDT ||
			next != 0 && next&^(bit(annals.VBN)|bit(annals.VBG)|bit(annals.DT)|bit(annals.RB)|bit(annals.TO)|bit(annals.PRP)|bit(annals.IN)) == 0 {
			return annals.VBZ
		}
		return annals.POS
	case "'d":
		if next.has(annals.VBN) {
			return annals.VBD
		}
		return annals.MD
	case "her":
		if nextNominal {
			return annals.PRPS
		}
		return annals.PRP
	case "there":
		if next&(verbTags|bit(annals.MD)) != 0 {
			return annals.EX
		}
		return annals.RB
	case "no":
		if nextNorm == "longer" {
			return annals.RB
		}
		return annals.DT
	case "half":
		if next.has(annals.DT) {
			return annals.DT
		}
		return annals.NN
	case "like":
		if eff == annals.PRP || eff == annals.MD || eff == annals.TO || eff == annals.NNS {
			if eff == annals.MD || eff == annals.TO {
				return annals.VB
			}
			return annals.VBP
		}
		return annals.IN
	case "have", "do":
		if eff == annals.TO || eff == annals.MD || (eff.IsVerb() && toks[ei].Lemma == "do") {
			return annals.VB
		}
		return annals.VBP
	case "had":
		if eff.IsVerb() && toks[ei].Lemma == "have" {
			return annals.VBN
		}
		return annals.VBD
	case "so":
		if nextNorm == "that" {
			return annals.IN
		}
		return annals.RB
	case "yet":
		if prev == annals.COMMA {
			return annals.CC
		}
		return annals.RB
	case "either", "neither":
		if nextNominal {
			return annals.DT
		}
		return annals.CC
	case "only", "later", "first", "last", "further", "more", "most", "less", "least", "much":
		if c.set.has(annals.RB) && (next.only(annals.JJ) || next.only(annals.RB)) {
			return annals.RB
		}
		if c.set.has(annals.JJ) && (prev == annals.DT || prev == annals.PRPS || prev == annals.POS || (nextNominal && next&bit(annals.JJ) == 0) || nextNorm == "than") {
			return annals.JJ
		}
		if c.set.has(annals.RB) {
			return annals.RB
		}
	case "back":
		// Also a verb: after a modal ("will back the plan", "would back
		// down"), after "to" with a determiner, pronoun or name next
		// ("to back Iran", but "entitled to back pay"), or after a
		// subject with an object next.
		if eff == annals.MD || eff.IsVerb() && toks[ei].Lemma == "do" ||
			eff == annals.TO && next&(bit(annals.DT)|bit(annals.PRPS)|bit(annals.PRP)|bit(annals.NNP)|bit(annals.NNPS)) != 0 && next&verbTags == 0 {
			return annals.VB
		}
		if (eff.IsNoun() || eff == annals.PRP) && !finite && ei == i-1 && next&(bit(annals.DT)|bit(annals.PRPS)) != 0 && next&verbTags == 0 {
			// "Britain and France back the plan": a subject with no
			// verb yet, and an object next.
			return annals.VBP
		}
	case "such":
		return annals.JJ
	case "longer":
		if prev == annals.RB && (toks[pi].Norm == "no" || toks[pi].Norm == "any") {
			return annals.RB
		}
		return annals.JJ
	}
	if c.set.has(annals.RP) && eff.IsVerb() && ei == i-1 {
		if c.set.has(annals.IN) && nextNP && norm == "over" {
			return annals.IN
		}
		return annals.RP
	}
	if c.set.has(annals.IN) && (nextNP || c.pref == annals.IN) {
		return annals.IN
	}
	if c.set.has(annals.RB) {
		return annals.RB
	}
	return c.pref
}

// officeNoun lists the heads of titles and bodies that a field noun
// modifies: "finance minister", "trade ministry", "defence secretary".
var officeNoun = map[string]bool{
	"minister": true, "ministers": true, "ministry": true, "ministries": true,
	"secretary": true, "secretaries": true, "spokesman": true, "spokeswoman": true,
}

// officeFirst holds the first bytes of officeNoun's words: openTag asks
// of most nouns and their next words, and most begin with another letter.
var officeFirst = func() (first [256]bool) {
	for w := range officeNoun {
		first[w[0]] = true
	}
	return first
}()

// isOfficeNoun reports whether w is a word of officeNoun.
func isOfficeNoun(w string) bool { return w != "" && officeFirst[w[0]] && officeNoun[w] }
