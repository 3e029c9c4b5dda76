// Package event codes CAMEO events from a tagged Doc: for every verb group
// whose lemma heads a dictionary pattern it finds the pattern that matches
// the words after the verb, the source (the clause's subject, inherited from
// a coordinated or relative clause's antecedent, or the "by" phrase of a
// passive) and the target (the pattern's `+` slot or the first actor after
// the pattern), and records why: the verb span, the entry that fired and the
// steps that found the actors.
//
// A sentence with no codable dyad yields no event: a source is always
// required, a target unless the pattern says `target: none`.
package event

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/dict"
)

// Coder codes events. It is immutable and safe for concurrent use.
type Coder struct {
	dict *dict.Dict
	cb   *cameo.Codebook
	// exact marks, by verb id, the patterns whose head matches only as
	// written (TABARI's "BAN="), found once here rather than per sentence.
	exact []bool
	// clauseStarts holds the first three bytes of every head whose
	// patterns read across clauses (TABARI's and PETRARCH's), the only
	// heads endingVerbs can return: a word that starts otherwise is
	// answered without trying each of its prefixes.
	clauseStarts map[string]bool
	// needs holds, by verb id, a wordMask per word of the pattern after
	// the head that a match cannot do without. A sentence with no word
	// after the head in one of them cannot match the pattern, which is
	// then answered without scanning the sentence per pattern.
	needs []patternNeeds
	// alts holds, by verb id, altMask of each item's words, in the order
	// of the pattern's items: match reads a token's two bits in it before
	// has reads the alternatives (an imported synset lists dozens), and
	// most tokens it passes over are none of them.
	alts [][]wordMask
	// loose says some pattern reads across annals' clauses (an imported
	// dictionary's): only those code a word the tagger did not make a
	// verb or a modal, so with annals' own patterns alone codeUntaggedIn
	// and codeModal have nothing to find and skip their scans.
	loose bool
	// scratch holds *coderScratch, whose sentCtx slices (clauseOf,
	// clauseLen, suffix, ments, places, corefs, times) an Annotate call
	// reuses: grown once per worker instead of once per article, they were
	// a sixth of the bytes a batch run allocated (issue 2). No slice of a
	// sentCtx reaches an event.
	scratch sync.Pool
}

// wordMask is a set of the first three bytes of words (all of a shorter
// word), hashed to 256 bits: two words that has could find equal share
// their bit, so masks that share no bit hold no such pair. Two bytes in
// 128 bits let nine in ten of the patterns it passed fail in match over
// Reuters, for want of a word the sentence never had.
type wordMask [4]uint64

// allWords is the mask that rules nothing out.
var allWords = wordMask{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// maskPrefix is how many leading bytes of a word its bit stands for: a
// stem shorter than this could start words of any bit.
const maskPrefix = 3

// add puts the first three bytes of w (zero-padded) into m. Its body is
// wordBit's, written out so that it stays small enough to inline into
// wordsFrom's loop.
func (m *wordMask) add(w string) {
	var k uint32
	switch {
	case len(w) >= 3:
		k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
	case len(w) == 2:
		k = uint32(w[0]) | uint32(w[1])<<8
	case len(w) == 1:
		k = uint32(w[0])
	}
	h := k * 0x9E3779B1 >> 24 // 8 bits
	m[h>>6] |= 1 << (h & 63)
}

// wordBit returns the bit of a wordMask that w sets (add).
func wordBit(w string) uint32 {
	var k uint32
	switch {
	case len(w) >= 3:
		k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
	case len(w) == 2:
		k = uint32(w[0]) | uint32(w[1])<<8
	case len(w) == 1:
		k = uint32(w[0])
	}
	return k * 0x9E3779B1 >> 24 // 8 bits
}

// mayHave reports whether has(alts, t) could be true, given m, the
// altMask of alts: has finds a word only where the token's lemma or its
// form shares the word's bit, so a token with neither bit in m is
// certainly none of them. A nil m rules nothing out.
func mayHave(m *wordMask, t *annals.Token) bool {
	if m == nil {
		return true
	}
	h, g := wordBit(lemma(t)), wordBit(t.Norm)
	return m[h>>6]&(1<<(h&63))|m[g>>6]&(1<<(g&63)) != 0
}

func (m wordMask) meets(o wordMask) bool {
	return m[0]&o[0]|m[1]&o[1]|m[2]&o[2]|m[3]&o[3] != 0
}

// altMask returns the mask of every word has accepts for alts: the
// alternatives as written, and for a stem (dict.StemMark) or an exact
// form (dict.ExactMark) the forms they stand for.
func altMask(alts []string) wordMask {
	var m wordMask
	for _, a := range alts {
		if a == "" {
			continue // has never matches an empty word
		}
		m.add(a)
		n := len(a) - 1
		if n <= 0 {
			continue
		}
		switch a[n:] {
		case dict.StemMark:
			if n < maskPrefix {
				return allWords // a short stem: any next byte
			}
			m.add(a[:n])
		case dict.ExactMark:
			m.add(a[:n])
		}
	}
	return m
}

// needMasks returns the masks of the items of items that a match must
// find (neither optional nor a slot), in order.
func needMasks(items []dict.Item) []wordMask {
	var ms []wordMask
	for k := range items {
		it := &items[k]
		if it.Optional || it.Target || it.Source {
			continue
		}
		if m := altMask(it.Alts); m != allWords {
			ms = append(ms, m)
		}
	}
	return ms
}

// New returns a Coder using the verb patterns and discards of d.
func New(d *dict.Dict, cb *cameo.Codebook) *Coder {
	c := &Coder{dict: d, cb: cb, exact: make([]bool, len(d.Verbs))}
	for i := range d.Verbs {
		c.exact[i] = len(d.Verbs[i].Items) > 0 && exactHead(&d.Verbs[i])
	}
	c.needs = make([]patternNeeds, len(d.Verbs))
	for i := range d.Verbs {
		if len(d.Verbs[i].Items) > 1 {
			c.needs[i] = newPatternNeeds(needMasks(d.Verbs[i].Items[1:]))
		}
	}
	c.alts = make([][]wordMask, len(d.Verbs))
	n := 0
	for i := range d.Verbs {
		n += len(d.Verbs[i].Items)
	}
	all := make([]wordMask, n) // one array for every pattern's masks
	for i := range d.Verbs {
		items := d.Verbs[i].Items
		c.alts[i], all = all[:len(items):len(items)], all[len(items):]
		for k := range items {
			c.alts[i][k] = altMask(items[k].Alts)
		}
	}
	for i := range d.Verbs {
		c.loose = c.loose || d.Verbs[i].Reach != dict.ReachNear
	}
	c.clauseStarts = map[string]bool{}
	for i := range d.Verbs {
		if d.Verbs[i].Noun || len(d.Verbs[i].Items) == 0 {
			continue
		}
		for _, h := range d.Verbs[i].Items[0].Alts {
			h = strings.TrimSuffix(strings.TrimSuffix(h, dict.ExactMark), dict.StemMark)
			if ids := d.VerbsFor(h); len(h) >= 3 && len(ids) > 0 && d.Verbs[ids[0]].Reach == dict.ReachClause {
				c.clauseStarts[h[:3]] = true
			}
		}
	}
	return c
}

// targetWindow is how many tokens after a pattern its target may start.
const targetWindow = 8

// maxGap is how many modifier tokens may stand between two pattern words.
const maxGap = 4

// sentCtx is the per-sentence state of coding.
type sentCtx struct {
	doc       *annals.Doc
	si        int
	start     int            // first token
	end       int            // token end
	clauseOf  []int          // token-start → innermost clause index (-1 when none)
	clauseLen []int          // token-start → the length of that clause, while indexClauses runs
	clauses   *clauseWindow  // the article's clauses that may reach the sentence
	ments     []int          // indexes into doc.Mentions of actor mentions, in order
	places    []int          // indexes into doc.Mentions of place mentions
	own       bool           // annals' own dictionaries (not PETRARCH's or TABARI's)
	discard   bool           // an imported dict.DiscardCode matched: the sentence codes nothing
	corefs    []corefNote    // antecedents of the actor pronouns resolved in the sentence
	times     []annals.Range // token ranges of the sentence's time expressions ("in late February")
	// suffix holds wordsFrom's answers from token suffixFrom on, by
	// token less start, filled backwards as asked: the verb groups come
	// in token order, so the first one's reading serves those after it.
	suffix     []wordMask
	suffixFrom int
}

// wordsFrom returns the wordMask of the lemmas and forms, the words has
// compares, of the sentence's tokens from j to its end.
func (sc *sentCtx) wordsFrom(j int) wordMask {
	if j >= sc.end {
		return wordMask{}
	}
	if j < sc.start {
		m := sc.wordsFrom(sc.start)
		addWords(&m, sc.doc.Tokens[j:sc.start])
		return m
	}
	if len(sc.suffix) == 0 {
		sc.suffix = slices.Grow(sc.suffix[:0], sc.end-sc.start)[:sc.end-sc.start]
		sc.suffixFrom = sc.end
	}
	if sc.suffixFrom > j {
		var m wordMask
		if sc.suffixFrom < sc.end {
			m = sc.suffix[sc.suffixFrom-sc.start]
		}
		suffix := sc.suffix[j-sc.start : sc.suffixFrom-sc.start]
		toks := sc.doc.Tokens[j:sc.suffixFrom]
		for k := len(toks) - 1; k >= 0; k-- {
			t := &toks[k]
			if t.Lemma != "" {
				m.add(t.Lemma)
			}
			if t.Norm != "" {
				m.add(t.Norm)
			}
			suffix[k] = m
		}
		sc.suffixFrom = j
	}
	return sc.suffix[j-sc.start]
}

// addWords puts the lemmas and forms of toks into m.
func addWords(m *wordMask, toks []annals.Token) {
	for k := range toks {
		t := &toks[k]
		if t.Lemma != "" {
			m.add(t.Lemma)
		}
		if t.Norm != "" {
			m.add(t.Norm)
		}
	}
}

// patternNeeds is needMasks' answer for one pattern, laid out for the
// pattern loop of codeAt, which asks it of every pattern of a verb (a
// common head has dozens) and rules most out at the first word: that
// word's mask stands inline, with a flag for a pattern that needs any,
// so the usual test reads one record rather than a slice and its
// masks. first.meets and meetsAll over rest answer as meetsAll over
// the whole list does.
type patternNeeds struct {
	first wordMask   // the first needed word's mask
	rest  []wordMask // the masks of the needed words after it
	any   bool       // whether the pattern needs any word
}

// newPatternNeeds lays out the masks ms of needMasks.
func newPatternNeeds(ms []wordMask) patternNeeds {
	if len(ms) == 0 {
		return patternNeeds{}
	}
	return patternNeeds{first: ms[0], rest: ms[1:], any: true}
}

// meetsAll reports whether every word of needs could be found among the
// words of m (a wordsFrom): false rules a match there out.
func meetsAll(needs []wordMask, m wordMask) bool {
	for _, n := range needs {
		if !n.meets(m) {
			return false
		}
	}
	return true
}

// Annotate appends the events of every sentence of doc to doc.Events.
func (c *Coder) Annotate(ctx context.Context, doc *annals.Doc) error {
	discarded, story := c.discards(doc)
	if story {
		return nil
	}
	speakersInQuotes(doc, c.dict.NoCountry == "")
	cs, _ := c.scratch.Get().(*coderScratch)
	if cs == nil {
		cs = new(coderScratch)
	}
	defer c.putScratch(cs)
	byS := cs.bucketMentions(doc)
	venue := c.venue(doc)
	vi := 0
	sc, win := &cs.sc, &cs.win
	*win = clauseWindow{sorted: slices.IsSortedFunc(doc.Clauses, func(a, b annals.Clause) int { return a.Tokens.Start - b.Tokens.Start })}
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := doc.Sentences[si]
		*sc = sentCtx{doc: doc, si: si, start: s.Tokens.Start, end: s.Tokens.End, clauseOf: sc.clauseOf[:0], clauseLen: sc.clauseLen[:0], suffix: sc.suffix[:0], clauses: win, corefs: sc.corefs[:0], times: sc.times[:0], ments: sc.ments[:0], places: sc.places[:0], own: c.dict.NoCountry == ""}
		aside := commaAsides(doc, s, c.dict.Settings.Comma)
		roles := false // a plural role the text named before ("the foreign ministers")
		for _, mi := range byS[si] {
			if aside != nil && inRanges(aside, doc.Mentions[mi].Tokens.Start) {
				continue // TABARI's COMMA: an aside names no actor of the sentence's events
			}
			switch doc.Mentions[mi].Kind {
			case annals.ActorMention:
				if c.dict.NoCountry == "" && (excepted(doc, s, doc.Mentions[mi].Tokens) || paperName(doc, doc.Mentions[mi].Tokens) || thingModifier(doc, doc.Mentions[mi].Tokens) || venueName(doc, &doc.Mentions[mi]) || capacityRole(doc, &doc.Mentions[mi]) || capacityAs(doc, &doc.Mentions[mi]) || behalfOf(doc, &doc.Mentions[mi])) {
					continue // "all members except Zaire and Australia": left out of the act
				}
				sc.ments = append(sc.ments, mi)
			case annals.PlaceMention:
				sc.places = append(sc.places, mi)
			case annals.AgentMention:
				roles = roles || sc.own && groupRole(doc, &doc.Mentions[mi])
			}
		}
		for vi < len(doc.Verbs) && doc.Verbs[vi].Head < s.Tokens.Start {
			vi++
		}
		// A headline restates the story's first sentence in telegraphic
		// English; coding both would count its events twice.
		if s.Title && len(doc.Sentences) > 1 {
			continue
		}
		set := &c.dict.Settings
		two := sc.own && len(sc.ments) == 0 && namesTheTwo(doc, s) // "The two signed an agreement."
		if len(sc.ments) == 0 && !(roles && sc.own) && !two && set.DefaultSource == "" && set.Forward == "" || discarded[si] {
			continue
		}
		if set.MinWords > 0 && writtenWords(doc, s) < set.MinWords {
			continue
		}
		if !sc.own && namesDiscard(doc, sc.ments) {
			continue // TABARI's "USSR [###]": no news
		}
		sc.indexClauses()
		sc.indexTimes()
		n := len(doc.Events)
		coded := -1 // end of the last verb group that gave an event
		for v := vi; v < len(doc.Verbs) && doc.Verbs[v].Head < s.Tokens.End; v++ {
			if aside != nil && inRanges(aside, doc.Verbs[v].Head) || !sc.codeNext(set.CodeBy, coded, doc.Verbs[v].Tokens.Start) {
				continue
			}
			k := len(doc.Events)
			c.codeVerb(sc, &doc.Verbs[v], venue)
			if len(doc.Events) > k {
				coded = doc.Verbs[v].Tokens.End
			}
		}
		c.codeNouns(sc, venue)
		if sc.own {
			c.codeTalksFrame(sc, venue) // "In talks last week, the U.S. criticised Japan" (talks_frame.go)
		}
		if sc.own && len(doc.Events) == n {
			c.codeSpeech(sc, vi) // "X said Y must act": the speaker's appeal
		}
		if sc.discard {
			doc.Events = doc.Events[:n]
			continue
		}
		if sc.own {
			doc.Events = append(doc.Events[:n], restated(doc.Events[n:])...)
		}
		if len(doc.Events) == n {
			c.codeUntagged(sc, vi, venue, sc.end)
		} else if set.CodeBy != dict.CodeAll {
			c.untaggedFirst(sc, vi, n, venue)
		} else if c.dict.NoCountry != "" {
			c.untaggedAfter(sc, vi, venue)
		}
		if sc.own && len(doc.Events) > n {
			c.mirrorReciprocal(sc, n)    // talks, meetings and accords coded one way: the other party's side
			c.policeClashes(sc, n)       // a crowd's clash with police: the police's force too
			sc.dropAssaultBesideForce(n) // "killed or wounded": one armed strike (force_assault_duplicates.go)
		}
	}
	splitCodes(doc)
	return nil
}

// writtenWords counts the words of a sentence as written: tokens that
// follow a blank ("Gondor's" is one word), punctuation left out.
func writtenWords(doc *annals.Doc, s annals.Sentence) int {
	n := 0
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		t := &doc.Tokens[i]
		if t.Flags&annals.Punct != 0 {
			continue
		}
		if i == s.Tokens.Start || t.Start > doc.Tokens[i-1].End {
			n++
		}
	}
	return n
}

// Sentinel mention indexes for the default actors of dict.Settings.
const (
	noActor       = -1
	defaultSource = -2
	defaultTarget = -3
)

// auxiliaries are the words before a verb form that make the word after
// them a verb whatever its tag: "has actxd", "will welcxme".
var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "be": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "did": true, "does": true, "do": true,
}

// codeUntagged codes, in a sentence where no verb group coded an event, a
// word that an imported dictionary lists as a verb though the tagger did
// not call it one. TABARI reads its verbs off the dictionary, whatever the
// word's part of speech ("raised its voice for Bree": VOICE is a verb
// there), and lists misspelt forms on purpose ("actxd"); PETRARCH's do so
// after an auxiliary. annals' own patterns never take this path.
func (c *Coder) codeUntagged(sc *sentCtx, vi int, venue *annals.Place, end int) {
	c.codeUntaggedIn(sc, vi, venue, sc.start+1, end, false)
}

// codeUntaggedIn is codeUntagged over tokens [from, end); tabariOnly
// leaves PETRARCH's verbs out.
func (c *Coder) codeUntaggedIn(sc *sentCtx, vi int, venue *annals.Place, from, end int, tabariOnly bool) {
	if !c.loose {
		return // every head is ReachNear, which the loop below passes over
	}
	doc := sc.doc
	inVerb := func(i int) bool {
		for v := vi; v < len(doc.Verbs) && doc.Verbs[v].Tokens.Start < sc.end; v++ {
			if r := doc.Verbs[v].Tokens; i >= r.Start && i < r.End {
				return true
			}
		}
		return false
	}
	for i := from; i < end; i++ {
		t := &doc.Tokens[i]
		if t.Tag.IsVerb() || t.Tag == annals.MD || t.Flags&annals.Punct != 0 {
			continue
		}
		if t.Flags&annals.Cap != 0 && t.Flags&annals.AllCaps == 0 {
			continue // "about To Restore": a capitalised word is a name to TABARI
		}
		ids := c.dict.VerbsFor(t.Norm)
		if len(ids) == 0 {
			ids = c.endingVerbs(t.Norm)
		}
		if len(ids) == 0 {
			continue
		}
		reach := c.dict.Verbs[ids[0]].Reach
		if reach == dict.ReachNear || reach == dict.ReachSentence && (tabariOnly || !auxiliaries[doc.Tokens[i-1].Norm]) {
			continue
		}
		if inVerb(i) || sc.inActor(i) {
			continue
		}
		vg := annals.VerbGroup{Tokens: annals.Range{Start: i, End: i + 1}, Head: i, Clause: sc.clause(i), Tense: annals.Past}
		n := len(doc.Events)
		// codeAt, not codeVerb: "its voice" is a noun to annals' tagger
		// and to codeVerb's check, and a verb to the dictionary.
		c.codeAt(sc, &vg, i, ids, venue)
		if len(doc.Events) > n {
			return
		}
	}
}

// inActor reports whether token i lies in an actor mention.
func (sc *sentCtx) inActor(i int) bool {
	for _, mi := range sc.ments {
		if r := sc.doc.Mentions[mi].Tokens; i >= r.Start && i < r.End {
			return true
		}
	}
	return false
}

// speakersInQuotes makes "we" and "I" inside a direct quotation mentions of
// its speaker, so that "We seek positive relationships with the entire
// globe," declared Muttaqi, codes the speaker's intent. With annals' own
// dictionaries (own), an uncoded speaker takes the code of the actor his
// words name (quote_speaker_codes.go).
func speakersInQuotes(doc *annals.Doc, own bool) {
	for qi := range doc.Quotes {
		q := &doc.Quotes[qi]
		if q.Speaker == nil || q.Kind == "scare" {
			continue
		}
		code, entry := q.Speaker.Code, q.Speaker.Entry
		if code == "" && own {
			code, entry = speakerCode(doc, q) // "a MITI official said" (quote_speaker_codes.go)
		}
		if code == "" {
			continue
		}
		for si := range doc.Sentences {
			s := &doc.Sentences[si]
			if s.Title || s.End <= q.Start || s.Start >= q.End {
				continue
			}
			for t := s.Tokens.Start; t < s.Tokens.End; t++ {
				tok := &doc.Tokens[t]
				if int(tok.Start) < q.Start || int(tok.End) > q.End || tok.Tag != annals.PRP || (tok.Norm != "we" && tok.Norm != "i") {
					continue
				}
				doc.Mentions = append(doc.Mentions, annals.Mention{
					Kind: annals.ActorMention, Tokens: annals.Range{Start: t, End: t + 1},
					Name: q.Speaker.Name, Code: code, Entry: entry,
					Entity: -1, Implied: true, Via: "quote",
				})
			}
		}
	}
}

// bucketMentions groups mention indexes by sentence. The groups share
// one backing array, counted first, rather than growing one slice per
// sentence; each is capped at its length so that no append runs into the
// next. Both arrays are cs's, reused from article to article; the result
// is good until the next call.
func (cs *coderScratch) bucketMentions(doc *annals.Doc) [][]int {
	cs.byS = slices.Grow(cs.byS[:0], len(doc.Sentences))[:len(doc.Sentences)]
	out := cs.byS
	clear(out)
	if len(doc.Mentions) == 0 {
		return out
	}
	var countArr [64]int // mentions per sentence; most articles fit
	var count []int
	if len(doc.Sentences) <= len(countArr) {
		count = countArr[:len(doc.Sentences)]
	} else {
		count = make([]int, len(doc.Sentences))
	}
	// Each mention's sentence, searched for once and kept for the
	// second pass.
	cs.sentOf = slices.Grow(cs.sentOf[:0], len(doc.Mentions))[:len(doc.Mentions)]
	sentOf := cs.sentOf
	n := 0
	for i := range doc.Mentions {
		s := doc.SentenceOf(doc.Mentions[i].Tokens.Start)
		sentOf[i] = s
		if s >= 0 {
			count[s]++
			n++
		}
	}
	cs.bucketed = slices.Grow(cs.bucketed[:0], n)[:n]
	all := cs.bucketed
	off := 0
	for s, c := range count {
		if c > 0 {
			out[s] = all[off : off : off+c]
			off += c
		}
	}
	for i, s := range sentOf {
		if s >= 0 {
			out[s] = append(out[s], i)
		}
	}
	// Stages append mentions in their own order; coding reads them in text order.
	for _, b := range out {
		slices.SortStableFunc(b, func(x, y int) int {
			mx, my := &doc.Mentions[x], &doc.Mentions[y]
			if mx.Tokens.Start != my.Tokens.Start {
				return mx.Tokens.Start - my.Tokens.Start
			}
			return mx.Part.Start - my.Part.Start
		})
	}
	return out
}

// clauseWindow walks an article's clauses along with its sentences, when
// the clauses are in order of their first token (as the tagger makes
// them): from is the first clause that may reach a sentence starting at
// or after token at, since every clause before it ends by then. Sentences
// come in token order, so indexClauses visits each sentence's clauses
// alone instead of the article's (issue 2).
type clauseWindow struct {
	sorted bool
	from   int
	at     int
}

// indexClauses fills clauseOf with the innermost clause of each token of
// the sentence: the shortest clause holding it, the later of two as long.
func (sc *sentCtx) indexClauses() {
	// One growth to the sentence's length, not a doubling per few tokens.
	n := sc.end - sc.start
	sc.clauseOf = slices.Grow(sc.clauseOf[:0], n)[:n]
	for i := range sc.clauseOf {
		sc.clauseOf[i] = -1
	}
	// The length of each token's clause so far, beside it: the loop below
	// compares it for every token of every clause.
	sc.clauseLen = slices.Grow(sc.clauseLen[:0], n)[:n]
	clauses := sc.doc.Clauses
	from, sorted := 0, false
	if w := sc.clauses; w != nil && w.sorted {
		if sc.start < w.at {
			w.from = 0 // a sentence out of order: start over
		}
		for w.from < len(clauses) && clauses[w.from].Tokens.End <= sc.start {
			w.from++
		}
		w.at, from, sorted = sc.start, w.from, true
	}
	for ci := from; ci < len(clauses); ci++ {
		cl := clauses[ci]
		if sorted && cl.Tokens.Start >= sc.end {
			break // the rest start after the sentence
		}
		if cl.Tokens.End <= sc.start || cl.Tokens.Start >= sc.end {
			continue
		}
		l := cl.Tokens.Len()
		a, b := max(cl.Tokens.Start, sc.start)-sc.start, min(cl.Tokens.End, sc.end)-sc.start
		of, lens := sc.clauseOf[a:b], sc.clauseLen[a:b]
		for k := range of {
			if of[k] < 0 || lens[k] >= l {
				of[k], lens[k] = ci, l
			}
		}
	}
}

// coderScratch is the state of one Annotate call that outlives it in the
// Coder's pool: the sentence context and the article's clause window.
type coderScratch struct {
	sc       sentCtx
	win      clauseWindow
	byS      [][]int // bucketMentions' groups
	bucketed []int   // their backing array
	sentOf   []int   // bucketMentions' sentence of each mention
}

// putScratch gives cs back to the Coder's pool without the document it
// read, so a pooled sentCtx keeps no article alive.
func (c *Coder) putScratch(cs *coderScratch) {
	cs.sc.doc, cs.sc.clauses = nil, nil
	clear(cs.sc.corefs[:cap(cs.sc.corefs)]) // the notes' strings
	c.scratch.Put(cs)
}

// clause returns the innermost clause of token t, or -1.
func (sc *sentCtx) clause(t int) int {
	if t < sc.start || t >= sc.end || len(sc.clauseOf) == 0 {
		return -1
	}
	return sc.clauseOf[t-sc.start]
}

// clauseRange returns the token range of clause ci, or the sentence.
func (sc *sentCtx) clauseRange(ci int) annals.Range {
	if ci < 0 {
		return annals.Range{Start: sc.start, End: sc.end}
	}
	return sc.doc.Clauses[ci].Tokens
}

// discards matches the discard phrases once over the article: which
// sentences hold one, and whether one discards the whole story (then
// doc.Discarded names it).
func (c *Coder) discards(doc *annals.Doc) (sentences []bool, story bool) {
	sentences = make([]bool, len(doc.Sentences))
	for si, s := range doc.Sentences {
		for i := s.Tokens.Start; ; i++ {
			// The first-word filter: most tokens begin no phrase.
			if i = c.dict.NextDiscard(doc.Tokens, i, s.Tokens.End); i == s.Tokens.End {
				break
			}
			_, d := c.dict.MatchDiscard(doc.Tokens[:s.Tokens.End], i)
			if d == nil {
				continue
			}
			sentences[si] = true
			if d.Story {
				doc.Discarded = d.Entry
				return sentences, true
			}
		}
	}
	return sentences, false
}

// lemma returns the token's lemma, or its norm when untagged.
func lemma(t *annals.Token) string {
	if t.Lemma != "" {
		return t.Lemma
	}
	return t.Norm
}

// skippable reports whether a token may be skipped between pattern words.
// gapStep is what token t adds to the gap between two pattern words: a
// sum of money or a share counts once, whatever its words ("signed a 250
// mln dlr loan with", "ask for another 500 mln dlr long-term loan from"),
// since Reuters states every deal with its amount; a day word adds nothing
// either ("signed yesterday a 250 mln dlr loan with"). Only for annals' own
// dictionaries, and only in a pattern with a target slot after the verb:
// with none ("provide a 350 mln dlr oil industry aid package") the words
// bind nothing to another party.
func (sc *sentCtx) gapStep(t *annals.Token, slotted bool) int {
	if sc.own && slotted && (measureFilter.May(t.Norm) && measureWords[t.Norm] || dayFilter.May(t.Norm) && dayWords[t.Norm]) {
		return 0
	}
	return 1
}

// measureWords are the unit words of a sum after its number.
var measureWords = map[string]bool{
	"mln": true, "million": true, "billion": true, "bln": true, "dlr": true, "dlrs": true,
	"dollar": true, "dollars": true, "pct": true, "yen": true, "stg": true,
}

// modifierAnd reports whether the "and" at token j joins two modifiers of
// one noun between pattern words ("a defence and economic agreement", "a
// research and development pact"): an adjective or common noun on each side,
// and a noun before limit to head them, so that the coordination stays
// inside one noun phrase.
func (sc *sentCtx) modifierAnd(j, limit int) bool {
	toks := sc.doc.Tokens
	if toks[j].Norm != "and" || j+2 >= limit {
		return false
	}
	mod := func(t *annals.Token) bool {
		return (t.Tag == annals.JJ || t.Tag == annals.NN) && t.Flags&annals.Cap == 0
	}
	if !mod(&toks[j-1]) || !mod(&toks[j+1]) {
		return false
	}
	for k := j + 2; k < limit && k < j+4; k++ {
		if toks[k].Tag.IsNoun() {
			return true
		}
		if !mod(&toks[k]) {
			return false
		}
	}
	return false
}

func skippable(t *annals.Token) bool {
	if t.Norm == "of" {
		return true // "carried out a series of attacks"
	}
	switch t.Tag {
	case annals.DT, annals.JJ, annals.RB, annals.CD, annals.PRPS, annals.POS, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.VBG, annals.VBN:
		return true // a participle between pattern words modifies a noun: "its promised program of sanctions"
	}
	return false
}

func has(alts []string, t *annals.Token) bool {
	l := lemma(t)
	var l0, n0 byte
	if l != "" {
		l0 = l[0]
	}
	if t.Norm != "" {
		n0 = t.Norm[0]
	}
	for _, a := range alts {
		// Imported synsets list dozens of words: a first letter that
		// neither the lemma nor the form shares rules one out cheaply
		// (stems and exact forms start as the word does).
		if a == "" || a[0] != l0 && a[0] != n0 {
			continue
		}
		if a == l || a == t.Norm {
			return true
		}
		if n := len(a) - 1; n > 0 && (a[n:] == dict.StemMark && strings.HasPrefix(t.Norm, a[:n]) || a[n:] == dict.ExactMark && t.Norm == a[:n]) {
			return true // a TABARI stem, or a word closed by "_"
		}
	}
	return false
}

// boundary reports whether token t ends the stretch that a loose pattern
// (dict.ReachClause or ReachSentence) may skip over between its words.
func boundary(t *annals.Token, reach dict.Reach) bool {
	switch t.Norm {
	case ";", ":":
		return true
	}
	return t.Tag == annals.STOP
}

// gapOK reports whether token t may stand between two pattern words.
func gapOK(t *annals.Token, reach dict.Reach, gap int, before bool) bool {
	if reach != dict.ReachNear {
		return !boundary(t, reach)
	}
	if gap >= maxGap {
		return false
	}
	return skippable(t) || before && (t.Tag == annals.MD || t.Tag.IsVerb())
}

// matchBefore checks the words a pattern wants before its verb, nearest
// last, walking back from token pos to lower bound lo with the same gaps as
// words after the verb. verbAdj says the last item must stand right
// before the verb group.
func (sc *sentCtx) matchBefore(items []dict.Item, pos, lo int, verbAdj bool, reach dict.Reach) bool {
	return sc.matchBeforeAt(items, pos, lo, verbAdj, reach) >= 0
}

// matchBeforeAt is matchBefore that returns the token of the earliest word
// matched (pos+1 when every item is a slot or optional and absent), or -1
// when the words are not there.
func (sc *sentCtx) matchBeforeAt(items []dict.Item, pos, lo int, verbAdj bool, reach dict.Reach) int {
	toks := sc.doc.Tokens
	for k := len(items) - 1; k >= 0; k-- {
		it := items[k]
		adj := verbAdj
		if k+1 < len(items) {
			adj = items[k+1].Adjacent
		}
		if it.Target || it.Compound || it.Source {
			continue
		}
		found := -1
		for j, gap := pos, 0; j >= lo; j, gap = j-1, gap+1 {
			if has(it.Alts, &toks[j]) {
				found = j
				break
			}
			if adj || !gapOK(&toks[j], reach, gap, true) {
				break
			}
		}
		if found < 0 {
			if it.Optional {
				continue
			}
			return -1
		}
		pos = found - 1
	}
	return pos + 1
}

// match tries the items after the head verb from token pos up to limit. It
// returns whether they matched, the token range where the target slot was
// filled (Start -1 when the pattern has no slot; End -1 when the slot ends
// the pattern and runs on) and the token after the match.
func (sc *sentCtx) match(items []dict.Item, pos, limit int, reach dict.Reach) (ok bool, slot annals.Range, next int) {
	return sc.matchAlts(items, nil, pos, limit, reach)
}

// matchAlts is match with alts, the altMask of each of items (the
// Coder's alts of the pattern, from the same item on), or nil: a token
// that mayHave rules out is one that has would refuse, so the answer is
// match's either way, with fewer alternatives read.
func (sc *sentCtx) matchAlts(items []dict.Item, alts []wordMask, pos, limit int, reach dict.Reach) (ok bool, slot annals.Range, next int) {
	toks := sc.doc.Tokens
	alt := func(k int) *wordMask {
		if alts == nil {
			return nil
		}
		return &alts[k]
	}
	slot = annals.Range{Start: -1, End: -1}
	slotted := false // a pattern that names its target after the verb
	for k := range items {
		slotted = slotted || items[k].Target
	}
	for k := range items {
		it := &items[k] // a pointer: an Item is too big to copy per pattern word
		if it.Target || it.Source {
			if k == len(items)-1 {
				return true, annals.Range{Start: pos, End: -1}, pos
			}
			// The slot runs up to the next literal word.
			nxt, nm := &items[k+1], alt(k+1)
			found := -1
			for j := pos; j < limit && j < pos+10; j++ {
				if mayHave(nm, &toks[j]) && has(nxt.Alts, &toks[j]) {
					found = j
					break
				}
				if toks[j].Tag == annals.STOP || toks[j].Tag.IsVerb() {
					break
				}
			}
			if found < 0 {
				return false, slot, pos
			}
			slot = annals.Range{Start: pos, End: found}
			pos = found
			continue
		}
		found, m := -1, alt(k)
		for j, gap := pos, 0; j < limit; j, gap = j+1, gap+sc.gapStep(&toks[j], slotted) {
			if mayHave(m, &toks[j]) && has(it.Alts, &toks[j]) && !(k == len(items)-1 && reach != dict.ReachNear && infinitiveTo(toks, j)) && !(sc.own && sc.insideName(j)) {
				found = j
				break
			}
			if sc.own && !it.Adjacent {
				if e := sc.venuePhrase(j, limit); e > j {
					j = e - 1 // "held pay talks in Rio de Janeiro with": where, between the words
					continue
				}
				if e := sc.timePhrase(j, limit); e > j {
					j = e - 1 // "agreed in Paris in late February to": when, between the words
					continue
				}
				if e := sc.bodyModifier(j, limit); e > j {
					j = e // "attend the International Monetary Fund's Interim Committee meeting": one modifier (body_meetings.go)
					continue
				}
			}
			if sc.own && !it.Adjacent && toks[j].Tag == annals.QUOTE {
				continue // scare quotes around a verdict: described the move as "unjustified"
			}
			if sc.own && slotted && !it.Adjacent && hedgedSum(toks, j) {
				continue // "to provide around 900 mln dlrs in credits to help": the hedge of a sum (round 62)
			}
			if sc.own && !it.Adjacent && j > pos && sc.modifierAnd(j, limit) {
				gap-- // "signed a five-year defence and economic agreement": one modifier, however coordinated
				continue
			}
			if it.Adjacent || !gapOK(&toks[j], reach, gap, false) {
				break
			}
		}
		if found < 0 {
			if it.Optional {
				continue
			}
			return false, slot, pos
		}
		pos = found + 1
	}
	return true, slot, pos
}

func (c *Coder) codeVerb(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) {
	doc := sc.doc
	head := &doc.Tokens[vg.Head]
	if vg.Head > sc.start && vg.Tokens.Len() == 1 {
		switch doc.Tokens[vg.Head-1].Tag {
		case annals.DT, annals.PRPS, annals.POS:
			if !sc.own || !floatingQuantifier(&doc.Tokens[vg.Head-1]) || head.Tag == annals.VBZ || head.Tag == annals.VBG {
				return // "for the state": a noun the tagger took for a verb
			}
			if vg.Passive {
				active := *vg // "... all called on": a past tense read as a bare participle
				active.Passive = false
				vg = &active
			}
		}
	}
	if vg.Tokens.Len() == 1 && c.verbAsNoun(sc, vg.Head) {
		return // "the G-7 meeting", "missile attack on": a noun, coded by codeNouns
	}
	if sc.own && sc.sideRemark(vg) {
		return // "X, backed by Y, opposed ...": background to a noun, not the news
	}
	if c.codeModal(sc, vg, venue) {
		return
	}
	if sc.own && sc.measureWould(vg) {
		return // "measures that would penalize trading partners": what a bill would do, no actor's act
	}
	if sc.own && lemma(head) == "join" && vg.Head-2 >= sc.start && doc.Tokens[vg.Head-1].Tag == annals.TO && lemma(&doc.Tokens[vg.Head-2]) == "apply" {
		return // "China applied to join GATT": the application (020) is the news, not a membership held
	}
	if sc.own {
		// "said U.S. trade legislation is misguided and will spark
		// retaliation": the warning is coded beside whatever else the
		// speech verb tells (consequence_warnings.go).
		c.codeConsequenceWarning(sc, vg, venue)
	}
	if sc.own && c.codeSaidVerdict(sc, vg, venue) {
		return
	}
	if sc.own && c.codeStay(sc, vg, venue) {
		return // "Aqazadeh is in the United Arab Emirates to discuss": a visit
	}
	if sc.own && c.codeConditionThreat(sc, vg, venue) {
		return // "said if Congress passed the bill, the EC would retaliate": a threat to Congress
	}
	if sc.own && c.codeStance(sc, vg, venue) {
		return // "are opposed to the steps": the subject's stance, no passive
	} else if sc.own {
		vg = sc.negatedCopula(vg) // "is not happy with"
	}
	ids := c.dict.VerbsFor(lemma(head))
	if len(ids) == 0 && head.Lemma != "" && head.Lemma != head.Norm {
		ids = c.dict.VerbsFor(head.Norm) // an imported dictionary may list the inflected form
	} else if head.Norm != lemma(head) {
		if n := c.dict.VerbsFor(head.Norm); len(n) > 0 && c.ownForm(n) {
			ids = n // and its own entry for the form wins: LEFT [032:033] over LEAVE [012]
		}
	}
	if len(ids) == 0 {
		ids = c.endingVerbs(head.Norm) // a TABARI stem: "welcxmed" is WELCXME
	}
	if len(ids) == 0 {
		if !c.codeAgreed(sc, vg, venue) && !c.codeThreatened(sc, vg, venue) {
			c.codeSplitHead(sc, vg, venue)
		}
		return
	}
	if c.dict.Verbs[ids[0]].Reach == dict.ReachSentence && wrongEnding(head) {
		return // "Ethiopia departes": no form of DEPART
	}
	if c.dict.Verbs[ids[0]].Reach == dict.ReachSentence && afterPrep(sc, vg) {
		return // PETRARCH codes no "after leaving Eriador"
	}
	if !c.codeAt(sc, vg, vg.Head, ids, venue) && !c.codeAgreed(sc, vg, venue) {
		c.codeThreatened(sc, vg, venue)
	}
}

// codeAt codes vg with the patterns ids of the word at token h: the head
// verb, or a modal that an imported dictionary lists as a verb ("should").
// It reports whether a pattern settled the verb group, with an event or
// with the null code.
func (c *Coder) codeAt(sc *sentCtx, vg *annals.VerbGroup, h int, ids []int32, venue *annals.Place) bool {
	if vg.Passive && vg.Tokens.Len() == 1 && c.dict.Verbs[ids[0]].Reach != dict.ReachNear {
		// "Estonia broken down with Libya": TABARI and PETRARCH read a participle
		// with no auxiliary as the verb of its subject.
		active := *vg
		active.Passive = false
		vg = &active
	}
	ci := sc.clause(vg.Head)
	cr := sc.clauseRange(ci)
	limit := sc.end
	if cr.End < limit {
		limit = cr.End
	}
	if sc.own && vg.Passive {
		if _, _, g := sc.joinedBy(vg.Head); g >= 0 {
			return true // "X was joined by Y in criticising Z": Y sides with X; the gerund is the event
		}
	}
	// The verb's subject is found at the first pattern that matches, not
	// before the loop: eight verbs in ten over Reuters match none, and no
	// test of a pattern's words or slots reads the subject. A search can
	// add the implied mention of a pronoun it resolves (corefTo, with its
	// note); a verb that matches nothing now leaves none behind (one verb
	// in a hundred), which changed no output over Reuters or Wikinews.
	var subj []int
	var subjVia string
	subjectFound := false
	findSubject := func() {
		subjectFound = true
		subj, subjVia = sc.subject(vg, ci)
		if sc.own {
			if j := sc.joinedSubject(vg); j != nil {
				subj, subjVia = j, "joined by" // "X was joined by Y in criticising Z"
			}
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.subjectBeforeAside(vg) // "Japan and Brazil, the largest importer and exporter, blamed"
		}
		if len(subj) == 0 && sc.own {
			if m := sc.measureSubject(vg, ci); m != nil {
				subj, subjVia = m, "measure's makers"
			}
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.theyBefore(vg, ci)
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.participleSubject(vg)
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.frontedSubject(vg) // "Accusing the French of overfishing, Canada said"
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.pronounSource(vg, ci)
		}
		if sc.own {
			if len(subj) == 0 {
				subj, subjVia = sc.roleSource(vg, ci) // "... The ministers agreed"
			} else {
				subj, subjVia = sc.roleOverContext(subj, subjVia, vg, ci)
			}
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.speakerCountry(vg) // "Clark said his country will provide"
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.purposeSubject(vg) // "will meet Japanese banks next week to seek support"
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.readySubject(vg) // "the U.S. is ready to retaliate": ready_retaliation.go
		}
		if len(subj) == 0 && sc.own {
			subj, subjVia = sc.readinessSubject(vg) // "the EC is ready to take measures": declared_readiness.go
		}
		if r := c.dict.Verbs[ids[0]].Reach; r != dict.ReachNear {
			subj = sc.roleOverList(subj, r == dict.ReachSentence)
		}
	}
	var solo soloEvent // the first pattern that found a source and no target
	var words wordMask // the words after the head, read at the first pattern that needs any
	wordsRead := false
	for _, id := range ids {
		// A required word that no token after the head could be fails
		// the match before the pattern is read (most of a common head's
		// patterns); the passive reading is still tried.
		may := true
		if needs := &c.needs[id]; needs.any {
			if !wordsRead {
				words, wordsRead = sc.wordsFrom(h+1), true
			}
			may = needs.first.meets(words) && meetsAll(needs.rest, words)
		}
		if !may && !(vg.Passive && sc.own) {
			continue
		}
		v := &c.dict.Verbs[id]
		if c.exact[id] && !has(v.Items[0].Alts, &sc.doc.Tokens[h]) {
			continue // TABARI's "BAN=": not "baning"
		}
		lo, lim := cr.Start, limit
		if v.Reach != dict.ReachNear {
			// PETRARCH and TABARI read a pattern across annals' clauses:
			// "said it would act" is SAID WOULD *.
			lo, lim = sc.start, sc.end
		}
		first := h
		if len(v.Before) > 0 {
			if first = sc.matchBeforeAt(v.Before, h-1, lo, v.Items[0].Adjacent, v.Reach); first < 0 {
				continue
			}
		}
		var ok bool
		var slot annals.Range
		var next int
		if may {
			ok, slot, next = sc.matchAlts(v.Items[1:], c.alts[id][1:], h+1, lim, v.Reach)
		}
		if !ok && vg.Passive && sc.own {
			ok, slot, next = sc.passiveMatch(v, vg, lim)
		}
		if !ok {
			continue
		}
		if !subjectFound {
			findSubject()
		}
		subj, subjVia := subj, subjVia // each pattern starts from the verb's own subject
		if sc.own && strings.HasPrefix(v.Pattern, "call on") && sc.objectBeforeOn(vg) {
			continue // "called the U.S. attacks on two platforms an escalation": no appeal
		}
		if sc.own && sc.shootFor(v, vg, h) {
			continue // round 74: "to shoot for one mln barrels": an aim, no attack
		}
		if sc.own && sc.unmetObject(v, h) {
			continue // round 74: "has met strong opposition from": no meeting
		}
		if sc.own && sc.unaimedCancellation(v) {
			continue // "cancelled a trip to Australia because of pressing business at home": cancelled_trips.go
		}
		if v.Code == dict.DiscardCode {
			sc.discard = true // "- * DIPLXMATIC [###]": the sentence is no news
			return true
		}
		from, to := next, limit
		if v.Reach != dict.ReachNear {
			// Their target is the first actor after the verb, wherever
			// the pattern's words stand.
			from = vg.Tokens.End
		}
		if slot.Start >= 0 {
			from = slot.Start
			if slot.End >= 0 {
				to = slot.End // "ask + to give": the target stands in the slot
			}
		}
		outer, inner, moved, fail := sc.outerSource(v, first, subj)
		if fail {
			continue
		} else if moved {
			subj, subjVia = outer, ""
		}
		pairwise := compound(v.Before)
		if pairwise && (len(subj) < 2 || vg.Passive) {
			continue // "% *" wants several actors as the subject
		}
		if sc.own && !vg.Passive && sc.firmOffice(v, subj) {
			continue // round 74: "Chemical Bank is closing its office in Dubai": business, no 166
		}
		oci := ci
		if v.Reach == dict.ReachClause && slot.Start < 0 {
			// TABARI's target is the first actor after the verb in the
			// sentence, whatever annals' clauses.
			to, oci = sc.end, -1
		}
		objs := sc.firstActorFrom(from, to, oci, v.Reach != dict.ReachNear && slot.Start < 0)
		if len(objs) == 0 && v.Reach == dict.ReachSentence && slot.Start < 0 {
			// PETRARCH's is the first in the verb phrase, which holds the
			// clauses it governs ("expressed hopes that Osgiliath ...").
			objs = sc.complementActor(from, sc.governedEnd(ci, to), ci)
		}
		if len(objs) < 2 && compoundTarget(v) {
			continue // "* WITH %" wants several actors as the object
		}
		if last := &v.Items[len(v.Items)-1]; sc.own && v.Code == "042" && len(last.Alts) == 1 && last.Alts[0] == "here" {
			if h := sc.datelineHost(subj); h != nil {
				objs = h // "arrived here last night for talks on Venezuelan aid": the host, not the topic
			}
		}
		if sc.own && slot.Start >= 0 && hostSlot(v) {
			if k := sc.capitalAt(slot.Start, to); k >= 0 && sc.stateVisit(subj, sc.ments[k]) {
				objs = sc.coordinated(k) // "arrived in Tokyo": the capital visited stands for its government
			}
		}
		if v.Reach == dict.ReachNear && slot.Start >= 0 && adjacentSlot(v) && !sc.fillsSlot(objs, slot) {
			continue // "call for +! to": "called for more U.S. aid to" is no appeal to the U.S.
		}
		for n := skipTarget(v); n > 0 && len(objs) > 0; n-- {
			// "IFTAR IN ^ +": the target is the actor after the first.
			objs = sc.firstActorFrom(sc.doc.Mentions[objs[len(objs)-1]].Tokens.End, to, oci, v.Reach != dict.ReachNear && slot.Start < 0)
		}
		searched := from // where the target search began, before it steps past the subject
		// "Trump declared an emergency so he could ...": the subject named
		// again is no object; look past it.
		for len(objs) > 0 && len(subj) > 0 && sc.sameActor(objs[0], subj[0]) && !vg.Passive {
			next := sc.doc.Mentions[objs[len(objs)-1]].Tokens.End
			if next <= from {
				break
			}
			from = next
			objs = sc.firstActorFrom(from, to, ci, v.Reach != dict.ReachNear && slot.Start < 0)
		}
		if sc.own && len(objs) > 0 && !pairwise && slot.Start < 0 && sc.reporterAfterComma(objs[0]) {
			objs = nil // round 74: "officials calling for a decline of the dollar, Miyazawa said": the speaker is no target
		}
		if sc.own && len(objs) > 0 && !pairwise && sc.reportingSubject(objs[0], searched) {
			objs = nil // "expand trade with other nations, the official news agency reported": the reporter is no target
		}
		if sc.own && len(objs) > 0 && !pairwise && sc.pastStanceObject(v, slot.Start, objs[0]) {
			objs = nil // "was dissatisfied with the exchange's response to Britain's timetable": no stance on Britain
		} else if sc.own && len(objs) > 0 && !pairwise && sc.heldSupportOff(v, slot, subj, objs) {
			objs = nil // "won a degree of support from Landry, 'Even private bankers ...'": no giver
		}
		if sc.own && len(objs) > 0 && !pairwise && sc.namerInRelative(objs[0]) {
			objs = nil // "criticized what he called large-scale solutions": the one who names the thing is no target
		}
		if sc.own && len(objs) > 0 && !pairwise && sc.backerModifier(objs[0]) {
			// round 74: "fighting the Cuban-backed Angolan government": the backer only modifies
			objs = sc.firstActorFrom(sc.doc.Mentions[objs[0]].Tokens.End, to, oci, v.Reach != dict.ReachNear && slot.Start < 0)
		}
		if sc.own && c.dict.NoCountry == "" && len(subj) > 0 {
			if p, ok := sc.slotPronoun(slot, objs, to, subj[0]); ok {
				objs = p // "visited them on OPEC's behalf"
			}
		}
		if len(objs) == 0 && c.dict.NoCountry == "" && len(subj) > 0 {
			objs = sc.pronounObject(from, to, subj[0])
		} else if len(objs) == 1 && c.dict.NoCountry == "" {
			objs = sc.bodyForRole(objs)
		}
		if c.dict.NoCountry == "" && !vg.Passive {
			objs = c.targetAround(sc, v, vg.Tokens.End, next, from, to, subj, objs)
			if wantOfOwn(sc, v, subj, objs) {
				objs = nil // "Byrd wants the Senate to pass": no demand
			}
			if (len(objs) == 0 || slot.Start < 0) && inner == nil {
				// The maker of the thing criticized, when the pattern has
				// no slot of its own: "attacked the proclamation ... by".
				if o := c.ownerTarget(sc, v, vg, limit, subj); o != nil {
					objs = o
				}
			}
			if inner == nil {
				if o := c.deniedCharges(sc, v, vg, limit, subj); o != nil {
					objs, v = o, rejectionOf(v) // "rejected U.S. charges" rejects the U.S.: denied_charges.go
				}
			}
			if len(objs) > 0 && slot.Start < 0 && inner == nil {
				objs = c.pastTopic(sc, v, objs, limit, subj)
			}
			if len(objs) == 0 && inner == nil && sc.own && c.privateDispute(sc, v, subj) {
				return false // round 73: "strikers ... stopping outside private banks": a dispute with a private employer
			}
			if len(objs) == 0 && inner == nil {
				objs = c.protestTarget(sc, v, vg, subj)
			}
			if len(objs) == 0 && inner == nil {
				objs = c.peopleTarget(sc, v, vg, limit, subj)
			}
			if len(objs) == 0 && inner == nil && sc.own && len(subj) > 0 && !pairwise {
				objs = sc.coordinatedTarget(vg, subj[0], slot, next, v.TargetNone, v.Code) // "met with Baker and discussed the exchange rates"
			} else if subjVia == purposeVia && !sc.metParty(vg, subj[0], objs, v.Code) {
				continue // the meeting's purpose is asked of the party met, not of one its words name
			}
			if len(objs) == 0 && subjVia == purposeVia {
				continue // a purpose with no party met is left to the meeting
			}
		}
		innerTgt := inner != nil
		if innerTgt {
			objs = inner
		}
		if v.Reach == dict.ReachClause && !vg.Passive && sourceSlotBefore(v) {
			// "$ *": the source is the actor right before the verb.
			if t := sc.lastActorBefore(vg.Tokens.Start, sc.start); t >= 0 {
				subj, subjVia = sc.listEndingAt(t), ""
			}
		} else if len(subj) > 0 && v.Reach == dict.ReachClause && !vg.Passive && !pairwise {
			if f := sc.clauseSubject(vg.Tokens.Start, subj); f != nil {
				subj = f
			}
		}
		if len(subj) == 0 && v.Reach == dict.ReachClause && !vg.Passive && !sc.pronounSubject(vg) && (c.dict.Settings.CodeBy == dict.CodeAll || !sc.clauseCoded(ci)) {
			subj = sc.firstActorBefore(vg.Tokens.Start)
		}
		if len(objs) == 0 && v.Reach == dict.ReachClause && slot.Start < 0 && !vg.Passive {
			objs = sc.pronounTarget(vg, subj, max(next, vg.Tokens.End))
		}
		set := &c.dict.Settings
		if len(subj) == 0 && set.Forward != "" && !vg.Passive && sc.pronounSubject(vg) {
			subj, subjVia = []int{forwardSource}, "forwarded"
		}
		if len(subj) == 0 && set.DefaultSource != "" && !vg.Passive {
			if !set.Prior && len(objs) > 0 {
				// TABARI without PRIOR: the first actor after the verb
				// is the source, and the target comes after it.
				subj = objs[:1]
				objs = sc.firstActorFrom(sc.doc.Mentions[objs[0]].Tokens.End, to, ci, v.Reach != dict.ReachNear && slot.Start < 0)
			} else {
				subj = []int{defaultSource}
				subjVia = "default source"
			}
		}
		if len(objs) == 0 && set.DefaultTarget != "" && !pairwise && !vg.Passive && (set.After || len(subj) < 2) {
			objs = []int{defaultTarget}
		} else if len(objs) == 0 && set.DefaultTarget != "" && !pairwise && !vg.Passive && len(subj) > 1 {
			// A compound subject with no target and AFTER off: TABARI
			// codes the first member on the others ("Bree and Arnor are
			// about to restore ties" is BRE / ARN).
			subj, objs = subj[:1], subj[1:]
		}
		if sc.own && v.TargetNone && len(v.Items) == 1 && slices.Equal(v.Items[0].Alts, []string{"retaliate"}) && subjVia != "coref" && !sc.pronounActor(subj) && !sc.readyRetaliation(vg) {
			// "warned that it would retaliate", "we will retaliate": a
			// threat its maker voices. A party named by another ("Crowe
			// predicted Iran will retaliate", "Washington could
			// retaliate") is someone's forecast.
			continue
		}
		if sc.own && v.TargetNone && len(subj) < 2 && len(v.Items) > 0 && slices.Equal(v.Items[0].Alts, []string{"have"}) {
			// "the U.S. and China had months of talks": "have" codes only
			// parties named together; a lone party's partner follows
			// "with", which "talk with +" codes.
			continue
		}
		if v.TargetNone && len(objs) > 0 && len(subj) > 1 && !vg.Passive && c.mutual(v.Code) && sc.own && !sc.withPartner(objs[0]) {
			// "Japan and the U.S. kick off talks on Canada's wheat": the
			// pattern names no partner, and an actor after it that no
			// "with" introduces is a topic; the members talk to each other.
			objs = nil
		}
		if v.TargetNone && strings.HasPrefix(v.Code, "044") && len(objs) > 0 && sc.venueOnly(objs) {
			// "EC energy ministers meeting in Luxembourg", "will meet in
			// Bahrain": the place is where they meet, not whom.
			objs = nil
		}
		if sc.beneficiaryOnly(vg, v, objs) {
			objs = nil // "called for import relief for the oil industry": who gains, not who is asked
		}
		bodyMet := false
		if sc.own && !vg.Passive && attendsMeeting(v) {
			if body := sc.meetingBody(vg.Tokens.End, to); len(body) > 0 {
				objs, bodyMet = body, true // "attends next week's IMF meeting in Washington": body_meetings.go
			}
		}
		if pairwise || len(subj) > 1 && !vg.Passive && (c.mutual(v.Code) || c.dispute(v)) && sc.within(objs, subj) && (len(objs) > 0 || !sc.uncodedPartner(vg)) && !(sc.own && len(objs) == 0 && solitaryAct(v)) {
			objs = subj // the members act on each other
		} else if v.Reach == dict.ReachClause && len(objs) > 1 && compoundTarget(v) {
			subj, subjVia = objs, "" // TABARI's "HAS * WITH %": the object's members act on each other
		}
		srcs, tgts := subj, objs
		notes := []string(nil)
		if subjVia != "" {
			notes = append(notes, "source via "+subjVia)
		}
		if bodyMet {
			notes = append(notes, "target: the international body whose meeting is attended")
		}
		if slots := v.Slots(); !innerTgt && slots&(dict.TargetBefore|dict.SourceAfter) != 0 {
			// "+ * FROM $", "+ WAS * DEAD": the pattern puts the target
			// in the subject and the source after the verb, whatever
			// the voice.
			srcs, tgts = objs, subj
			notes = append(notes, "pattern slots: the subject is the target")
			if len(tgts) == 0 && v.Reach != dict.ReachNear && slots&dict.TargetBefore != 0 {
				// No subject annals can find ("Ithilen's palace guard
				// militia was freed"): the "+" is the actor before.
				if t := sc.lastActorBefore(vg.Tokens.Start, sc.start); t >= 0 {
					tgts = []int{t}
				}
			}
			if len(tgts) == 0 && !v.TargetNone {
				continue
			}
			if v.Reach == dict.ReachClause && slots&dict.SourceAfter == 0 {
				// "ANTI- + *" with no "$": the target is the actor at
				// the slot, the source TABARI's first actor of the
				// sentence ("Gollum participated in an anti- Gondor
				// parade").
				if t := sc.lastActorBefore(vg.Tokens.Start, first); t >= 0 {
					tgts = []int{t}
					if f := sc.firstActorBefore(sc.doc.Mentions[t].Tokens.Start); len(f) > 0 {
						srcs = sc.listOf(f[0]) // "Neither Galadriel nor Gollum"
						notes = append(notes, "source: the sentence's first actor")
					}
				}
			}
			if len(srcs) == 0 {
				continue
			}
			subjVia = ""
		} else if vg.Passive {
			// "X was attacked by Y": Y acts on X.
			by := sc.agentOfPassive(vg, limit)
			if len(by) == 0 && sc.own {
				by = sc.byGroup(vg, limit)
			}
			srcs, tgts = by, subj
			if sc.own && len(by) > 0 && sc.commaParticiple(vg) {
				tgts = nil // "a supply of oil, being threatened by the war": no actor patient
			}
			if len(by) == 0 && v.Reach == dict.ReachSentence && len(objs) > 0 {
				// PETRARCH reads a passive with no "by" as active:
				// "The Philippines was criticized over its dispute with
				// Eriador" is PHL / ERI.
				srcs, tgts = subj, objs
			}
			if len(subj) == 0 && c.dict.NoCountry == "" && c.mutual(v.Code) && !(sc.own && (towardThird(v.Code) || sc.eachOwnAccords(vg, by) || sc.joinedThing(vg))) {
				// "was signed by Shultz and Halefoglu", "signed between
				// Cyprus, Greece and Israel": the parties act on each other.
				srcs = sc.mutualParties(by, vg, limit, v.Code)
				tgts = srcs
			}
			if sc.own {
				srcs, tgts = c.legalPassive(sc, v, vg, limit, srcs, tgts)
			}
			notes = append(notes, "passive voice: roles swapped")
		}
		if len(srcs) == 0 {
			return false // no source: no event, whatever the pattern
		}
		if vg.Passive {
			subjVia = ""
		}
		tgts, notes = c.unnamedVictim(sc, v, vg, srcs, tgts, notes) // "shot him dead": unnamed_victims.go
		tgts, notes = c.placeTarget(sc, v, vg, srcs, tgts, notes)   // "shelling its towns": place_targets.go
		if len(tgts) == 0 && sc.own && sc.unaddressedSum(v) {
			continue // "At the previous auction, the government offered eight mln dlrs": unaddressed_pledges.go
		}
		if len(tgts) == 0 && !v.TargetNone {
			if c.dict.Settings.Solo && solo.v == nil {
				solo = soloEvent{v, srcs, subjVia, notes}
			}
			continue // a shorter pattern may code without a target
		}
		if v.Code == dict.NullCode && v.Reverse == "" || len(tgts) == 0 && sc.own && sc.civilFight(v, srcs) {
			return true // the dictionary, or an unarmed "fight", says this use of the verb is no event
		}
		c.emit(sc, vg, v, srcs, tgts, subjVia, notes, venue)
		return true
	}
	if solo.v != nil && solo.v.Code != dict.NullCode && !sc.outerCoded(ci) && sc.soloObject(vg) {
		c.emit(sc, vg, solo.v, solo.srcs, nil, solo.via, append(solo.notes, "no target (dict.Settings.Solo)"), venue)
		return true
	}
	return false
}

// soloEvent is a pattern's event with no target, kept in case no other
// pattern of the verb finds one (dict.Settings.Solo).
type soloEvent struct {
	v     *dict.Verb
	srcs  []int
	via   string
	notes []string
}

// mutual reports whether an event code names an act that several actors
// named together do to each other when no one else is named: "Cyprus and
// Egypt signed a deal", "Gondor and Osgiliath met". Statements, demands,
// threats and force are not: "Russia and China appealed for calm" appeals
// to no one.
func (c *Coder) mutual(code string) bool {
	info, ok := c.cb.Lookup(code)
	if !ok {
		return false
	}
	switch info.Root {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// compound reports whether a pattern's words before the verb hold a
// compound slot.
func compound(items []dict.Item) bool {
	for _, it := range items {
		if it.Compound {
			return true
		}
	}
	return false
}

// actorRef builds the output form of mention mi, or of a default actor
// of the dictionary's settings.
func (c *Coder) actorRef(doc *annals.Doc, mi int, via string) *annals.ActorRef {
	switch mi {
	case defaultSource:
		return &annals.ActorRef{Code: c.dict.Settings.DefaultSource, Via: "default source"}
	case defaultTarget:
		return &annals.ActorRef{Code: c.dict.Settings.DefaultTarget, Via: "default target"}
	case forwardSource:
		return &annals.ActorRef{Code: c.dict.Settings.Forward, Via: "forwarded"}
	}
	m := &doc.Mentions[mi]
	text, start, end := doc.Span(m.Tokens)
	if m.Part.End > 0 {
		s := doc.SentenceOf(m.Tokens.Start)
		start, end = m.Part.Start, m.Part.End
		text = doc.SourceOf(s)[start:end]
	}
	if via == "" {
		via = m.Via
	}
	if via == "" && m.Implied {
		via = "coref"
	}
	return &annals.ActorRef{Text: text, Name: m.Name, Code: m.Code, Start: start, End: end, Via: via, Entry: m.Entry}
}

func (sc *sentCtx) modeOf(vg *annals.VerbGroup) string {
	// A condition makes the event hypothetical: "if forgiven by the family".
	if sc.inCondition(vg) {
		return "hypothetical"
	}
	if sc.own && sc.modalWord(vg) {
		return "hypothetical" // "might have to go"
	}
	switch vg.Modal {
	case "need to", "have to":
		if sc.own && vg.Tense != annals.Past {
			return "hypothetical" // "the president needs to begin working with Congress": owed, not done
		}
	case "":
		if sc.perfectParticiple(vg) {
			return "" // "after having completed a trip": done before the main verb's time
		}
		if sc.announcedPlan(vg) != nil {
			return "intent" // "announced plans to impose tariffs": planned, not done
		}
		if sc.offeredAct(vg) {
			return "intent" // "offered its warships to escort tankers": on offer, not done
		}
		if sc.declaredReadiness(vg) >= 0 {
			return "intent" // "was willing to participate in a loan": declared_readiness.go
		}
		if host := sc.sharedModal(vg); host != nil {
			return sc.modeOf(host) // "will make a visit and hold talks"
		}
		if sc.own {
			if m := sc.timedGerundMode(vg); m != "" {
				return m // "would leave tomorrow after meeting Stoltenberg this evening"
			}
		}
		if vg.Tense == annals.Future || sc.own && (sc.whenFuture(vg) || sc.beforeAhead(vg) || sc.scheduled(vg) || sc.tripAhead(vg) || sc.tripOnLaterDay(vg) || sc.laterPeriodAhead(vg) || sc.departingFor(vg)) {
			return "future"
		}
		if host := sc.infinitiveHost(vg); sc.own && host != nil && host.Modal != "" && purposeHosts[lemma(&sc.doc.Tokens[host.Head])] && sc.modeOf(host) == "future" {
			return "future" // "will meet on Friday to discuss coffee prices": the purpose lies ahead too
		}
		if host := sc.purposeHost(vg); host != nil && sc.modeOf(host) == "future" {
			return "future" // "will visit Washington on April 29 for a week to discuss": likewise past the object
		}
		return ""
	case "will", "shall", "be going to", "be to", "be about to", "be set to", "be due to", "be scheduled to":
		return "future"
	case "would":
		if sc.own && sc.reportedFuture(vg) {
			return "future" // "said the United States would go ahead with sanctions"
		}
		return "hypothetical"
	case "could", "may", "might", "should", "must", "can", "ought to":
		return "hypothetical"
	}
	return "intent"
}

// purposeHosts are verbs of going and meeting that an infinitive of purpose
// follows: "will meet here Friday to discuss", "will fly to Tokyo to
// negotiate". The purpose of a trip or meeting ahead lies ahead too;
// catenatives ("would continue to support", "would like to") are not such
// hosts.
var purposeHosts = map[string]bool{
	"meet": true, "visit": true, "travel": true, "go": true, "come": true, "fly": true,
	"leave": true, "arrive": true, "gather": true, "convene": true, "return": true,
}

// reschedules reports whether a verb pattern reschedules or restructures a
// debt, which a creditor agrees to with the debtor as a formal deal.
func reschedules(pattern string) bool {
	return strings.Contains(pattern, "reschedule") || strings.Contains(pattern, "restructure")
}

// intentCode returns the CAMEO "express intent" code (root 03) matching a
// cooperative act (roots 04 to 08), or "" for other codes.
func intentCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	sub := ""
	if len(code) >= 3 {
		sub = code[:3]
	}
	switch code[:2] {
	case "04":
		return "036" // meet or negotiate
	case "05":
		return "032" // diplomatic cooperation
	case "06":
		switch sub {
		case "061":
			return "0311"
		case "062":
			return "0312"
		case "063":
			return "0313"
		case "064":
			return "0314"
		}
		return "031"
	case "07":
		switch sub {
		case "071":
			return "0331"
		case "072":
			return "0332"
		case "073":
			return "0333"
		case "074":
			return "0334"
		}
		return "033"
	case "08":
		switch sub {
		case "081":
			return "0351"
		case "082":
			return "0352"
		case "084":
			return "0353"
		case "085":
			return "0354"
		case "086":
			return "0355"
		case "087":
			return "0356"
		}
		return "035"
	}
	return ""
}

// pronounObject resolves an object pronoun right after a pattern ("blame
// him", "arrested them") to the most recent actor named before the verb's
// sentence or earlier in it, of the right kind (a person for him and her),
// other than the subject; it returns the new mention, or nil.
func (sc *sentCtx) pronounObject(from, to, subj int) []int {
	doc := sc.doc
	if from >= to || from >= sc.end {
		return nil
	}
	t := &doc.Tokens[from]
	if sc.own && twoAt(doc.Tokens, from, min(to, sc.end)) > 0 {
		return sc.twoObject(from, to, subj)
	}
	if sc.own && t.Norm == "the" {
		if b := sc.theBodyAt(from); b != nil && !sc.sameActor(b[0], subj) {
			return b // "talks with the Fund"
		}
		return sc.theCountry(from, to, subj)
	}
	if t.Tag != annals.PRP {
		return nil
	}
	person := false
	switch t.Norm {
	case "him", "her":
		person = true
	case "them", "it":
		if sc.own {
			// "accused it of", "urged them to": an actor pronoun, resolved
			// by salience (pronoun.go); "made it clear" is no object.
			if from+1 < sc.end && (doc.Tokens[from+1].Tag == annals.JJ || doc.Tokens[from+1].Tag == annals.VBN) {
				return nil
			}
			if t.Norm == "it" && !actorComplement(doc, from+1, sc.end) {
				return nil // "opposed it": mostly a thing
			}
			if co := sc.coordinatedObject(from, subj); co != nil {
				return co // "met Germany and urged it to"
			}
			if r := sc.resolveActorPronoun(from, []int{subj}); r != nil {
				return r
			}
			return sc.objectAntecedent(from, subj) // "had written to the oil companies and would discuss with them"
		}
		if t.Norm == "it" {
			return nil
		}
	default:
		return nil
	}
	if co := sc.coordinatedObject(from, subj); co != nil {
		return co // "met Funaro and urged him to"
	}
	sm := &doc.Mentions[subj]
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Tokens.End > from || m.Code == "" || m.Implied {
			continue
		}
		if m.Code == sm.Code && m.Name == sm.Name {
			continue
		}
		if person != (m.Type == "PERSON") {
			continue
		}
		if s := doc.SentenceOf(m.Tokens.Start); s < sc.si-2 {
			continue // too far back to be what the pronoun means
		}
		if best < 0 || m.Tokens.Start > doc.Mentions[best].Tokens.Start {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return []int{corefTo(doc, doc.Mentions[best], annals.Range{Start: from, End: from + 1})}
}

// sameActor reports whether two mentions name the same actor.
func (sc *sentCtx) sameActor(a, b int) bool {
	ma, mb := &sc.doc.Mentions[a], &sc.doc.Mentions[b]
	return ma.Code == mb.Code && ma.Name == mb.Name
}

// duplicate reports whether the sentence already has this event: the same
// actors named twice ("the minister, Amir Khan Muttaqi") or two verbs for one act.
func (sc *sentCtx) duplicate(src string, tgt *annals.ActorRef, code string) bool {
	evs := sc.doc.Events
	for i := len(evs) - 1; i >= 0 && evs[i].Sentence == sc.si; i-- {
		e := &evs[i]
		same := e.Target == nil && tgt == nil || e.Target != nil && tgt != nil && e.Target.Code == tgt.Code
		if same && e.Source.Code == src && e.Code == code {
			return true
		}
	}
	return false
}

func (c *Coder) emit(sc *sentCtx, vg *annals.VerbGroup, v *dict.Verb, srcs, tgts []int, via string, notes []string, venue *annals.Place) {
	if sc.own && sc.readinessUnnamed(vg, tgts) {
		return // "the president is ready to fight them all": declared_readiness.go
	}
	doc := sc.doc
	if sc.own && (sc.habitual(vg) || sc.underHabitual(vg) || sc.whenHabitual(vg)) {
		return // "the two sides usually try to meet": a custom, no act
	}
	code := v.Code
	negated := vg.Negated
	if sc.own && !negated && (vg.Modal == "refuse to" || vg.Modal == "fail to" || sc.declinedAct(vg)) {
		// "is refusing to open its markets", "failed to reach agreement":
		// the act is not done, as if negated.
		negated = true
		why := vg.Modal
		if why == "" {
			why = "decline to"
		}
		notes = append(notes, "not done: "+why)
	}
	if sc.own && !negated && sc.absentAct(vg) {
		negated = true // "there had been no pressure from the U.S."
		notes = append(notes, "not done: no act")
	}
	if sc.own && !negated && sc.ceasedAct(vg) {
		negated = true // "stop attacking each other": the act ends
		notes = append(notes, "not done: ceased")
	}
	if sc.own && !negated && sc.noObject(vg) {
		// "raised no objections", "made no appeal": nothing was done.
		negated = true
		notes = append(notes, "not done: no object")
	}
	if negated && v.Neg != "" {
		code = v.Neg
		notes = append(notes, "negated: coded as "+v.Neg)
	}
	if sc.own && sc.placeCaptured(vg, v, tgts) {
		code = "192" // "captured several Iraqi defence posts"
		notes = append(notes, "ground captured: occupation, not arrest")
	}
	mode := sc.modeOf(vg)
	if sc.own && mode != "hypothetical" && (sc.unrealised(vg) || sc.prospectInfinitive(vg) || sc.conjecturedNoun(vg)) {
		mode = "hypothetical" // "faced with the task of forming a new government", "a way to help"
	}
	if sc.own && mode != "hypothetical" && !strings.HasPrefix(code, "13") && sc.conditioned(vg) {
		// "if he becomes prime minister, he will seek advice": a condition
		// unmet. A threat is conditional by nature and stays.
		mode = "hypothetical"
	}
	if sc.own && mode == "hypothetical" && strings.HasPrefix(code, "13") && sc.readyRetaliation(vg) {
		mode = "" // "the U.S. is prepared to retaliate": ready_retaliation.go
		notes = append(notes, "a retaliation its maker is ready for: the threat is made")
	} else if sc.own && mode == "hypothetical" && sc.voicedRetaliation(vg, code, via, srcs) {
		mode = "" // "warned that it would retaliate if Japan did not move": answered_threats.go
		notes = append(notes, "a retaliation its maker voices: the threat is made")
	}
	if sc.own && !negated && sc.deniedClaim(vg) {
		// "denied rumours that he had offered his resignation": what is
		// denied is not done, as if negated.
		negated = true
		notes = append(notes, "denied by the speaker")
	}
	if sc.own && mode != "hypothetical" && !strings.HasPrefix(code, "13") && (sc.proposedAct(vg) || sc.mandatedAct(vg)) {
		// "their request that the administration offer wheat": the
		// proposal is the event, its content is not done. A threat stays:
		// "may recommend that the United States retaliate" threatens.
		mode = "hypothetical"
		notes = append(notes, "proposed, not done")
	}
	if sc.own && mode != "hypothetical" && sc.pendingCondition(vg) {
		// "will not negotiate until Turkey recognises Greek rights".
		mode = "hypothetical"
		notes = append(notes, "waits on a condition or the future")
	}
	if sc.own && mode != "hypothetical" && sc.askedOfOther(vg) {
		// "urged Japan to open its market": the appeal is the event, the
		// act asked for is not done.
		mode = "hypothetical"
		notes = append(notes, "asked of another party: not done")
	}
	if sc.own && mode != "hypothetical" && sc.doubted(vg) {
		// "highly unlikely that Nakasone and Reagan will agree on".
		mode = "hypothetical"
		notes = append(notes, "judged unlikely: not done")
	}
	if sc.own && mode != "hypothetical" && sc.rumoured(vg) {
		// "rumours that the Fed telephoned some banks": supposed, not done.
		mode = "hypothetical"
		notes = append(notes, "rumoured: not done")
	}
	if sc.own && mode != "hypothetical" && sc.discreditedReport(vg) {
		mode = "hypothetical" // "the reports that Iran intended to attack ships were propaganda": discredited_reports.go
		notes = append(notes, "told by a report called untrue: not done")
	}
	if sc.own && mode != "hypothetical" && sc.hopedFor(vg, v) {
		mode = "hypothetical" // "hope Japanese banks will help Nigeria"
		notes = append(notes, "hoped for or surmised: not done")
	}
	rescheduled := false // the creditor's act: no reciprocal event
	if sc.own && !negated && strings.HasPrefix(code, "071") && reschedules(v.Pattern) && (mode == "intent" && strings.HasPrefix(vg.Modal, "agree") || sc.agreedTo(vg.Tokens.Start)) {
		// "the Paris Club agreed to reschedule Zambia's debt": the creditors'
		// agreement is the deal itself (057), not a promise of aid.
		notes = append(notes, "agreed rescheduling: "+code+" coded as the agreement 057")
		code, mode, rescheduled = "057", "", true
	}
	// "Taiwan agreed to limit its exports to the U.S.": an agreement made
	// is the deal itself; "will agree to" stays an intent.
	agreedDeal := mode == "intent" && v.Code == "057" && strings.HasPrefix(v.Pattern, "agree to ") && sc.agreedDone(vg)
	if c.dict.NoCountry == "" && !negated && (mode == "intent" || mode == "future") && !agreedDeal {
		// annals' conventions, after CAMEO's: cooperation promised or
		// planned ("will meet", "agreed to help", "trying to increase aid")
		// is coded as the intent to cooperate (root 03), not as the act.
		// Imported dictionaries spell such patterns out themselves.
		if ic := intentCode(code); ic != "" {
			notes = append(notes, fmt.Sprintf("%s: %s coded as the intent %s", mode, code, ic))
			code = ic
		}
	}
	if sc.own && vg.Modal == "threaten to" && !negated {
		if tc := threatCode(code); tc != "" {
			notes = append(notes, fmt.Sprintf("threatened: %s coded as the threat %s", code, tc))
			code = tc
		}
	}
	if sc.own && !negated {
		if tc := sc.readyForce(vg, code); tc != "" {
			notes = append(notes, fmt.Sprintf("declared ready: %s coded as the threat %s", code, tc))
			code = tc // "the EC is ready to take measures against Japan": declared_readiness.go
		}
	}
	if sc.soughtAct(vg) {
		return // "denied NEC's motion to disqualify the judge": sought, not done
	}
	if sc.own && (sc.striving(vg) || sc.legalFight(vg) || len(tgts) == 0 && sc.figurative(vg, srcs, code)) {
		return // "fighting to recover politically", "will fight tax increases": an effort, not combat
	}
	if sc.own && lemma(&doc.Tokens[vg.Head]) == "demonstrate" && (sc.hasObject(vg) || sc.showsClause(vg)) {
		return // "the program demonstrates the intention", "demonstrated that": shows, no street protest
	}
	if sc.own && sc.agreedAlone(v, srcs, tgts) {
		return // "Japan agreed on the need to open its market to U.S. goods": no partner to a deal
	}
	if sc.own && v.Pattern == "complain to +" && sc.forumOnly(tgts) {
		return // "complained to the United Nations that ...": the forum is no target
	}
	if sc.own && v.Pattern == "receive +" && len(tgts) > 0 && (!sc.objectNext(vg, tgts[0]) || sc.grantedBy(tgts[0])) {
		return // "received a loan from", "received Japanese government certification": a thing received, no visitor
	}
	if c.contentless(code) || sc.own && (v.Pattern == "warn +" || v.Pattern == "warn + against") && (sc.warningAbout(vg, tgts) || sc.ownSide(srcs, tgts, vg)) {
		return
	}
	if sc.own && v.Pattern == "call +" && sc.possessorOnly(tgts) {
		return // "called the government's decision a step forward": a verdict, not a phone call
	}
	if sc.own && v.Pattern == "call +" && sc.namingCall(vg, tgts) {
		return // "called Biden a decent man", "called relations strained": a verdict, not a phone call
	}
	if sc.own && strings.HasPrefix(code, "05") && len(tgts) > 0 && sc.downfallOf(tgts[0]) {
		return // "hailed as the failure of Iran's offensive": glad of its defeat, no praise of Iran
	}
	if sc.own && v.Code == "051" && sc.currencyObject(vg) {
		return // "the Bank of Japan supported the dollar": buying a currency, not political support
	}
	if sc.own && sc.figurativeFight(vg, code) != "" {
		return // "will try to kill the amendment", "hailstorms killed two people": figurative_fights.go
	}
	if sc.own && sc.goodsReleased(vg, code) {
		return // "is releasing 300,000 tonnes of wheat": stocks onto a market, no one freed (released_goods.go)
	}
	if sc.own {
		if drop, recode, why := sc.objectSense(vg, code, tgts); drop {
			return // "protecting its computer industry", "met with objections": the object settles the sense
		} else if recode != "" {
			notes = append(notes, fmt.Sprintf("%s: %s coded as %s", why, code, recode))
			code = recode
		}
	}
	if sc.own && strings.HasPrefix(code, "14") && sc.stateProtest(vg, srcs) {
		notes = append(notes, "a state's protest: "+code+" coded as the complaint 111")
		code = "111"
	}
	if sc.own && v.Pattern == "credit + with|for" && sc.moneyCredited(vg) {
		return // "credited banks with 15.2 billion marks": money paid in, not praise
	}
	if sc.own && v.Pattern == "warn +" && !negated && sc.warnedToAct(vg) {
		notes = append(notes, "warned what it must do: a demand")
		code = "100"
	}
	if sc.own && len(tgts) == 0 && code == "030" && bareVow(lemma(&doc.Tokens[vg.Head])) {
		return // "the governor has promised each victim a payout": a promise to no party named
	}
	if sc.own && !negated && mode != "hypothetical" && code == "030" && v.Pattern == "agree to" && c.ring(srcs, tgts) && sc.distinctRoots(srcs) > 2 && sc.agreedDone(vg) && !sc.cooperationAgreed(vg) {
		// "The G-7, comprising the U.S., Japan, ... have agreed to monitor
		// each other's policies": three or more parties that reached an
		// agreement made an accord (057), coded as a ring; two parties'
		// "agreed to" stays a promise, and so do "will agree to", three
		// officials of two governments, and an agreement to cooperate.
		notes = append(notes, "an accord of three or more parties: 030 coded as the agreement 057")
		code = "057"
	}
	if sc.own && len(tgts) == 0 && sc.lenderParty(vg) {
		return // "agreed to work together with the banks": commercial creditors of no country
	}
	if sc.own && sc.workplaceStrike(v, srcs, tgts) {
		return // "workers walked out at its mills": a dispute with an employer, not the state
	}
	if len(tgts) == 0 && len(sc.decisionOwner(vg)) > 0 {
		return // "the minister's decision to resign": an act named by a noun, aimed at no one
	}
	if len(tgts) == 0 && sc.announcedPlan(vg) != nil {
		return // "approved a plan to seek negotiations with other countries": a plan aimed at no one
	}
	notes = sc.corefNotes(notes, srcs, tgts)
	info, _ := c.cb.Lookup(code)
	vtext, vs, ve := doc.Span(vg.Tokens)
	date := sc.eventDate(vg)
	loc := sc.location(vg)
	if loc == nil && venue != nil && info.Root == "04" {
		p := *venue
		loc = &p
		notes = append(notes, "location: the meeting's venue named elsewhere in the article")
	}
	if sc.own && len(tgts) == 0 && len(srcs) == 1 {
		if f := sc.foeOf(info.Root, srcs[0], vg, v.Pattern); f >= 0 {
			tgts = []int{f} // "Iran launched the new offensive ... of northeast Iraq": the one other state named is the enemy
			notes = append(notes, "target: the one enemy state the sentence, or else the story, names")
		} else if a := sc.answeredParty(info.Root, srcs[0], vg); a >= 0 {
			tgts = []int{a} // "Iran ... vowed retaliation" for "Monday's U.S. attack": answered_threats.go
			notes = append(notes, "target: the party whose act the retaliation answers")
		}
	}
	if len(tgts) == 0 {
		tgts = []int{noActor}
	}
	if len(srcs) > 1 || len(tgts) > 1 {
		notes = append(notes, "compound actor: one event per actor")
	}
	if c2, i2 := c.civilianViolence(doc, srcs, code, info); c2 != code {
		notes = append(notes, "force by an actor with no armed forces: "+code+" coded as "+c2)
		code, info = c2, i2
	}
	if c2 := c.expelForces(doc, tgts, code); c2 != code {
		notes = append(notes, "armed forces expelled: "+code+" coded as "+c2)
		code, info = c2, c.info(c2)
	}
	if sc.own && c.accusedStateCharge(doc, code, vg, srcs, tgts) {
		notes = append(notes, "a state charged with a breach: an accusation, 173 coded as 112")
		code, info = "112", c.info("112") // round 72: "charged the United States with breaking trade rules"
	}
	if c2, ok := sc.civilRivalry(vg, code, srcs, tgts); !ok {
		return // "Regan and Volcker clashed": one state's officials fight with words (figurative_fights.go)
	} else if c2 != code {
		notes = append(notes, "one state's officials attacking each other: "+code+" coded as the criticism "+c2)
		code, info = c2, c.info(c2)
	}
	if sc.own && sc.marketOpenedByOther(vg, code, srcs, tgts) {
		return // "urged Japan to open its markets to U.S. goods" coded USA->USA: market_openers.go
	}
	if sc.own && (sc.forcedByCircumstance(vg, srcs) || sc.infinitiveConjunct(vg, srcs)) {
		return // "the government would be forced to", "expect the law to boost imports and encourage": circumstantial_force.go, infinitive_conjuncts.go
	}
	ring := c.ring(srcs, tgts)
	pairs := v.Reverse != "" && len(srcs) > 1 && slices.Equal(srcs, tgts)
	for si, s := range srcs {
		for ti, t := range tgts {
			if ring && ti != (si+1)%len(tgts) {
				continue // three or more parties acting on each other: A→B, B→C, C→A
			}
			if pairs && ti < si {
				continue // "% * [044:045]": each pair once, the reverse code the other way
			}
			if sc.own && sc.marketSubject(s, vg) {
				continue // round 72: "U.S. corn imports injure Canadian farmers": a market, not a state, acts
			}
			if sc.own && (sc.attributed(s) || sc.attributed(t)) {
				continue // "according to authorities, a man ... began to stab people": the reporter is no party
			}
			src := c.actorRef(doc, s, via)
			var tgt *annals.ActorRef
			if t != noActor {
				tgt = c.actorRef(doc, t, "")
				if sc.own {
					sc.rebelsOfFoughtState(info.Root, s, src, tgt) // "contra rebels fighting the Nicaraguan government": fought_state_rebels.go
				}
				if tgt.Code == src.Code && tgt.Name == src.Name || sc.own && sc.countryAndCapital(s, t) {
					continue // an actor acting on itself is no event
				}
				if sc.own && tgt.Code == src.Code && len(srcs) > 1 && slices.Equal(srcs, tgts) {
					continue // "the finance minister, Domingo Cordovez, and ...": one party named twice
				}
				if sc.own && tgt.Code == src.Code && handedProposal(v.Pattern) {
					continue // "the ministry sent a proposal to the cabinet": light_verb_requests.go
				}
				if c.private(src, tgt) {
					continue // a union and its employers: economic, not political
				}
				if sc.own && sc.oneGovernment(info.Root, src, tgt, s, t) {
					continue // round 71: "at today's Cabinet meeting, Nakasone told": one government's own business
				}
				if sc.own && domesticFavour(code, lemma(&doc.Tokens[vg.Head]), src.Code, tgt.Code) {
					continue // "the government plans to help the industry": domestic policy, no interaction
				}
				if sc.own && ownCountryAid(code, src.Code, tgt.Code) {
					continue // "funds for the Brazilian Coffee Institute" from Brazil's Treasury: own_country_aid.go
				}
				if sc.own && sc.organAndOwnState(s, t) {
					continue // "legislators called on Japan" in a story about Japan: no organ acts on its own state
				}
				if sc.own && towardThird(code) && stateAndOwnOrgan(src.Code, tgt.Code) {
					continue // "Spain backed the court's view": a state does not endorse its own organ
				}
				if sc.own && sc.commercialPair(info.Root, src, tgt, s, t) {
					continue // "signed a distribution agreement with the French group": firms, no state
				}
				if sc.own && sc.ownMourning(code, vg, src, tgt, t) {
					continue // "India grieves the passing away of Mukherjee": own_mourning.go
				}
				if sc.own && sc.ownPossession(src, t) {
					continue // "suspended interest payments on Brazil's debt": own_possessions.go
				}
				if sc.own && sc.laterTimeTarget(vg.Tokens.End, t) {
					continue // "halted loans to Hanoi after the fall of the Saigon government": later_time_targets.go
				}
				if sc.own && sc.bodyVenueTrip(v, code, t) {
					continue // "going to Washington to take part in a meeting of the IDB": body_venue_trips.go
				}
				if sc.own && personnelChange(v.Code, src, tgt) {
					continue // "quit as the president's top aide": a post left among colleagues
				}
			} else if c.needsTarget(code, info.Root) && !(sc.own && (code == "020" || code == "100") && publicAppeal(&doc.Tokens[vg.Head])) {
				continue // a statement to no one is not an event
			} else if c.privateAlone(src, info.Root) {
				continue // "employers are asking for a cut in crew levels": no political actor
			}
			if t != noActor && info.Root == "01" && sc.own && sc.modifierOnly(t) {
				continue // "discussed issuing U.S. government bonds": said of a thing, not to a party
			}
			dup := sc.duplicate(src.Code, tgt, code)
			if dup && !sc.reverseOfDuplicate(v, code, tgt) {
				continue
			}
			ev := annals.Event{
				Sentence: sc.si, Source: src, Target: tgt,
				Code: code, Root: info.Root, Plover: info.Plover, QuadClass: info.QuadClass, Goldstein: info.Goldstein,
				Date: date, Location: loc, Negated: negated, Mode: mode,
				Evidence: annals.Evidence{Verb: vtext, Start: vs, End: ve, Rule: v.Entry, Pattern: fmt.Sprintf("%s %s", v.Code, v.Pattern), Notes: notes},
			}
			if code != dict.NullCode && !dup {
				doc.Events = append(doc.Events, ev)
			}
			// A reciprocal code ("[042:043]": a visit is also hosted) adds the
			// target's act towards the source.
			if v.Reverse != "" && tgt != nil && !sc.duplicate(tgt.Code, src, v.Reverse) {
				ri, _ := c.cb.Lookup(v.Reverse)
				rev := ev
				rev.Source, rev.Target = tgt, src
				rev.Code, rev.Root, rev.Plover, rev.QuadClass, rev.Goldstein = v.Reverse, ri.Root, ri.Plover, ri.QuadClass, ri.Goldstein
				rev.Evidence.Notes = append(slices.Clip(notes), "reciprocal event of the pattern's second code")
				doc.Events = append(doc.Events, rev)
			} else if v.Reverse == "" && !ring && tgt != nil && code != dict.NullCode && !rescheduled && (c.joint(sc, vg, code) && !(sc.own && sc.namesThing(t) && !sc.accordDated(code, t) && !sc.roleBeforeDay(t)) || sc.metEachOther(vg, code, t, src, tgt)) && !sc.duplicate(tgt.Code, src, code) && !(sc.own && (oneWay(srcs, tgts) && !listAccord(code) || sc.oneSidedIntent(vg, v, code, srcs))) {
				rev := ev
				rev.Source, rev.Target = tgt, src
				rev.Evidence.Notes = append(slices.Clip(notes), "reciprocal: the parties talk, negotiate or agree with each other")
				doc.Events = append(doc.Events, rev)
			} else if v.Reverse == "" && !ring && code != dict.NullCode && !rescheduled && sc.metBothWays(vg, code, src, tgt, tgts) && !sc.duplicate(tgt.Code, src, code) && !sc.oneSidedIntent(vg, v, code, srcs) {
				rev := ev
				rev.Source, rev.Target = tgt, src
				rev.Evidence.Notes = append(slices.Clip(notes), "reciprocal: two parties met each other")
				doc.Events = append(doc.Events, rev)
			}
		}
	}
}

// ownSide reports whether the people warned are the speaker's own, named
// as such: "Hussein warned his frontline troops", "Khomeini warned the
// nation's civilian and military hierarchy". A leader cautioning his own
// forces or citizens instructs them; it is no threat (CAMEO 13) between
// actors.
func (sc *sentCtx) ownSide(srcs, tgts []int, vg *annals.VerbGroup) bool {
	if len(srcs) != 1 || len(tgts) == 0 {
		return false
	}
	toks := sc.doc.Tokens
	for _, t := range tgts {
		if !sc.sameCountry(srcs[0], t) {
			return false
		}
		m := &sc.doc.Mentions[t]
		if len(m.Code) < 6 {
			return false
		}
		switch m.Code[3:6] {
		case "MIL", "CVL", "COP":
		default:
			return false
		}
		own := false
		for j := m.Tokens.Start - 1; j >= vg.Tokens.End && j >= m.Tokens.Start-5; j-- {
			if toks[j].Tag == annals.PRPS || toks[j].Tag == annals.POS && j > sc.start && (toks[j-1].Norm == "nation" || toks[j-1].Norm == "country") {
				own = true
				break
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// oneWay reports whether one party acts on a list of others: "Zambia's
// talks with the World Bank and the IMF", "X met A and B". The convention
// (eval/testdata/README.md) codes the one towards each of the others only;
// the others did not each talk with X, they shared a table with it.
func oneWay(srcs, tgts []int) bool {
	return len(srcs) == 1 && len(tgts) > 1
}

// precededByPrep reports whether mention m follows a preposition, which
// makes it an object ("with the Taliban"), not a subject.
func (sc *sentCtx) precededByPrep(m *annals.Mention) bool {
	i := m.Tokens.Start - 1
	if i < sc.start {
		return false
	}
	t := &sc.doc.Tokens[i]
	return t.Tag == annals.IN || t.Tag == annals.TO
}

// joined reports whether tokens [from, to) join two actors of a list: a
// comma, "and" or "or", or a comma and a conjunction, then words that
// modify the next actor ("Mordor, the awful Fornost, and good Gondor").
// conj says a conjunction closes the list.
func (sc *sentCtx) joined(from, to int) (ok, conj bool) {
	toks := sc.doc.Tokens
	i := from
	comma := i < to && toks[i].Tag == annals.COMMA
	if comma {
		i++
	}
	if i < to && (toks[i].Norm == "and" || toks[i].Norm == "or" || toks[i].Norm == "nor") {
		conj = true
		i++
	}
	if !comma && !conj {
		return false, false
	}
	if conj {
		i = sc.roleOf(i, to) // "Figueroa and the head of the central bank of Mexico"
	}
	for ; i < to; i++ {
		// "the evil awful Gondor": the tagger may call an adjective a noun.
		// "Giraud and his West German counterpart Woerner": a possessive
		// after the conjunction opens the next member (annals' own only).
		if t := toks[i].Tag; t != annals.DT && t != annals.JJ && !(t == annals.NN && conj && toks[i].Flags&annals.Cap == 0) && !(t == annals.PRPS && conj && sc.own) {
			return false, false
		}
	}
	return true, conj
}

// coordinated extends mention index k of sc.ments with the mentions joined
// to it by "and" or "or" ("EU and US envoys", "France, Germany and Italy").
// A comma alone joins nothing: "the minister, Amir Khan Muttaqi," is one
// actor named twice, not two actors.
func (sc *sentCtx) coordinated(k int) []int {
	out := []int{sc.ments[k]}
	closed := 1 // out[:closed] is confirmed
	prevEnd := sc.doc.Mentions[sc.ments[k]].Tokens.End
	for j := k + 1; j < len(sc.ments); j++ {
		prev := &sc.doc.Mentions[sc.ments[j-1]]
		cur := &sc.doc.Mentions[sc.ments[j]]
		if cur.Tokens.Start == prev.Tokens.Start { // parts of one hyphenated token
			out = append(out, sc.ments[j])
			closed = len(out)
			prevEnd = cur.Tokens.End
			continue
		}
		if sc.restates(prev, cur) {
			prevEnd = cur.Tokens.End + 1 // past the ")"
			continue
		}
		if e := sc.asides(prevEnd); e > prevEnd && cur.Tokens.Start >= prevEnd {
			// "Maruti Udyog Ltd (MUL) - an Indo-Japanese car maker - and
			// Hungary's Mogurt": the list runs on past an aside, and any
			// actor named inside it belongs to the aside, not the list.
			for j < len(sc.ments) && sc.doc.Mentions[sc.ments[j]].Tokens.Start < e {
				j++
			}
			if j == len(sc.ments) {
				break
			}
			cur = &sc.doc.Mentions[sc.ments[j]]
			if ok, conj := sc.joined(e, cur.Tokens.Start); !ok || !conj {
				break
			}
			out = append(out, sc.ments[j])
			closed = len(out)
			break
		}
		ok, conj := sc.joined(prevEnd, cur.Tokens.Start)
		prevEnd = cur.Tokens.End
		if !ok {
			break
		}
		out = append(out, sc.ments[j])
		if conj {
			closed = len(out)
			break
		}
	}
	return out[:closed]
}

// dashes are the tokens that open and close a dashed aside.
var dashes = map[string]bool{"-": true, "--": true, "–": true, "—": true}

// asides returns the token after the asides that open at token i: a
// bracket ("(MUL)"), a dashed phrase ("- an Indo-Japanese car maker -") or
// a comma apposition before a closing conjunction (", the largest buyer,"
// then "and"), one after another; or i when none opens there. An aside holds
// no finite verb and no clause punctuation, so a new clause is never skipped.
func (sc *sentCtx) asides(i int) int {
	if !sc.own {
		return i
	}
	toks := sc.doc.Tokens
	for n := 0; n < 3 && i < sc.end; n++ {
		t := &toks[i]
		closer, max := "", 10
		switch {
		case t.Norm == "(":
			closer = ")"
		case dashSet.Has(t.Norm):
			closer = t.Norm
		case t.Tag == annals.COMMA && i+1 < sc.end && (toks[i+1].Norm == "a" || toks[i+1].Norm == "an" || toks[i+1].Norm == "the"):
			closer, max = ",", 8
		default:
			return i
		}
		k := i + 1
		for ; k < sc.end && k-i <= max && toks[k].Norm != closer; k++ {
			if closer == "," && sc.inActor(k) {
				return i // "Saudi Arabia, the United States, and Paris": a member, no aside
			}
			switch toks[k].Tag {
			case annals.VBD, annals.VBP, annals.VBZ, annals.MD, annals.STOP, annals.QUOTE, annals.CC, annals.WDT, annals.WP:
				return i
			case annals.COMMA:
				if closer != ")" {
					return i
				}
			}
		}
		if k >= sc.end || toks[k].Norm != closer || k == i+1 {
			return i
		}
		if closer == "," {
			if k+1 >= sc.end || toks[k+1].Norm != "and" && toks[k+1].Norm != "or" {
				return i
			}
			return k // joined reads the comma and the conjunction
		}
		i = k + 1
	}
	return i
}

// restates reports whether mention b is a's short name in brackets right
// after it: "the European Community (EC)", "the International Monetary Fund
// (IMF)". The two are one actor, and a list runs on past the bracket.
func (sc *sentCtx) restates(a, b *annals.Mention) bool {
	toks := sc.doc.Tokens
	return a.Code == b.Code && b.Tokens.Start == a.Tokens.End+1 && toks[a.Tokens.End].Norm == "(" &&
		b.Tokens.End < len(toks) && toks[b.Tokens.End].Norm == ")"
}

// compound returns the actors of the list that mention index k of sc.ments
// ends or belongs to: the subject finder meets the last member first
// ("Arnor, Calenardhon and Gondor praised").
func (sc *sentCtx) compound(k int) []int {
	first := k
	for first > 0 {
		prev := &sc.doc.Mentions[sc.ments[first-1]]
		cur := &sc.doc.Mentions[sc.ments[first]]
		if sc.restates(prev, cur) {
			first--
			continue
		}
		prevEnd := prev.Tokens.End
		if first > 1 && sc.restates(&sc.doc.Mentions[sc.ments[first-2]], prev) {
			prevEnd++ // "the European Community (EC) and Comecon": the list runs on past the bracket
		}
		if ok, conj := sc.joined(prevEnd, cur.Tokens.Start); !ok || sc.locative(prev) && !conj {
			break // "In Paris, Britain, Canada and France agreed": the city is where, not who ("lawmakers in Fornost and Gondor" stay a list)
		} else if conj && sc.own && sc.embeddedConjunct(prev, cur) {
			break // "the future of the Japanese steel industry and French ministers meet"
		}
		first--
	}
	if first < k {
		out := sc.coordinated(first)
		if slices.Contains(out, sc.ments[k]) || sc.apposedLast(out, k) {
			return out
		}
	}
	return sc.coordinated(k)
}

// subject finds the source of verb group vg in clause ci, the way a reader
// finds a subject: the noun phrase right before the verb, skipping adverbs,
// commas and prepositional phrases ("Kerri Kupec, spokeswoman for the
// Department of Justice, criticized": the spokeswoman, not the Department),
// with an appositive in front of it ("the Taliban's acting foreign minister,
// Amir Khan Muttaqi, declared"). The subject is the source only when an actor
// is named in it: "an IT worker went on a spree, killing four" has no
// source, whatever actors stand earlier in the sentence. A clause with no
// subject of its own takes the subject of the clause it is joined to ("...
// and killed two soldiers"), a relative clause the noun it modifies.
func (sc *sentCtx) subject(vg *annals.VerbGroup, ci int) ([]int, string) {
	return sc.subjectOf(vg, ci, 0)
}

func (sc *sentCtx) subjectOf(vg *annals.VerbGroup, ci, depth int) ([]int, string) {
	if depth > 6 {
		return nil, ""
	}
	if sc.own {
		// An infinitive shares its host verb's subject.
		if prev := sc.infinitiveHost(vg); prev != nil {
			src, _ := sc.subjectOf(prev, sc.clause(prev.Head), depth+1)
			return src, "subject"
		}
		if host := sc.rankedComplementHost(vg); host != nil {
			if src, _ := sc.subjectOf(host, sc.clause(host.Head), depth+1); len(src) > 0 {
				return src, "subject" // "Egypt is the only Arab country which has signed": copula_firsts.go
			}
		}
	}
	if src := sc.decisionOwner(vg); len(src) > 0 {
		return src, "subject" // "Reagan's decision to impose tariffs on Japan"
	}
	if host := sc.announcedPlan(vg); host != nil {
		src, _ := sc.subjectOf(host, sc.clause(host.Head), depth+1)
		return src, "subject" // "Reagan announced plans to impose tariffs"
	}
	if sc.own {
		if k := sc.asideSubject(vg); k >= 0 {
			return sc.compound(k), "subject" // "Shultz, after meeting Howe, said"
		}
		if k := sc.listBeforeAside(vg); k >= 0 {
			return sc.compound(k), "" // "Japan, France and Canada -- G-6 -- agreed"
		}
	}
	span, stop, ok := sc.subjectSpan(vg.Tokens.Start, ci)
	pronoun := false
	if ok && sc.own {
		if prev := sc.objectBeforeComma(vg, span, ci); prev != nil {
			src, _ := sc.subjectOf(prev, ci, depth+1)
			return src, "subject" // "smashed four brigades, killed 1,500 soldiers"
		}
		if sc.objectComplement(vg, span, ci) {
			return nil, "" // "leaving 220 men killed": the men were killed
		}
	}
	if ok {
		if sc.own {
			if two := sc.twoParties(span); two != nil {
				return two, "coref" // "Deng met Shultz. The two discussed ..."
			}
		}
		k := sc.mentionIn(span)
		if k < 0 && sc.own {
			k = sc.collectiveMember(span, vg.Tokens.Start) // "a group of Canadian lawmakers"
		}
		if k < 0 && sc.own {
			k = sc.roleSubject(span) // "the head of Bank of Mexico met"
		}
		if k < 0 && sc.own {
			if src := sc.documentMaker(vg, span, depth); len(src) > 0 {
				return src, "subject" // "The House passed a resolution urging": document_makers.go
			}
		}
		if sc.own && span.Len() == 2 && (k < 0 || sc.doc.Mentions[sc.ments[k]].Via == "context") {
			// "the IMF ... The Fund suggested": the body named before, not
			// a bank or fund of the article's country.
			if b := sc.theBodyAt(span.Start); b != nil {
				return b, "coref"
			}
		}
		if k >= 0 {
			list := sc.compound(k)
			if sc.own {
				list = sc.singularVerbAfterList(list, vg)
			}
			if depth > 0 {
				return list, "subject"
			}
			return list, ""
		}
		if span.Len() != 1 || sc.doc.Tokens[span.Start].Tag != annals.PRP {
			return nil, "" // a subject that names no actor
		}
		pronoun = true // an unresolved pronoun: "but he also criticized"
	}
	inherit := func(prev *annals.VerbGroup, pci int) ([]int, string) {
		if prev == nil {
			return nil, ""
		}
		src, _ := sc.subjectOf(prev, pci, depth+1)
		if pronoun {
			return src, "coref"
		}
		return src, "subject"
	}
	// Two verbs sharing a subject in one clause: "met the envoys and agreed to".
	// A clause opened by the conjunction takes the subject of the clause it
	// is joined to, below ("Turkey is under sanctions, and was condemned").
	if !ok && stop >= 0 && sc.doc.Tokens[stop].Tag == annals.CC {
		if prev := sc.verbBefore(stop, ci); prev != nil || ci < 0 || sc.doc.Clauses[ci].Kind != annals.Coordinate {
			return inherit(prev, ci)
		}
	}
	// "Gollum was known to break into ...": with imported dictionaries, an
	// infinitive right after a verb group takes that group's subject, as
	// PETRARCH's and TABARI's readings of the sentence do.
	if !ok && !sc.own && vg.Tokens.Start-1 > sc.start && sc.doc.Tokens[vg.Tokens.Start-1].Tag == annals.TO {
		if prev := sc.verbBefore(vg.Tokens.Start-1, -1); prev != nil && prev.Tokens.End == vg.Tokens.Start-1 {
			return inherit(prev, sc.clause(prev.Head))
		}
	}
	if ci < 0 {
		return nil, ""
	}
	cl := &sc.doc.Clauses[ci]
	switch cl.Kind {
	case annals.Relative:
		if ok && !pronoun {
			return nil, ""
		}
		if cl.Antecedent >= 0 {
			// The antecedent, or an actor naming it just before its head
			// noun: "the Islamic State-Khorasan (IS-K) group, which ...".
			best := -1
			for k, mi := range sc.ments {
				m := &sc.doc.Mentions[mi]
				if cl.Antecedent >= m.Tokens.Start && cl.Antecedent < m.Tokens.End {
					best = k
					break
				}
				if m.Tokens.End <= cl.Antecedent+1 && m.Tokens.End >= cl.Antecedent-3 {
					best = k
				}
			}
			if best >= 0 {
				return sc.coordinated(best), "relative"
			}
		}
	case annals.Coordinate, annals.Subordinate:
		if cl.Parent >= 0 && cl.Parent != ci {
			// The nearest verb before with a subject: "urged Bree to
			// chill out and then it requested" is Calenardhon's request.
			for t := cl.Tokens.Start; ; {
				prev := sc.verbBefore(t, cl.Parent)
				if prev == nil {
					return nil, ""
				}
				if src, via := inherit(prev, cl.Parent); len(src) > 0 {
					return src, via
				}
				t = prev.Tokens.Start
			}
		}
	case annals.Reported:
		// "Police said they had arrested a man": a pronoun reporting on
		// itself is the speaker.
		if pronoun && cl.Parent >= 0 && cl.Parent != ci {
			if v := sc.verbBefore(cl.Tokens.Start, cl.Parent); v != nil {
				if src, via := inherit(v, cl.Parent); !sc.own || !sc.numberClash(span.Start, src) {
					return src, via
				}
				return nil, "" // "officials confirmed it has killed": "it" is not the officials
			}
			if v := sc.verbAfter(cl.Tokens.End, cl.Parent); v != nil {
				return inherit(v, cl.Parent) // "..., they said"
			}
		}
	}
	return nil, ""
}

// namesTheTwo reports whether sentence s holds a noun phrase "the two"
// or "both sides" that can refer back to two parties ("The two signed an
// agreement", "officials of both countries met"), so that a sentence
// naming no actor of its own is still coded.
func namesTheTwo(doc *annals.Doc, s annals.Sentence) bool {
	toks := doc.Tokens
	for i := s.Tokens.Start; i+1 < s.Tokens.End; i++ {
		if w := toks[i].Norm; w != "the" && w != "both" {
			continue // every phrase of twoAt opens so; asked here, with no call
		}
		if twoAt(toks, i, s.Tokens.End) > 0 {
			return true
		}
	}
	return false
}

// twoAt returns the length of a phrase at token i that names two parties
// by reference ("the two", "the two sides", "both countries"), or 0. A
// bare "the two" counts only before a verb; "both" only before a noun of
// twoNouns ("both sides", not "both houses" or "both Japan and").
func twoAt(toks []annals.Token, i, end int) int {
	switch {
	case i+1 < end && toks[i].Norm == "both" && twoNouns[toks[i+1].Norm]:
		return 2
	case i+2 < end && toks[i].Norm == "the" && toks[i+1].Norm == "two" && (twoNouns[toks[i+2].Norm] || twoMore(toks[i+2].Norm)):
		return 3
	case i+2 < end && toks[i].Norm == "the" && toks[i+1].Norm == "two" && toks[i+2].Tag.IsVerb():
		return 2
	}
	return 0
}

// twoNouns are the heads of "the two sides" and its kin, which refer back
// to the two parties just named.
var twoNouns = map[string]bool{
	"sides": true, "countries": true, "leaders": true, "ministers": true, "governments": true,
	"nations": true, "delegations": true, "men": true,
}

// twoParties resolves a subject "the two", "the two sides", "both
// countries" or "officials of the two countries" to the two parties named
// before it: in "Deng told visiting Shultz ... The two discussed" they are
// Deng and Shultz.
func (sc *sentCtx) twoParties(span annals.Range) []int {
	toks := sc.doc.Tokens
	i := span.Start
	if span.Len() == 1 && span.End+1 < sc.end && sc.twoMembers(toks[i]) && (toks[span.End].Norm == "of" || toks[span.End].Norm == "from") {
		i = span.End + 1 // "officials from the two countries": the head before "from"
	} else if n := twoAt(toks, i, sc.end); n == 0 || i+n != span.End {
		return nil
	}
	if twoAt(toks, i, sc.end) == 0 || i == span.Start && toks[i].Norm == "both" {
		// A subject "both nations" opens as often on a new pair as on
		// the last one named ("Then both nations issued statements ...
		// of Turkey guarding captured ISIS militants" lent its pair to a
		// later verb): "the two" and "officials of both" refer back.
		return nil
	}
	return sc.twoOrHeadline(i, -1)
}

// twoMembers reports whether t names people who act for a party:
// "officials", "ministers", "representatives" (of the two countries).
func (sc *sentCtx) twoMembers(t annals.Token) bool {
	switch t.Norm {
	case "officials", "ministers", "representatives", "delegates", "negotiators", "leaders", "delegations", "presidents":
		return true
	}
	return false
}

// twoBefore returns the two parties that a phrase at token p naming two
// by reference stands for: the actors named before p in its own sentence
// and in the sentence before, when they are exactly two countries or
// bodies other than the root of the mention exclude ("X urged both sides":
// not X). It gives nil for any other count, so that a list of three or a
// story of firms stays out; a place named there is where, not one of the
// two.
func (sc *sentCtx) twoBefore(p, exclude int) []int {
	doc := sc.doc
	lo := sc.start
	if sc.si > 0 && !doc.Sentences[sc.si-1].Title {
		lo = doc.Sentences[sc.si-1].Tokens.Start
	}
	ex, hi := "", p
	if exclude >= 0 && len(doc.Mentions[exclude].Code) >= 3 {
		ex = doc.Mentions[exclude].Code[:3]
		if e := &doc.Mentions[exclude]; e.Tokens.Start >= sc.start && !e.Implied {
			// The subject's own phrase holds no one it acts on: in
			// "Greece and Turkey's NATO allies called on both countries"
			// the two stand in the subject, not before it.
			hi = min(hi, e.Tokens.Start)
		}
	}
	var picked []int
	var roots []string
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != annals.ActorMention || m.Tokens.Start < lo || m.Tokens.End > p || len(m.Code) < 3 || m.Implied {
			continue
		}
		if m.Tokens.Start >= sc.start && m.Tokens.End > hi {
			continue
		}
		root := m.Code[:3]
		if root == "IGO" || root == "NGO" || root == "IMG" {
			root = m.Code
		} else if len(m.Code) >= 6 && (m.Code[3:6] == "BUS" || m.Code[3:6] == "CVL") {
			return nil // firms or people: "the two" may be theirs
		}
		if root == ex || slices.Contains(roots, root) {
			continue
		}
		roots = append(roots, root)
		picked = append(picked, mi)
	}
	if len(picked) == 0 && lo < sc.start {
		return sc.twoFurther(p, lo, ex)
	}
	if len(picked) != 2 {
		return nil
	}
	return picked
}

// asideSubject returns the index in sc.ments of the actor that a participle
// set off by commas right after it belongs to: in "Shultz, after meeting
// Howe, said ..." Shultz did the meeting. Only a participle opened by a
// word of time qualifies, and the actor must end just before the comma;
// -1 otherwise.
func (sc *sentCtx) asideSubject(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	s := vg.Tokens.Start
	if toks[vg.Head].Tag != annals.VBG || toks[s].Tag != annals.VBG || s-2 <= sc.start {
		return -1
	}
	switch toks[s-1].Norm {
	case "after", "before", "while", "following", "when", "upon", "since":
	default:
		return -1
	}
	if toks[s-2].Tag != annals.COMMA {
		return -1
	}
	for k, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.End == s-2 {
			return k
		}
	}
	return -1
}

// npToken reports whether token i can be part of a noun phrase.
func (sc *sentCtx) npToken(i int) bool {
	t := &sc.doc.Tokens[i]
	switch t.Tag {
	case annals.DT, annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.CD, annals.POS, annals.PRPS, annals.PRP:
		return true
	case annals.VBN, annals.VBG: // "the accused", "the ruling party"
		if i > sc.start {
			switch sc.doc.Tokens[i-1].Tag {
			case annals.DT, annals.JJ, annals.PRPS, annals.POS:
				return true
			}
		}
	}
	return false
}

// subjectSpan walks back from token before within clause ci and returns
// the subject noun phrase (with an appositive before it), or ok false and
// the token that stopped the walk (-1 at the clause start).
func (sc *sentCtx) subjectSpan(before, ci int) (span annals.Range, stop int, ok bool) {
	toks := sc.doc.Tokens
	lo := max(sc.clauseRange(ci).Start, sc.start)
	// A subordinating conjunction opening the clause ("as the Islamists
	// press") is tagged like a preposition but governs a clause.
	sub := ci >= 0 && sc.doc.Clauses[ci].Kind != annals.MainClause
	prep := func(i int) bool {
		return i >= lo && (toks[i].Tag == annals.IN || toks[i].Tag == annals.TO) && !(sub && i == lo) &&
			!(sc.own && toks[i].Norm == "that") && // "recommend that the United States retaliate": a subordinator
			!(sc.own && approximator(toks, i)) // "about 70 soldiers": a number, not a phrase
	}
	pos := before - 1
	// A name right before the verb is its subject even when the tagger closed
	// a clause too late ("Despite promises that it would not return to its
	// rule, Guterres expressed").
	adjacent := pos >= sc.start && pos < lo+0 || pos >= lo && sc.clause(pos) != ci
	if adjacent && pos >= sc.start && sc.npToken(pos) && pos > sc.start && toks[pos].Tag == annals.NNP {
		end := pos + 1
		for pos >= sc.start && (toks[pos].Tag == annals.NNP || toks[pos].Tag == annals.NNPS) {
			pos--
		}
		if pos >= sc.start && toks[pos].Tag == annals.COMMA {
			return annals.Range{Start: pos + 1, End: end}, -1, true
		}
		pos = before - 1
	}
	for pos >= lo {
		if ci >= 0 && sc.clause(pos) != ci {
			pos-- // a clause nested between subject and verb
			continue
		}
		t := &toks[pos]
		if t.Tag == annals.COMMA && sc.onlyAdverbs(pos+1, before) {
			if c := sc.asideStart(pos, lo); c >= 0 {
				pos = c - 1 // "Trump, responding to Pelosi's announcement, attacked"
				continue
			}
		}
		switch {
		case t.Tag == annals.RB || t.Tag == annals.COMMA || t.Tag == annals.QUOTE || t.Tag == annals.PUNCT && (t.Norm == "(" || t.Norm == ")" || t.Norm == "-"):
			pos--
		case sc.own && dayFilter.May(t.Norm) && dayWords[t.Norm] && pos > lo && (sc.npToken(pos-1) || toks[pos-1].Norm == ")") && sc.onlyAdverbs(pos+1, before):
			pos-- // "The European Community (EC) yesterday warned Japan": the day is no subject
		case sc.npToken(pos):
			end := pos + 1
			for pos >= lo && sc.npToken(pos) && (ci < 0 || sc.clause(pos) == ci) {
				pos--
				if q := sc.possessedList(pos, lo); q >= 0 {
					pos = q // "Eriador's death and injury toll"
				}
			}
			start := pos + 1
			if sc.own {
				if q := sc.timeAdverbial(start, end, lo); q >= 0 {
					pos = q // "Japan earlier this week met": time_adverbials.go
					continue
				}
			}
			if sc.own && pos-3 >= lo && toks[pos].Norm == ")" && toks[pos-2].Norm == "(" && toks[pos-1].Flags&annals.AllCaps != 0 && acronymOfficers[toks[pos+1].Norm] && sc.npToken(pos-3) && (ci < 0 || sc.clause(pos-3) == ci) {
				// "Philippine Coconut Authority (PCA) chairman Jose Romero
				// said": the acronym stands inside one noun phrase, whose
				// body before it names the officer's organisation.
				pos -= 3
				for pos >= lo && sc.npToken(pos) && (ci < 0 || sc.clause(pos) == ci) {
					pos--
				}
				start = pos + 1
			}
			if pos > lo && toks[pos].Norm == "(" && end < sc.end && toks[end].Norm == ")" {
				pos-- // an acronym after its name: "the European Union (EU)"
				continue
			}
			if prep(pos) {
				if timeWords[toks[start].Norm] && start+1 < end {
					// "On Tuesday Mitsotakis met": the date ends the
					// prepositional phrase; the subject follows it.
					return annals.Range{Start: start + 1, End: end}, -1, true
				}
				if r, ok := sc.nameAfterPhrase(start, end, before); ok {
					return r, -1, true // "On live television Erdogan also attacked"
				}
				pos-- // the object of a preposition: keep looking
				continue
			}
			// An appositive before it: "X, the minister," or "the minister, X,".
			if pos >= lo && toks[pos].Tag == annals.COMMA {
				q := pos - 1
				for q >= lo && sc.npToken(q) {
					q--
				}
				// Not an appositive when the chain of commas leads back to
				// a preposition: "in Paris, France, an IT worker".
				r := q
				for r >= lo && toks[r].Tag == annals.COMMA {
					r--
					for r >= lo && sc.npToken(r) {
						r--
					}
				}
				if q+1 < pos && !prep(q) && !prep(r) {
					start = q + 1
				}
			}
			return annals.Range{Start: start, End: end}, -1, true
		case catenative(toks, pos, before):
			pos-- // "Arnor is about to restore", "has decided to meet"
		case sc.own && t.Tag == annals.VBN && pos+1 < before && toks[pos+1].Norm == "by" && pos > lo && sc.npToken(pos-1):
			// "A World Bank team led by senior economist Katrine Saito
			// arrived": a participle and its agent modify the subject
			// before them; the agent is not who arrived.
			pos--
		case sc.own && t.Tag == annals.TO:
			if mi := sc.mentionEndingAt(pos); mi >= 0 && sc.byBeforeMention(mi) {
				// "the action by the United States to slap tariffs"
				return sc.doc.Mentions[mi].Tokens, -1, true
			}
			q := sc.overMeasure(pos, lo)
			if q < 0 {
				return annals.Range{}, pos, false
			}
			pos = q // "voted on a resolution to expel": the voters expel
		default:
			return annals.Range{}, pos, false
		}
	}
	return annals.Range{}, -1, false
}

// measureWould reports whether verb group vg, with a modal of what may
// come, opens a relative clause on a bill, law or measure: "measures that
// would penalize trading partners such as Japan", "legislation that would
// tie his hands". What a text would do if passed is no act of any actor;
// the acts around it (proposing, passing, protesting the bill) are coded
// by their own verbs.
func (sc *sentCtx) measureWould(vg *annals.VerbGroup) bool {
	switch vg.Modal {
	case "would", "could", "might", "may", "will":
	default:
		return false
	}
	toks := sc.doc.Tokens
	i := vg.Tokens.Start - 1
	if i-1 < sc.start || toks[i].Norm != "that" && toks[i].Norm != "which" {
		return false
	}
	return wouldNouns[lemma(&toks[i-1])]
}

// wouldNouns are the texts whose effects measureWould leaves uncoded.
var wouldNouns = map[string]bool{
	"bill": true, "legislation": true, "measure": true, "law": true, "amendment": true,
	"provision": true, "resolution": true, "regulation": true, "rule": true, "proposal": true,
}

// acronymOfficers are the titles that, after an organisation's name and
// its acronym in brackets, make the officer that organisation's: "Philippine
// Coconut Authority (PCA) chairman Jose Romero", "Ministry of International
// Trade and Industry (MITI) Vice Minister Makoto Kuroda". Members, staff and
// aides are left out: they need not speak for the body.
var acronymOfficers = map[string]bool{
	"chairman": true, "chairwoman": true, "president": true, "director": true, "director-general": true,
	"head": true, "governor": true, "minister": true, "vice": true, "deputy": true, "secretary": true,
	"secretary-general": true, "spokesman": true, "spokeswoman": true, "chief": true,
}

// dayWords name a day standing between a subject and its verb as an adverb
// ("Reagan Monday said", "the EC yesterday warned").
var dayWords = map[string]bool{
	"yesterday": true, "today": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// floatingQuantifier reports whether t is "all", "both" or "each" standing after the
// subject it quantifies: in "the United States and NATO all called on", the
// verb after it is a verb, not a noun after a determiner.
func floatingQuantifier(t *annals.Token) bool {
	return t.Norm == "all" || t.Norm == "both" || t.Norm == "each"
}

// chainVerbs take a verb after them that shares their subject.
var chainVerbs = map[string]bool{
	"be": true, "have": true, "do": true, "seem": true, "appear": true, "continue": true, "begin": true,
	"start": true, "try": true, "plan": true, "want": true, "seek": true, "hope": true, "intend": true,
	"expect": true, "decide": true, "agree": true, "threaten": true, "fail": true, "refuse": true,
	"vow": true, "pledge": true, "promise": true, "aim": true, "set": true, "go": true, "prepare": true,
	"attempt": true, "offer": true, "move": true, "wish": true, "need": true, "get": true,
}

// catenative reports whether token i links a verb to the subject before it:
// "to", a modal, "about to", or a verb such as "decided" or "is".
func catenative(toks []annals.Token, i, before int) bool {
	t := &toks[i]
	switch {
	case t.Tag == annals.TO:
		// "wants foreign forces to leave": the forces leave, not the subject.
		return i == 0 || !(toks[i-1].Tag.IsNoun() || toks[i-1].Tag == annals.PRP)
	case t.Tag == annals.MD:
		return true
	case t.Norm == "about" && i+1 < before && toks[i+1].Tag == annals.TO:
		return true
	case t.Tag.IsVerb():
		return chainVerbs[lemma(t)] || fightPurpose(toks, i, before) // fight_purpose.go
	}
	return false
}

// mentionIn returns the index into sc.ments of the first actor mention
// overlapping span, or -1.
func (sc *sentCtx) mentionIn(span annals.Range) int {
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < span.End && m.Tokens.End > span.Start {
			if m.Capital && sc.locative(m) {
				continue
			}
			return k
		}
	}
	return -1
}

// verbAfter returns the first verb group of clause ci whose head is at or
// after token t, or nil.
func (sc *sentCtx) verbAfter(t, ci int) *annals.VerbGroup {
	for i := range sc.doc.Verbs {
		v := &sc.doc.Verbs[i]
		if v.Head < t || v.Head >= sc.end {
			continue
		}
		if sc.clause(v.Head) == ci {
			return v
		}
	}
	return nil
}

// verbBefore returns the last verb group of clause ci whose head comes
// before token t, or nil.
//
// The document's verb groups are in text order, so the search starts at
// the last head before t, found by bisection, and stops at the
// sentence's start, instead of walking back from the article's last
// verb: the coder asks this for many words of a sentence.
func (sc *sentCtx) verbBefore(t, ci int) *annals.VerbGroup {
	verbs := sc.doc.Verbs
	for i := firstVerbAt(verbs, t) - 1; i >= 0 && verbs[i].Head >= sc.start; i-- {
		if v := &verbs[i]; ci < 0 || sc.clause(v.Head) == ci {
			return v
		}
	}
	return nil
}

// firstVerbAt returns the index of the first of verbs, which are in text
// order, whose head is at or after token t; len(verbs) when none is. A
// plain bisection: the coder asks it for many words of a sentence.
func firstVerbAt(verbs []annals.VerbGroup, t int) int {
	lo, hi := 0, len(verbs)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); verbs[m].Head < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// prepBefore returns the word before a mention, skipping "the": the
// preposition that governs it, if any.
func (sc *sentCtx) prepBefore(m *annals.Mention) string {
	i := m.Tokens.Start - 1
	if i >= sc.start && sc.doc.Tokens[i].Norm == "the" {
		i--
	}
	if i < sc.start {
		return ""
	}
	return sc.doc.Tokens[i].Norm
}

// locative reports whether a mention follows a locative preposition ("in
// Washington"), where a capital is a place, not an actor.
func (sc *sentCtx) locative(m *annals.Mention) bool {
	switch sc.prepBefore(m) {
	case "in", "at", "from", "near", "to", "into", "outside", "inside", "across", "around", "via":
		return true
	}
	return false
}

// where reports whether a place mention follows a preposition that says
// where something happened ("in Doha"; not "to Afghanistan", a recipient).
func (sc *sentCtx) where(m *annals.Mention) bool {
	switch sc.prepBefore(m) {
	case "in", "at", "near", "outside", "inside", "across", "throughout", "around", "off", "along":
		return true // "off the Iranian coast", "along the Afghan border"
	}
	return false
}

// firstActorFrom returns the first actor mention (with its coordinated
// partners) starting at or after token from and before limit.
//
// The object stands close to its verb: the search stops at the next verb,
// at a colon or semicolon, and after a window of words. wide lifts the
// window and the verb stop, as PETRARCH and TABARI take the first actor
// anywhere after the verb in its clause.
func (sc *sentCtx) firstActorFrom(from, limit, ci int, wide bool) []int {
	toks := sc.doc.Tokens
	if sc.own && !wide {
		if f := sc.sharedObject(from, limit); f != from {
			from, ci = f, sc.clause(f) // the object is read in the second verb's clause
		}
	}
	stop := min(limit, from+targetWindow)
	if wide {
		stop = limit
	} else if sc.own {
		stop = min(limit, sc.windowEnd(from))
	}
	for j := from; j < stop; j++ {
		t := &toks[j]
		if t.Tag.IsVerb() && t.Tag != annals.VBG && t.Tag != annals.VBN && !wide || t.Norm == ";" || t.Norm == ":" {
			stop = j
			break
		}
		if sc.own && t.Tag == annals.COMMA && j >= from && j+1 < stop && contrastive(toks[j+1].Norm) {
			stop = j // "oppose the tax, but Italy and Belgium seem to", "welcomed the move, but a spokesman for": another clause's subject
			break
		}
		if sc.own && j > from && sc.backdrop(j) {
			stop = j // "kick off talks amid signs officials are irritated": the setting names no partner
			break
		}
		if sc.own && t.Norm == "that" && j > from && (toks[j-1].Tag == annals.CC || toks[j-1].Tag == annals.COMMA) {
			stop = j // "rejected the demarcation, and that Greece ...": a new clause
			break
		}
		if sc.own && !wide && t.Tag == annals.VBG && j > from && toks[j-1].Tag.IsNoun() && j+1 < stop && toks[j+1].Tag == annals.DT {
			stop = j // "the calls by officials asking the United States": a clause of its own
			break
		}
	}
	limit = stop
	placeEnd := -1 // the end of a list after "in" a city starts: "customers in Tokyo and Osaka"
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < from && m.Tokens.End <= from || m.Tokens.Start >= limit {
			continue
		}
		if m.Tokens.Start < placeEnd {
			continue
		}
		// The object is in the verb's own clause, not in what was reported
		// ("police said people attended") or in a clause of its own.
		if ci >= 0 && sc.clause(m.Tokens.Start) != ci {
			if mc := sc.clause(m.Tokens.Start); mc >= 0 && sc.doc.Clauses[mc].Kind != annals.Subordinate {
				continue
			}
		}
		if m.Capital && sc.locative(m) || sc.own && (sc.placeOnly(m, from) || sc.premisesOf(m)) {
			if sc.own && sc.where(m) && m.Capital {
				list := sc.coordinated(k)
				placeEnd = sc.doc.Mentions[list[len(list)-1]].Tokens.End
			}
			continue
		}
		if sc.own && !wide && sc.byBeforeMention(mi) && m.Tokens.Start-2 >= from {
			continue // "joined the calls by United Kingdom officials": an agent, not the object
		}
		return sc.coordinated(k)
	}
	return nil
}

// agentOfPassive returns the actor of a "by" phrase after a passive verb.
func (sc *sentCtx) agentOfPassive(vg *annals.VerbGroup, limit int) []int {
	toks := sc.doc.Tokens
	i := sc.byAfter(vg.Tokens.End, limit)
	if i < 0 {
		return nil
	}
	// The agent is the noun phrase right after "by": "recognized by any
	// other country as a government" names no actor as agent, whatever
	// follows "as".
	end := i + 1
	for end < limit && (sc.npToken(end) || toks[end].Tag == annals.CC || toks[end].Tag == annals.COMMA && end+1 < limit && sc.npToken(end+1)) {
		end++
	}
	return sc.firstActorFrom(i+1, end, -1, false)
}

// byAfter returns the first "by" from token from up to limit, or -1: the
// head of a passive's agent phrase.
func (sc *sentCtx) byAfter(from, limit int) int {
	for i := from; i < limit; i++ {
		if sc.doc.Tokens[i].Norm == "by" {
			return i
		}
	}
	return -1
}

// nounCandidate reports whether a token tagged tag can head an event noun
// for codeNouns: a common noun, a verb read as a noun (nounAsVerb: VBZ;
// verbAsNoun: VB, VBP, VBG) or a capitalised noun after an actor's
// abbreviation (capitalNoun: NNP, NNPS). Most tokens are none, and codeNouns
// skips them before asking each reading.
func nounCandidate(tag annals.Tag) bool {
	switch tag {
	case annals.NN, annals.NNS, annals.VBZ, annals.VB, annals.VBP, annals.VBG, annals.NNP, annals.NNPS:
		return true
	}
	return false
}

// codeNouns codes events named by nouns: "Turkey's invasion of Syria",
// "Russian airstrikes on Idlib", "the attack on the base by rebels". The
// source is the actor that owns or modifies the noun, or the "by" phrase
// after it; without one there is no event (a bare "protests against the
// government" names no one who protests).
func (c *Coder) codeNouns(sc *sentCtx, venue *annals.Place) {
	doc := sc.doc
	for t := sc.start; t < sc.end; t++ {
		tok := &doc.Tokens[t]
		if sc.own && tok.Norm == "visiting" {
			c.codeVisiting(sc, t, venue) // round 61: "told visiting U.S. Secretary of State George Shultz"
		}
		if sc.own && speakerTrip(tok.Norm) {
			c.codeSpeakerVisit(sc, t, venue) // "said at the end of a brief visit here", whatever the tagger made of "visit"
		}
		if !nounCandidate(tok.Tag) {
			continue // a determiner, preposition, adjective ...: no reading below takes it for a noun
		}
		// verbAsNoun reads only verbs and capitalNoun only proper nouns,
		// and each answers no for any other tag: asked by tag here, most
		// tokens are spared both calls.
		compound, capWord, capital := false, "", false
		switch tok.Tag {
		case annals.VB, annals.VBP, annals.VBG:
			compound = c.verbAsNoun(sc, t)
		case annals.NNP, annals.NNPS:
			capWord, capital = c.capitalNoun(sc, t) // "a U.S. Attack on"
		}
		if sc.own && pairAccordNoun(lemma(tok)) && c.codePairAccord(sc, t, venue) {
			continue // "a 1986 U.S.-Japan pact": paired_accords.go
		}
		if tok.Tag != annals.NN && tok.Tag != annals.NNS && !sc.nounAsVerb(t) && !compound && !capital {
			continue
		}
		if sc.own && (ungatedNominalRules || nominalRuleMay(doc.Tokens[:sc.end], t)) {
			c.codeVisitFor(sc, t, venue)
			if c.codeStrikeBy(sc, t, venue) || c.codeJointTalks(sc, t, venue) || c.codeTwoBetween(sc, t, venue) || c.codeSanctionRelative(sc, t, venue) {
				continue
			}
		}
		if sc.own && c.codeThreatNoun(sc, t, venue) {
			continue // "threats of trade retaliation from the EC": retaliation_threat_nouns.go
		}
		word := lemma(tok)
		if compound && tok.Tag == annals.VBG {
			word = tok.Norm // "meeting", not "meet"
		}
		if capital {
			word = capWord
		}
		ids := c.dict.NounsFor(word)
		if len(ids) == 0 {
			continue
		}
		ci := sc.clause(t)
		limit := min(sc.clauseRange(ci).End, sc.end)
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: ci}
		var possessor []int // "his" resolved once per noun, so that its implied mention is made once
		resolved := false
		for _, id := range ids {
			v := &c.dict.Verbs[id]
			ok, slot, next := sc.match(v.Items[1:], t+1, limit, v.Reach)
			if !ok && sc.own {
				if e := sc.underway(t+1, limit); e > t+1 {
					// "Talks are underway between Zaire and the IMF"
					ok, slot, next = sc.match(v.Items[1:], e, limit, v.Reach)
				}
			}
			split, heldAhead := false, false
			if !ok && sc.own && strings.HasPrefix(v.Code, "04") {
				if e, ahead := sc.heldWith(t, limit); e > t+1 {
					// "Talks on similar projects have been held with
					// other Japanese firms": the partner follows the verb.
					ok, slot, next = sc.match(v.Items[1:], e, limit, v.Reach)
					split, heldAhead = ok, ahead
				}
			}
			if !ok {
				continue
			}
			from, to := next, limit
			if slot.Start >= 0 {
				from = slot.Start
				if slot.End >= 0 {
					to = slot.End
				}
			}
			if sc.own && strings.HasPrefix(v.Code, "04") && sc.calledOff(t) {
				break // "has cancelled a trip to Australia": no visit made
			}
			if sc.own && v.Code == "057" && sc.prospectBefore(t) {
				break // "seek a memorandum of understanding between": a deal wanted, not made
			}
			srcs := sc.nounOwner(t)
			possessed := false
			if len(srcs) == 0 && sc.own && strings.HasPrefix(v.Code, "04") {
				if !resolved {
					possessor, resolved = sc.possessorPerson(t), true
				}
				srcs = possessor // "Nakasone said he hopes his visit to Washington"
				possessed = len(srcs) > 0
			}
			if len(srcs) == 0 && sc.own && actRoot(v.Code) && !sc.prospectBefore(t) {
				srcs = sc.adjectiveOwner(t) // "West German aid to Bolivia", "new high American tariffs on"
			}
			if len(srcs) == 0 && sc.own && actRoot(v.Code) && !sc.prospectBefore(t) {
				srcs = sc.sanctionMaker(t) // "news of pending U.S. trade sanctions against Japan"
			}
			if len(srcs) == 0 && sc.own && v.Code == "163" {
				srcs = sc.sanctionHolder(t) // "lift the trade sanctions imposed against Japan"
			}
			if len(srcs) == 0 && sc.own && !sc.prospectBefore(t) {
				srcs = sc.pronounOwner(t, v) // "for its sanctions on Japanese semiconductor products"
			}
			if len(srcs) == 0 && sc.own {
				srcs = sc.betweenParties(t, limit, ci)
			}
			if len(srcs) == 0 && sc.own && len(v.Items) == 1 {
				srcs = sc.requestMaker(t) // "comply with the request of Prime Minister Boris Johnson"
			}
			if len(srcs) == 0 && sc.own && len(v.Items) == 1 {
				srcs = sc.pressureMaker(t) // "under pressure from the United States"
			}
			if len(srcs) == 0 {
				srcs = sc.agentOfPassive(&annals.VerbGroup{Tokens: annals.Range{Start: next, End: next}}, limit)
				if len(srcs) > 0 && sc.own && sc.otherNounBy(next, doc.Mentions[srcs[0]].Tokens.Start) {
					srcs = nil // "the attack on a Kuwaiti ship and comments by American officials": the comments' makers
				}
				if len(srcs) > 0 && sc.own && slot.Start < 0 {
					// "the tariffs announced by President Reagan in
					// retaliation for Japan's ...": the target follows the agent.
					from = max(from, doc.Mentions[srcs[len(srcs)-1]].Tokens.End)
				}
			}
			if len(srcs) == 0 && sc.own {
				srcs = sc.byBefore(t)
			}
			hosted, reported := false, false
			var host *annals.VerbGroup
			if len(srcs) == 0 && sc.own && strings.HasPrefix(v.Code, "04") {
				srcs, host = sc.talksHostVerb(t) // "made the pledge during talks with Moi"
				if len(srcs) == 0 {
					srcs, host = sc.reportedTalks(t) // "Shultz said his talks with Gorbachev were useful"
					reported = len(srcs) > 0
				}
				if len(srcs) == 0 && split {
					srcs, host = sc.taggedTalks(t) // "Talks were also expected to take place with the Algerians, he added."
				}
				if len(srcs) == 0 && !split {
					srcs, host = sc.trailingSpeakerTalks(t) // "as a result of talks yesterday with Baker, Petricioli said"
				}
				hosted = len(srcs) > 0
			}

			if len(srcs) == 0 {
				srcs = c.unnamedProtesters(sc, v, t, from, to, ci)
			}
			if len(srcs) == 0 {
				break
			}
			objs := sc.firstActorFrom(from, to, ci, false)
			if len(objs) > 0 && sc.own && sc.reportingSubject(objs[0], from) {
				objs = nil // "U.S. demands for greater veto powers on lending, officials and delegates said": the speakers are no target
			}
			if len(objs) > 0 && sc.own && !sc.pressureOn(t, objs[0]) {
				objs = nil // "pressure from London and Washington": makers, not a target
			}
			if len(objs) == 0 && sc.own && v.Code == "042" && slot.Start >= 0 {
				if k := sc.capitalAt(slot.Start, to); k >= 0 && sc.stateVisit(srcs, sc.ments[k]) {
					objs = sc.coordinated(k) // "Thatcher's visit to Moscow": the capital stands for its government, as with the verb
				}
			}
			proposal := sc.own && answeredOnly(v)
			if proposal {
				objs = nil // round 62: a proposal's party is the one answering it
			}
			if len(objs) == 0 && sc.own && len(v.Items) == 1 && !proposal {
				objs = sc.askedOf(t, ci, srcs) // "Sudan rejected a demand by the IMF"
			}
			if sc.own && len(v.Items) == 1 && (len(objs) == 0 || objs[0] >= 0 && srcs[0] >= 0 && sc.sameActor(objs[0], srcs[0])) {
				// "the U.S. responded to Taiwan's request", "will comply
				// with the request of Johnson": the maker is no target.
				objs = sc.addressee(t, ci, srcs)
			}
			if proposal && (sc.firmsOnly(srcs, objs) || sc.farMaker(t, srcs)) {
				objs = nil // "rejected a proposal by Diagnostic Retrieval Systems Inc", "a proposal to repay loans owed by a private company"
			}
			if len(objs) == 0 && !v.TargetNone {
				continue
			}
			if (hosted || possessed) && sc.sameCountry(srcs[0], objs[0]) {
				break // "senators said after a meeting with the Commerce Secretary": one government's own
			}
			future := heldAhead || sc.nounFuture(t, limit) || hosted && (sc.modeOf(host) == "future" || sc.talksBefore(t) && !sc.heldOnDay(t, host)) || reported && sc.talksAhead(t, ci) || possessed && sc.possessedAhead(t) || sc.own && sc.ownedAhead(t) // owned_meetings_ahead.go
			if hosted && !reported && sc.tripHost(host) && sc.forTalks(t) && doc.Tokens[host.Tokens.End].Norm != "here" {
				// "visits Washington this week for talks with", "was invited
				// to Caracas for talks with": talks ahead. After a trip
				// made ("arrived in Moscow for talks with") the verb's own
				// 042 tells the news.
				if host.Tense == annals.Past && lemma(&doc.Tokens[host.Head]) != "invite" {
					break
				}
				future = true
			}
			if sc.own && future {
				vg.Tense = annals.Future
			}
			if hosted && lemma(&doc.Tokens[host.Head]) == "agree" && !host.Negated {
				// "Japan agreed in talks with the U.S. to amend its laws":
				// the news is the agreement reached with the partner.
				agreed := *v
				agreed.Code, agreed.Reverse = "030", ""
				c.emit(sc, host, &agreed, srcs, objs, "", []string{"agreed in talks with the target"}, venue)
				break
			}
			if sc.own && strings.HasPrefix(v.Code, "071") && reschedules(v.Pattern) && sc.agreedTo(t) {
				// "the Paris Club agreed to a major rescheduling of
				// Uganda's debts": the creditors' deal, as with the verb.
				deal := *v
				deal.Code = "057"
				c.emit(sc, vg, &deal, srcs, objs, "", []string{"event named by a noun", "agreed rescheduling: coded as the agreement 057"}, venue)
				break
			}
			if boycott, owners, ok := sc.boycottOfState(v, t, srcs, objs); !sc.own {
			} else if !ok {
				break
			} else {
				v, srcs = boycott, owners // "a trade boycott of South Africa": an embargo
			}
			c.emit(sc, vg, v, srcs, objs, "", []string{"event named by a noun"}, venue)
			break
		}
	}
}

// agreedTo reports whether the noun at t is what its owner agreed to:
// "agreed to a major rescheduling", with only determiners and modifiers
// between "to" and the noun.
func (sc *sentCtx) agreedTo(t int) bool {
	toks := sc.doc.Tokens
	k := t - 1
	for n := 0; k > sc.start && n < 4 && (toks[k].Tag == annals.DT || toks[k].Tag == annals.JJ || toks[k].Tag == annals.RB || toks[k].Tag == annals.CD); n, k = n+1, k-1 {
	}
	if k <= sc.start || toks[k].Norm != "to" || !toks[k-1].Tag.IsVerb() {
		return false
	}
	l := lemma(&toks[k-1])
	return l == "agree" || l == "consent"
}

// nounAsVerb reports whether token t, tagged as a verb in -s, stands where
// only a noun can: after a determiner, adjective, possessive or noun
// modifier ("top-level talks last week between", "before trade talks with
// Washington"), the tagger having read the plural noun as a verb.
func (sc *sentCtx) nounAsVerb(t int) bool {
	toks := sc.doc.Tokens
	if !sc.own || toks[t].Tag != annals.VBZ || t == sc.start {
		return false
	}
	switch toks[t-1].Tag {
	case annals.DT, annals.JJ, annals.PRPS, annals.POS, annals.NN, annals.NNP:
		return true
	}
	return false
}

// nounOwner returns the actor that owns or modifies the noun at token t:
// "Turkey's invasion", "Russian airstrikes", "the US military's withdrawal".
func (sc *sentCtx) nounOwner(t int) []int {
	toks := sc.doc.Tokens
	if sc.own && sc.venueNoun(t) {
		if k := sc.placeBefore(t); k < t {
			// "Shultz' Moscow talks", "Uganda's Nairobi negotiations":
			// the place names where they are held; the owner, if any,
			// stands before it.
			if k > sc.start && toks[k-1].Tag == annals.POS {
				return sc.nounOwner(k)
			}
			return nil
		}
	}
	j := t - 1
	for n := 0; j >= sc.start && n < 3; n++ {
		switch toks[j].Tag {
		case annals.JJ, annals.VBN, annals.VBG, annals.CD, annals.NN:
			j--
			continue
		}
		break
	}
	if j < sc.start {
		return nil
	}
	end := j + 1 // a modifier ends here
	if toks[j].Tag == annals.POS {
		end = j // a possessor ends before "'s"
	}
	for k, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.End == end || m.Tokens.End == j+1 && m.Part.End > 0 {
			if sc.precededByPrep(m) && toks[j].Tag != annals.POS {
				continue
			}
			return []int{sc.ments[k]}
		}
	}
	return nil
}

// venuePhrase returns the token after a phrase of place that starts at
// token j, "in Washington", "at The Hague", "in Rio de Janeiro", or j when
// none starts there. Such a phrase says where an act happened and may stand
// between the words of a pattern: "talks in Washington with the World
// Bank". The place is a run of capitalised names (with "de", "of" or "the"
// inside) ended by a comma-free pattern word the caller still has to find.
func (sc *sentCtx) venuePhrase(j, limit int) int {
	toks := sc.doc.Tokens
	if j+1 >= limit || toks[j].Norm != "in" && toks[j].Norm != "at" {
		return j
	}
	e := j + 1
	if toks[e].Norm == "the" {
		e++
	}
	n := 0
	for ; e < limit && n < 5; e, n = e+1, n+1 {
		tk := &toks[e]
		if tk.Tag == annals.NNP && tk.Has(annals.Cap) {
			continue
		}
		if n > 0 && (tk.Norm == "de" || tk.Norm == "of") && e+1 < limit && toks[e+1].Tag == annals.NNP {
			continue
		}
		break
	}
	if n == 0 || n == 5 {
		return j
	}
	return e
}

// indexTimes fills sc.times with the token ranges of the time expressions
// the when stage found in the sentence, which timePhrase looks up. The
// when stage appends times sentence by sentence, so a binary search finds
// the sentence's first and a long article costs no scan per sentence.
func (sc *sentCtx) indexTimes() {
	doc := sc.doc
	i, _ := slices.BinarySearchFunc(doc.Times, sc.si, func(t annals.Time, si int) int { return t.Sentence - si })
	for ; i < len(doc.Times) && doc.Times[i].Sentence == sc.si; i++ {
		t := &doc.Times[i]
		a := sc.tokenAt(t.Start)
		if int(doc.Tokens[a].Start) != t.Start {
			continue // a time that starts inside a token is no phrase of its own
		}
		b := a
		for b < sc.end && int(doc.Tokens[b].End) <= t.End {
			b++
		}
		if b > a {
			sc.times = append(sc.times, annals.Range{Start: a, End: b})
		}
	}
}

// timePhrase returns the token after a time expression that starts at
// token j and ends before limit ("in late February", "on Tuesday"), or j
// when none starts there. Like a venue, a date says when an act happened
// and may stand between the words of a pattern: "agreed on Tuesday to".
func (sc *sentCtx) timePhrase(j, limit int) int {
	for _, r := range sc.times {
		if r.Start == j && r.End <= limit && r.End-r.Start <= 6 {
			return r.End
		}
	}
	return j
}

// placeBefore returns the first token of a place name standing right
// before token t, a capital or a name that no actor entry lists, or t when
// there is none. Actor names ("Kenya's Ugandan talks") are not places.
func (sc *sentCtx) placeBefore(t int) int {
	toks := sc.doc.Tokens
	k := t
	for k-1 > sc.start && toks[k-1].Tag == annals.NNP && k > t-3 {
		k--
	}
	if k == t {
		return t
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start < t && m.Tokens.End > k && !m.Capital {
			return t
		}
	}
	return k
}

// venueNoun reports whether the noun at token t names a gathering, which a
// place name before it locates rather than owns.
func (sc *sentCtx) venueNoun(t int) bool {
	switch lemma(&sc.doc.Tokens[t]) {
	case "talk", "negotiation", "meeting", "summit", "conference", "consultation":
		return true
	}
	return false
}

// eventDate picks the time of the event's clause, else a time of an
// enclosing clause unless the event is reported speech (a reported event
// keeps its own time: "said on Saturday" dates the statement), else the
// publication date.
func (sc *sentCtx) eventDate(vg *annals.VerbGroup) string {
	doc := sc.doc
	ci := sc.clause(vg.Head)
	var fallback string
	for i := range doc.Times {
		t := &doc.Times[i]
		if t.Sentence != sc.si {
			continue
		}
		tc := sc.clause(sc.tokenAt(t.Start))
		if tc == ci {
			return t.Value
		}
		if fallback == "" && sc.encloses(tc, ci) {
			fallback = t.Value
		}
	}
	if fallback != "" {
		return fallback
	}
	if doc.Pub.IsZero() {
		return doc.Date
	}
	return doc.Pub.Format("2006-01-02")
}

// encloses reports whether clause outer contains clause inner without
// crossing a reported-speech boundary.
func (sc *sentCtx) encloses(outer, inner int) bool {
	for inner >= 0 {
		if inner == outer {
			return true
		}
		cl := &sc.doc.Clauses[inner]
		if cl.Kind == annals.Reported || cl.Parent == inner {
			return false
		}
		inner = cl.Parent
	}
	return outer < 0
}

// tokenAt returns the token of the sentence that holds byte offset b.
func (sc *sentCtx) tokenAt(b int) int {
	for i := sc.start; i < sc.end; i++ {
		if int(sc.doc.Tokens[i].End) > b {
			return i
		}
	}
	return sc.end - 1
}

// location returns the place named in the event's clause.
func (sc *sentCtx) location(vg *annals.VerbGroup) *annals.Place {
	ci := sc.clause(vg.Head)
	for _, mi := range sc.places {
		m := &sc.doc.Mentions[mi]
		if sc.clause(m.Tokens.Start) != ci && !sc.encloses(ci, sc.clause(m.Tokens.Start)) {
			continue
		}
		if !sc.where(m) {
			continue // "give to Afghanistan" names a recipient, not where it happened
		}
		if p := placeOf(sc.doc, m); p != nil {
			return p
		}
	}
	return nil
}

// placeOf finds the Doc place that holds mention m and returns a copy
// without its mention list.
func placeOf(doc *annals.Doc, m *annals.Mention) *annals.Place {
	s := doc.SentenceOf(m.Tokens.Start)
	start := int(doc.Tokens[m.Tokens.Start].Start)
	for i := range doc.Places {
		if doc.Places[i].Name != m.Name {
			continue
		}
		for _, pm := range doc.Places[i].Mentions {
			if pm[0] == start && !doc.Sentences[s].Title {
				p := doc.Places[i]
				p.Mentions = nil
				return &p
			}
		}
	}
	for i := range doc.Places {
		if doc.Places[i].Name == m.Name {
			p := doc.Places[i]
			p.Mentions = nil
			return &p
		}
	}
	return nil
}

// meetingNouns name gatherings whose place is the venue of the article's
// meetings ("talks in Doha", "a gathering in Qatar").
var meetingNouns = map[string]bool{
	"talk": true, "meeting": true, "discussion": true, "conference": true, "summit": true,
	"gathering": true, "negotiation": true, "session": true, "visit": true,
}

// venue returns the place of a meeting named in the article ("the
// face-to-face discussions in Doha"): consultations coded in sentences that
// name no place happened there. The most specific (city over country) wins.
func (c *Coder) venue(doc *annals.Doc) *annals.Place {
	var best *annals.Place
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.PlaceMention {
			continue
		}
		j := m.Tokens.Start - 1
		if j < 1 || (doc.Tokens[j].Norm != "in" && doc.Tokens[j].Norm != "at") {
			continue
		}
		s := doc.SentenceOf(m.Tokens.Start)
		lo := max(doc.Sentences[s].Tokens.Start, j-4)
		for k := j - 1; k >= lo; k-- {
			if meetingSet.Has(lemma(&doc.Tokens[k])) {
				if p := placeOf(doc, m); p != nil && (best == nil || best.Country == p.Name || best.GeonameID == 0 && p.GeonameID != 0) {
					best = p
				}
				break
			}
		}
	}
	return best
}

// hostSlot reports whether v is a visit (042) whose target slot follows a
// locative word of the pattern itself, "arrive in +", "fly to + for talk":
// there the place is the pattern's object, the host visited, and a capital
// in it names its government. Meeting "in" a capital (044) only says where.
func hostSlot(v *dict.Verb) bool {
	if v.Code != "042" {
		return false
	}
	for k := 1; k < len(v.Items); k++ {
		if !v.Items[k].Target {
			continue
		}
		for _, a := range v.Items[k-1].Alts {
			switch a {
			case "in", "at", "to":
				return true
			}
		}
		return false
	}
	return false
}

// capitalAt returns the index into sc.ments of a capital's mention that
// opens the slot at token from (a determiner aside) and ends before limit,
// or -1.
func (sc *sentCtx) capitalAt(from, limit int) int {
	if from < sc.end && sc.doc.Tokens[from].Tag == annals.DT {
		from++
	}
	for k, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Capital && m.Tokens.Start == from && m.Tokens.End <= limit {
			return k
		}
	}
	return -1
}

// datelineHost returns, for a state's trip "here", the government of the
// dateline's country as an implied mention, or nil: a story filed from
// Caracas that says a minister "arrived here" names Venezuela his host. The
// same checks as for a capital named hold (stateVisit).
func (sc *sentCtx) datelineHost(subj []int) []int {
	doc := sc.doc
	for i := range doc.Places {
		p := &doc.Places[i]
		if !p.Dateline || len(p.Country) != 3 {
			continue
		}
		if len(subj) == 0 || subj[0] < 0 || strings.HasPrefix(doc.Mentions[subj[0]].Code, p.Country) {
			return nil
		}
		host := sc.implied(p.Name, p.Country+"GOV", "dateline")
		if !sc.stateVisit(subj, host[0]) {
			doc.Mentions = doc.Mentions[:len(doc.Mentions)-1]
			return nil
		}
		return host
	}
	return nil
}

// stateVisit reports whether the trip of subj to the capital mention cap
// is a visit to that state: the traveller is a government, its forces or an
// international body from elsewhere, and no international body is named
// beside them (a trip "to Washington for meetings of the IMF" visits the
// body, not the United States; brokers "coming to Tokyo" visit no one). A
// body named inside a quotation that does not name the trip is what the
// traveller speaks of, not whom he visits ("on the first day of an official
// visit to Argentina, said: \"Debtor and creditor countries have ...\"").
func (sc *sentCtx) stateVisit(subj []int, capital int) bool {
	if len(subj) == 0 || subj[0] < 0 || sc.sameCountry(subj[0], capital) {
		return false
	}
	code := sc.doc.Mentions[subj[0]].Code
	if !strings.HasPrefix(code, "IGO") && (len(code) < 6 || code[3:6] != "GOV" && code[3:6] != "MIL") {
		return false
	}
	for _, mi := range sc.ments {
		if mi != subj[0] && strings.HasPrefix(sc.doc.Mentions[mi].Code, "IGO") && !(sc.inQuote(sc.doc.Mentions[mi].Tokens.Start) && !sc.inQuote(sc.doc.Mentions[capital].Tokens.Start)) {
			return false
		}
	}
	return true
}

// tripVerbs are the verbs of a journey: one party goes to another.
var tripVerbs = map[string]bool{
	"travel": true, "go": true, "come": true, "fly": true, "leave": true, "arrive": true,
	"return": true, "visit": true, "head": true,
}

// tripAhead reports whether a verb of going in the simple present is dated
// by a time to come, the way news states a trip planned: "flies to
// Washington this weekend", "leaves for Tokyo next week", "arrives
// tomorrow", "leaves on a visit to Japan on Wednesday". Only the words
// after the verb count, up to a comma.
func (sc *sentCtx) tripAhead(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if vg.Tense != annals.Present || vg.Modal != "" || vg.Tokens.Len() != 1 {
		return false // "are meeting today and tomorrow": going on now
	}
	if !tripVerbs[lemma(&toks[vg.Head])] {
		return false
	}
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+12; j++ {
		switch toks[j].Norm {
		case "tomorrow":
			return true
		case "on":
			// "leaves on his sixth official visit to the United States on
			// Wednesday": a weekday after a trip in the present tense. Not
			// after a return ("returns from a visit to Brazil on Sunday"
			// made the visit), nor after the noun "visit" itself.
			if j+1 < sc.end && weekdays[toks[j+1].Norm] && toks[vg.Head].Tag.IsVerb() && lemma(&toks[vg.Head]) != "return" {
				return true
			}
		case "next", "this":
			if j+1 < sc.end {
				switch toks[j+1].Norm {
				case "week", "weekend", "month":
					return true
				}
			}
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// pronounActor reports whether the subject is a pronoun standing for its
// actor ("it", "we"), the way a threat's maker speaks of itself.
func (sc *sentCtx) pronounActor(subj []int) bool {
	if len(subj) != 1 || subj[0] < 0 {
		return false
	}
	m := &sc.doc.Mentions[subj[0]]
	return m.Implied || m.Via == "coref" || m.Via == "quote" || m.Tokens.Len() == 1 && sc.doc.Tokens[m.Tokens.Start].Tag == annals.PRP
}

// weekdays name the day a trip stated in the present tense is made.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// prospectWords, before a noun of agreement, say the deal is wanted,
// expected or weighed rather than made: "seek a memorandum", "interest in
// a swift agreement", "signs of accord", "commitment to a free-trade
// agreement", "a possible pact".
var prospectWords = map[string]bool{
	"seek": true, "sought": true, "seeking": true, "want": true, "wants": true, "hope": true, "hopes": true,
	"need": true, "interest": true, "signs": true, "sign": true, "toward": true, "towards": true,
	"possible": true, "proposed": true, "potential": true, "swift": true, "quick": true,
	"commitment": true, "prospect": true, "prospects": true, "chance": true, "chances": true, "future": true,
	"planned": true, "draft": true, "any": true, "no": true, "further": true, "more": true,
}

// prospectBefore reports whether a prospect word stands among the few
// words of the noun phrase before token t or just before it.
func (sc *sentCtx) prospectBefore(t int) bool {
	toks := sc.doc.Tokens
	for j, n := t-1, 0; j >= sc.start && n < 5; j, n = j-1, n+1 {
		if prospectSet.Has(toks[j].Norm) {
			return true
		}
		if toks[j].Tag == annals.COMMA || toks[j].Tag.IsVerb() && toks[j].Tag != annals.VBN && toks[j].Tag != annals.VBG {
			return false
		}
	}
	return false
}

// actRoot reports whether code is of a root whose nouns name deeds done
// by a state to another, aid (07), sanctions (16), assaults and fighting
// (18, 19), so that a nationality adjective before the noun names the doer.
// A "Japanese demand for American goods" is a market's, not a state's.
func actRoot(code string) bool {
	switch code[:2] {
	case "07", "16", "18", "19":
		return true
	}
	return false
}

// adjectiveOwner returns the actor mention that ends with an adjective
// among the few modifiers before the event noun at token t, "West German
// aid", "new high American tariffs", as a one-element list, or nil. The
// possessor search of nounOwner steps over adjectives; a nationality
// adjective is the owner itself.
func (sc *sentCtx) adjectiveOwner(t int) []int {
	toks := sc.doc.Tokens
	for j, n := t-1, 0; j >= sc.start && n < 3; j, n = j-1, n+1 {
		if toks[j].Tag == annals.JJ {
			for _, mi := range sc.ments {
				if m := &sc.doc.Mentions[mi]; m.Tokens.End == j+1 && m.Part.End == 0 && !sc.precededByPrep(m) {
					return []int{mi}
				}
			}
		}
		switch toks[j].Tag {
		case annals.JJ, annals.NN, annals.CD:
			continue
		}
		return nil
	}
	return nil
}

// agreedDone reports whether the verb group holds "agreed" as a past tense
// or participle with no modal of the future: "agreed", "has agreed", not
// "will agree" or "would agree".
func (sc *sentCtx) agreedDone(vg *annals.VerbGroup) bool {
	if vg.Tense == annals.Future || vg.Modal == "would" || vg.Modal == "will" {
		return false
	}
	for k := vg.Tokens.Start; k < vg.Tokens.End; k++ {
		if t := &sc.doc.Tokens[k]; lemma(t) == "agree" {
			return t.Tag == annals.VBD || t.Tag == annals.VBN
		}
	}
	return false
}
