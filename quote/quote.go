package quote

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Kinds of quotation, as in [annals.Quote.Kind].
const (
	Direct  = "direct"  // speech quoted as a sentence or more
	Partial = "partial" // a fragment quoted inside reported speech
	Scare   = "scare"   // one or two words set off in quotation marks
)

// Kinds of speaker span, as in [Found.SpeakerKind].
const (
	NameSpeaker    = "name"
	PronounSpeaker = "pronoun"
	RoleSpeaker    = "role"
)

// Found is one quotation found in a text. All offsets are byte offsets into
// the text given to [Finder.Find]; -1 marks a part that is missing.
type Found struct {
	Start, End          int    // the quotation's content, without the marks
	OpenMark, CloseMark int    // offsets of the marks; CloseMark is -1 when the quote runs to its paragraph's end
	Kind                string // Direct, Partial or Scare
	// Cue is the cue word(s) as written: "said", "told", "according to",
	// "quoted by Reuters as saying".
	Cue              string
	CueStart, CueEnd int
	// Speaker is the speaker span as written: "she", "EU spokesperson Nabila
	// Massrali", "Muttaqi", "the spokeswoman". An inherited speaker is the
	// span of the earlier quote's speaker.
	Speaker                  string
	SpeakerStart, SpeakerEnd int
	SpeakerKind              string // NameSpeaker, PronounSpeaker, RoleSpeaker or ""
	// Name is the speaker resolved within the article: the name part of the
	// span ("Nabila Massrali"), the full name a surname or pronoun refers to,
	// the role phrase a pronoun refers to when the antecedent has no name
	// ("A Reagan administration official"), or "" when there is none (a role
	// speaking for itself, an unresolved pronoun).
	Name string
	// Role is a role phrase standing in apposition to a named speaker ("the
	// Taliban’s acting foreign minister") or before the name in the span
	// ("EU spokesperson"); "" when there is none.
	Role string
	// Inherited is set when the quote has no cue of its own and took its
	// speaker from the previous quote (the news convention for a run of
	// quoted paragraphs) or from a speech verb in the sentence before it.
	Inherited bool
}

// Finder finds quotations, their cues and speakers. It holds no state that
// changes after [New]; it is safe for concurrent use.
type Finder struct {
	pool sync.Pool // *scratch
}

// New returns a Finder.
func New() *Finder {
	return &Finder{pool: sync.Pool{New: func() any { return new(scratch) }}}
}

// scratch is the per-call working memory of Find, pooled because articles
// come one after another and the buffers reach a steady size.
type scratch struct {
	text      string
	paras     []span
	quotes    []qspan
	cont      []int
	toks      []tok
	names     []nameRun
	namesDone bool   // names computed
	topic     string // the article's main person, once topicDone
	topicDone bool
	genders   []wordGender // textGender's answers for this article
	lowerUses []wordUse    // usedLower's answers for this article
}

// reset readies s for the article text. Every per-article list starts
// empty: a reader that runs before buildNames must not see the names of
// the pool's last article, nor a memo its answers.
func (s *scratch) reset(text string) {
	s.text, s.namesDone, s.topicDone = text, false, false
	s.names, s.genders, s.lowerUses = s.names[:0], s.genders[:0], s.lowerUses[:0]
}

// Find appends to dst the quotations of text, an article's raw text with
// paragraphs separated by blank lines, in text order, and returns the
// extended slice. See the package comment for the heuristics.
func (f *Finder) Find(text string, dst []Found) []Found {
	s := f.pool.Get().(*scratch)
	defer func() {
		s.text = ""
		f.pool.Put(s)
	}()
	s.reset(text)
	lead := newLeadScan(text)
	if lead.from(0) == len(text) {
		// No byte that opens a quotation mark: no quote (about half of
		// the wire's articles), told without splitting the paragraphs.
		return dst
	}
	s.paras = paragraphs(text, s.paras[:0])
	s.quotes, s.cont = scanQuotes(&lead, s.paras, s.quotes[:0], s.cont[:0])
	if len(s.quotes) == 0 {
		return dst
	}
	s.toks = lex(text, s.paras, s.quotes, s.cont, s.toks[:0])
	dst = slices.Grow(dst, len(s.quotes)) // one Found a quote: grown once
	base := len(dst)
	for qi := range s.quotes {
		dst = append(dst, s.analyse(qi, dst[base:]))
	}
	return dst
}

// Annotate runs Find on doc.Text and appends a record to doc.Quotes for each
// quotation. Sentence is the index of the body sentence holding the quote's
// start, or -1 when doc has no such sentence. It returns ctx's error, if
// any, and is safe for concurrent use on different Docs.
func (f *Finder) Annotate(ctx context.Context, doc *annals.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("quote: %w", err)
	}
	found := f.Find(doc.Text, nil)
	doc.Quotes = slices.Grow(doc.Quotes, len(found))
	for i := range found {
		q := &found[i]
		rec := annals.Quote{
			Text:     doc.Text[q.Start:q.End],
			Start:    q.Start,
			End:      q.End,
			Cue:      q.Cue,
			Sentence: sentenceOf(doc.Sentences, q.Start),
			Kind:     q.Kind,
			CueStart: q.CueStart,
			CueEnd:   q.CueEnd,
		}
		if q.CueStart < 0 {
			rec.CueStart, rec.CueEnd = 0, 0
		}
		if q.SpeakerStart >= 0 {
			ref := &annals.ActorRef{Text: q.Speaker, Name: q.Name, Start: q.SpeakerStart, End: q.SpeakerEnd}
			if q.Inherited || q.SpeakerKind == PronounSpeaker && q.Name != "" {
				ref.Via = "coref"
			}
			rec.Speaker = ref
		}
		doc.Quotes = append(doc.Quotes, rec)
	}
	return nil
}

// sentenceOf returns the index of the body sentence holding offset off.
func sentenceOf(sents []annals.Sentence, off int) int {
	for i, s := range sents {
		if !s.Title && s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// word returns the text of token j, or "" for an index before the first
// token or past the last (a speaker that ends the text), which matches no
// word a rule looks for.
func (s *scratch) word(j int) string {
	if j < 0 || j >= len(s.toks) {
		return ""
	}
	t := s.toks[j]
	return s.text[t.start:t.end]
}

// isWord reports whether token j is a word.
func (s *scratch) isWord(j int) bool { return j >= 0 && j < len(s.toks) && s.toks[j].kind == tWord }

// lower reports whether token j is a word starting in lower case.
func (s *scratch) lower(j int) bool { return s.isWord(j) && s.toks[j].flags&fCap == 0 }

// cueHit is a cue and the speaker found for it, as token ranges.
type cueHit struct {
	ok               bool
	cs, ce           int // cue tokens
	sa, sb           int // speaker tokens
	ra, rb           int // role tokens, ra == rb when none
	head             bool
	gerundForSubject bool
	weak             bool // the speaker is the sentence's subject, not the phrase before the cue
}

// analyse builds the Found for quote qi; prev holds the quotes before it.
func (s *scratch) analyse(qi int, prev []Found) Found {
	q := &s.quotes[qi]
	f := Found{
		Start: q.start, End: q.end, OpenMark: q.open, CloseMark: q.close,
		CueStart: -1, CueEnd: -1, SpeakerStart: -1, SpeakerEnd: -1,
	}
	hs := s.headStart(qi)
	for hs < q.openTok && s.toks[hs].kind == tOther {
		hs++ // stray marks
	}
	initial := hs == q.openTok
	words, capFirst := s.contentWords(qi)
	te, newSent := s.tailEnd(qi)

	var c cueHit
	multi := q.para != q.lastPara
	if initial {
		c = s.tailCue(qi, te, newSent)
	} else {
		c = s.headCue(qi, hs)
		if !c.ok && !(newSent && s.toks[q.openTok-1].kind == tColon && s.hasColonSubject(qi, hs)) {
			// "Biden-Harris released a statement: “….” President
			// Trump called it …": a clause that introduces the quote
			// with a colon owns it; a cue in the next sentence does not.
			c = s.tailCue(qi, te, newSent)
		} else if q.closeTok >= 0 && !s.endsSentence(qi) && (c.ce < q.openTok-3 || s.accordingAfter(qi) && s.copulaBetween(c.ce, q.openTok)) {
			// "the WHO noted the need to act: “…,” said Tedros": a
			// speech verb right after a quote that runs on into its
			// attribution outranks a verb words away before it, unless
			// it only repeats a pronoun for that speaker ("he added").
			//
			// A passive speech verb between them ("The plan, which
			// predicted …, would be officially announced “…,” he told a
			// news conference") leaves the earlier verb's subject what
			// was said of, not the speaker: a pronoun after the quote
			// then names the speaker too.
			if t := s.tailCue(qi, te, newSent); t.ok && t.cs <= q.closeTok+3 && (!(t.sb-t.sa == 1 && pronouns.has(s.word(t.sa))) || s.passiveBetween(c.ce, q.openTok)) {
				c = t
			}
		}
	}

	if initial && c.ok && newSent && c.cs > q.closeTok+1 && s.ownClause(c.ce) && qi > 0 && s.quotes[qi-1].para == q.para && s.quotes[qi-1].closeTok >= 0 {
		// "“…,” Glantz said. “Their rating will fall.” GM said it
		// expects …": a sentence after the quote with a clause of its
		// own reports other words; the quote goes on from the one
		// before it in its paragraph.
		c = cueHit{}
	}
	if !c.ok && initial {
		// "“If we had a package …, we would be interested, Fitzwater
		// said.": the wire left the quote unclosed; its own closing
		// words are the attribution.
		c = s.unclosedTail(qi)
	}
	if !initial {
		if a, b, n := s.sayingAuthor(qi, hs); b > a {
			// "citing the Chuck Jones quote that “…”": a saying is
			// its author's words, whoever cites it.
			c = cueHit{ok: true, cs: n, ce: n + 1, sa: a, sb: b, ra: a, rb: a, head: true}
		}
	}

	switch {
	case multi:
		f.Kind = Direct
	case initial:
		f.Kind = Direct
		if words <= 2 && (!c.ok || s.splitOpening(qi, te)) {
			f.Kind = Scare
		}
	default:
		prevTok := s.toks[q.openTok-1]
		near := c.ok && c.head && c.ce >= q.openTok-6
		if c.ok && c.head && c.cs == hs && s.word(hs) == "Said" {
			near = true // "Said X, a role of Y, “…”": the verb opening the sentence
		}
		switch {
		case prevTok.kind == tColon,
			prevTok.kind == tComma && near,
			capFirst && near && words > 2:
			f.Kind = Direct
		case words <= 2:
			f.Kind = Scare
		default:
			f.Kind = Partial
		}
	}
	if f.Kind != Scare && !multi && s.titleCase(qi) {
		f.Kind = Scare // a title or name: "the “Radio Control Law”"
	}
	if f.Kind != Scare && !multi && words <= 5 && s.term(qi, initial && !c.ok, !c.ok) {
		f.Kind = Scare
	}
	if f.Kind != Scare && (s.caption(q.para) || s.signText(qi)) {
		f.Kind = Scare // words on a banner or in a photo's caption, not speech
	}
	if f.Kind == Scare {
		return f
	}
	if c.ok && !c.head {
		if p, ok := s.participleSubject(qi, hs, te); ok && (p.sa != c.sa || p.sb != c.sb) {
			// "Calling it “…”, Anna Berg of X, a charity, told …": the
			// main clause's subject, whatever the cue's walk found.
			c.sa, c.sb, c.ra, c.rb = p.sa, p.sb, p.sa, p.sa
		}
	}
	if c.ok {
		hi := te
		if c.head {
			hi = q.openTok
		}
		c = s.owner(c, hs, hi)
		f.CueStart, f.CueEnd = int(s.toks[c.cs].start), int(s.toks[c.ce-1].end)
		f.Cue = s.text[f.CueStart:f.CueEnd]
		if s.inOtherQuote(qi, int(s.toks[c.sa].start)) {
			// A speaker found inside a quotation is a word of
			// someone's speech ("“… they don't need …,” said X. “…,”
			// he said"), never the speaker: the previous quote's is.
			s.inherit(&f, qi, prev)
			return f
		}
		s.setSpeaker(&f, c, prev)
		return f
	}
	if c, ok := s.introducer(qi, hs); ok {
		if c.ce > c.cs && c.cs >= 0 {
			f.CueStart, f.CueEnd = int(s.toks[c.cs].start), int(s.toks[c.ce-1].end)
			f.Cue = s.text[f.CueStart:f.CueEnd]
		}
		s.setSpeaker(&f, c, prev)
		return f
	}
	if c, ok := s.colonSubject(qi, hs); ok {
		s.setSpeaker(&f, c, prev)
		return f
	}
	if c, ok := s.partialSubject(qi, hs); ok && f.Kind == Partial {
		s.setSpeaker(&f, c, prev)
		return f
	}
	if c, ok := s.participleSubject(qi, hs, te); ok {
		s.setSpeaker(&f, c, prev)
		return f
	}
	if c, ok := s.roleSubject(qi, hs); ok && f.Kind == Partial {
		s.setSpeaker(&f, c, prev)
		return f
	}
	s.inherit(&f, qi, prev)
	if f.SpeakerStart < 0 && initial && f.Kind == Direct {
		if c, ok := s.sentenceBefore(hs); ok {
			s.setSpeaker(&f, c, prev)
			f.Inherited = true
		} else if c, ok := s.soleMention(hs); ok {
			s.setSpeaker(&f, c, prev)
			f.Inherited = true
		} else if c, ok := s.paraBefore(hs); ok {
			s.setSpeaker(&f, c, prev)
			f.Inherited = true
		} else if c, ok := s.speakerAgain(hs, prev); ok {
			s.setSpeaker(&f, c, prev)
			f.Inherited = true
		}
	}
	if f.SpeakerStart < 0 && f.Kind == Partial && !initial {
		if c, ok := s.partialBefore(qi, hs, te); ok {
			s.setSpeaker(&f, c, prev)
			f.Inherited = true
		}
	}
	if f.SpeakerStart < 0 && f.Kind == Partial && words <= 4 && !capFirst && s.termSlot(qi) {
		// "declared the outbreak a “public health emergency”": a
		// short phrase after an article, owned by nobody, names a
		// term or status rather than quoting speech.
		f.Kind = Scare
	}
	return f
}

// rolesOnly reports whether [a, b) holds only lower-case words, the last
// a person's role ("senior official"): a role with no name of its own.
func (s *scratch) rolesOnly(a, b int) bool {
	for j := a; j < b; j++ {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 {
			return false
		}
	}
	w := s.word(b - 1)
	return roles.has(w) && !bodyNouns.has(w) && !documents.has(w) && !strings.HasSuffix(w, "s")
}

// accordingAfter reports whether "according to" follows quote qi's
// closing comma ("the drop announced this week was “…,” according to
// Kahan"): the source the wire names right after the words outranks a
// participle of the sentence's subject before them (see copulaBetween).
func (s *scratch) accordingAfter(qi int) bool {
	j := s.quotes[qi].closeTok
	if j < 1 || j+2 >= len(s.toks) || s.toks[j-1].kind != tComma && s.toks[j+1].kind != tComma {
		return false
	}
	k := j + 1
	if s.toks[k].kind == tComma {
		k++
	}
	// "according" may be the text's last token.
	return s.isWord(k) && s.word(k) == "according" && s.isWord(k+1) && s.word(k+1) == "to"
}

// copulaBetween reports whether a form of "be" stands in [a, b): the
// speech verb before it is then a participle inside the subject ("the
// drop announced this week was “…”"), not the clause's verb.
func (s *scratch) copulaBetween(a, b int) bool {
	for j := a; j < b; j++ {
		switch s.word(j) {
		case "was", "is", "were", "are":
			return s.isWord(j)
		}
	}
	return false
}

// ownClause reports whether the words from token j on open a reported
// clause of their own ("said it anticipates", "said that …"): a
// subject pronoun or "that" right after the cue.
func (s *scratch) ownClause(j int) bool {
	if !s.lower(j) {
		return false
	}
	w := s.word(j)
	return w == "that" || w == "it" || w == "he" || w == "she" || w == "they" || w == "we"
}

// verbParticles close a phrasal verb ("shot back", "spoke out", "summed
// up"), the verb itself standing before them.
var verbParticles = set(`back out up off`)

// term reports whether the short quote qi names a term rather than
// quoting anyone: a phrase the article also uses without quotation marks
// ("the “natural born Citizen” clause" beside "natural born citizen"),
// when it has no cue (uncued), one a term noun introduces ("the phrase
// “…”", "dubbed “…”"), or, when subject is set (the quote opens its
// sentence and has no cue), one that is the subject of the verb right
// after it ("“Law and order” was a common theme").
func (s *scratch) term(qi int, subject, uncued bool) bool {
	q := &s.quotes[qi]
	if p := q.openTok - 1; p >= 0 && s.lower(p) && termNouns.has(s.word(p)) {
		return true
	}
	if p := q.openTok - 1; p > 0 && s.lower(p) && s.word(p) == "as" && s.lower(p-1) && s.word(p-1) == "known" {
		return true // "also known as “cosmonaut No. 11”": a name, not speech
	}
	if subject && q.closeTok >= 0 && q.closeTok+1 < len(s.toks) && s.lower(q.closeTok+1) && !s.endsSentence(qi) {
		if k := s.toks[q.closeTok-1].kind; k != tComma && k != tStop {
			return true
		}
	}
	phrase := strings.TrimRight(s.text[q.start:q.end], ".,;:!? ")
	if !uncued || len(phrase) < 8 || strings.IndexByte(phrase, ' ') < 0 {
		return false
	}
	return s.usedUnquoted(phrase)
}

// usedUnquoted reports whether phrase occurs in the text, ignoring ASCII
// case, as whole words outside every quotation.
func (s *scratch) usedUnquoted(phrase string) bool {
	text := s.text
	c0 := lowerByte(phrase[0])
	qi := 0
	for i := 0; i+len(phrase) <= len(text); i++ {
		if lowerByte(text[i]) != c0 || !strings.EqualFold(text[i:i+len(phrase)], phrase) {
			continue
		}
		if i > 0 && isAlnum(runeBefore(text, i)) || i+len(phrase) < len(text) && isAlnum(runeAt(text, i+len(phrase))) {
			continue
		}
		for qi < len(s.quotes) && s.quotes[qi].end <= i {
			qi++
		}
		if qi < len(s.quotes) && s.quotes[qi].open <= i {
			continue // inside a quotation
		}
		return true
	}
	return false
}

// wordUse is usedLower's answer for a word.
type wordUse struct {
	word string
	used bool
}

// usedLower reports whether w, a capitalised word, also occurs in the
// text as a whole word starting in lower case: a common noun opening a
// sentence ("Backlash", "Officials") rather than a name. The answer
// depends on the text alone, which a scan of all of it finds, and half
// the questions of an article repeat one asked before (the same
// candidate name for each he or she): each answer is kept for the
// article in s.lowerUses.
func (s *scratch) usedLower(w string) bool {
	for _, u := range s.lowerUses {
		if u.word == w {
			return u.used
		}
	}
	used := s.scanLower(w)
	s.lowerUses = append(s.lowerUses, wordUse{w, used})
	return used
}

// scanLower is usedLower's scan of the text for w in lower case.
func (s *scratch) scanLower(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	lw := string(unicode.ToLower(r)) + w[n:]
	text := s.text
	for i := 0; i+len(lw) <= len(text); {
		k := strings.Index(text[i:], lw)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isAlnum(runeBefore(text, k))) && (k+len(lw) == len(text) || !isAlnum(runeAt(text, k+len(lw)))) {
			return true
		}
		i = k + 1
	}
	return false
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// termNouns introduce a term rather than speech: "the phrase “…”".
var termNouns = set(`term terms phrase phrases word words slogan slogans
	motto hashtag expression label catchphrase chant nickname dubbed
	nicknamed so-called branded labelled labeled titled entitled`)

// termSlot reports whether quote qi stands where a noun phrase goes: right
// after an article, or with an article as its first word.
func (s *scratch) termSlot(qi int) bool {
	q := &s.quotes[qi]
	if p := q.openTok - 1; p >= 0 && s.lower(p) && (s.word(p) == "a" || s.word(p) == "an" || s.word(p) == "the") {
		return true
	}
	f := q.openTok + 1
	return s.lower(f) && (s.word(f) == "a" || s.word(f) == "an" || s.word(f) == "the")
}

// colonSubject handles a quote that a clause ending in a colon introduces
// with no cue word: "Bolsonaro opposed Macron's statement: “…”". The
// subject of the clause speaks, when it is a name, role or pronoun
// followed by a lower-case word (its verb).
func (s *scratch) colonSubject(qi, hs int) (cueHit, bool) {
	q := &s.quotes[qi]
	j := q.openTok - 1
	if j <= hs || s.toks[j].kind != tColon {
		return cueHit{}, false
	}
	a, b := s.subject(hs, j)
	if b <= a || b >= j || !s.lower(b) {
		return cueHit{}, false
	}
	c := s.owner(cueHit{sa: a, sb: b, ra: a, rb: a, head: true, ok: true}, hs, j)
	return c, true
}

// hasColonSubject reports whether colonSubject finds a speaker for qi.
func (s *scratch) hasColonSubject(qi, hs int) bool {
	_, ok := s.colonSubject(qi, hs)
	return ok
}

// participleSubject finds the speaker of a quote inside a participle
// phrase that opens its sentence: "Calling it “…”, Anna Franowska told
// Reuters …", "Describing the plan as “…”, Smith said …". Whoever the
// phrase describes is the subject of the main clause, the name right after
// the comma that ends the phrase; te bounds the sentence.
func (s *scratch) participleSubject(qi, hs, te int) (cueHit, bool) {
	q := &s.quotes[qi]
	if q.closeTok < 0 || hs >= q.openTok || !s.isWord(hs) || s.toks[hs].flags&fCap == 0 {
		return cueHit{}, false
	}
	if w := s.word(hs); len(w) < 6 || !strings.HasSuffix(w, "ing") || functionCaps.has(w) {
		return cueHit{}, false
	}
	for j := hs + 1; j < q.openTok; j++ {
		if !s.isWord(j) {
			return cueHit{}, false // one phrase, no clause boundary before the quote
		}
	}
	k := q.closeTok + 1
	if k >= te || s.toks[k].kind != tComma {
		return cueHit{}, false
	}
	a, b := s.npForward(k+1, te)
	if b <= a || b >= te || !s.lower(b) && s.toks[b].kind != tComma {
		return cueHit{}, false // no clause's subject
	}
	if w := s.word(a); w == "it" || w == "It" || !s.named(a, b) && !rolesLower.has(s.word(b-1)) && !pronouns.has(w) {
		return cueHit{}, false
	}
	return cueHit{sa: a, sb: b, ra: a, rb: a, ok: true}, true
}

// partialSubject gives a fragment quoted inside a sentence with no cue
// word the sentence's subject, when that is a name or a personal pronoun
// followed by its verb: "She endorsed the selection of a “woman of
// color”", "Trump described the convention as a “…”". A writer who quotes
// a fragment in a sentence about what someone did is quoting that person.
func (s *scratch) partialSubject(qi, hs int) (cueHit, bool) {
	q := &s.quotes[qi]
	a, b := s.subject(hs, q.openTok)
	if b <= a || b >= q.openTok || !s.lower(b) {
		return cueHit{}, false
	}
	w := s.word(a)
	if lw := s.word(b - 1); months.has(lw) || days.has(lw) {
		return cueHit{}, false // "the March employment report “increases …”": a date modifies a noun
	}
	if b-a == 1 && pronouns.has(w) {
		if w == "it" || w == "It" {
			return cueHit{}, false // mostly "it was “…”"
		}
	} else if !s.named(a, b) {
		return cueHit{}, false
	} else if b-a == 1 && !isAcronym(w) {
		// A lone capitalised word opening a sentence may be any noun
		// ("Backlash from the statement led …"): only a surname of
		// someone named in full earlier counts.
		// Nor does a word followed by a verb in the past tense that the
		// article never writes in lower case ("Politico regarded the
		// debate as “…”"): a proper name.
		s.buildNames()
		if _, ok := s.fullName(a, w); !ok && !(strings.HasSuffix(s.word(b), "ed") && !s.usedLower(w)) {
			return cueHit{}, false
		}
	}
	return cueHit{sa: a, sb: b, ra: a, rb: a, head: true, ok: true}, true
}

// prevSentence bounds the sentence that ends right before token hs, in the
// same paragraph: tokens lo to end, end being its full stop. It fails when
// there is no such sentence or it holds a quotation mark.
func (s *scratch) prevSentence(hs int) (lo, end int, ok bool) {
	end = hs - 1
	if end < 1 || s.toks[end].kind != tStop {
		return 0, 0, false
	}
	lo = end - 1
	for lo >= 0 {
		t := s.toks[lo]
		if t.kind == tPara || t.kind == tStop && s.sentEnd(lo) {
			break
		}
		if t.kind == tOpen || t.kind == tClose {
			return 0, 0, false
		}
		lo--
	}
	return lo + 1, end, true
}

// sentenceBefore gives a quote that opens a sentence, has no cue and
// inherits nothing the speaker of a speech verb in the sentence before it
// in the same paragraph: "McGurk criticized the decision via Twitter. “…”".
// hs is the quote's first token; that sentence must hold no quotation.
func (s *scratch) sentenceBefore(hs int) (cueHit, bool) {
	lo, end, ok := s.prevSentence(hs)
	if !ok {
		return cueHit{}, false
	}
	for j := lo; j < end; j++ {
		if !s.lower(j) {
			continue
		}
		k, ok := cues.kind(s.word(j))
		if !ok || k == cueAccording || k == cuePut {
			continue
		}
		if c := s.speakerFor(j, k, lo, end, true); c.ok {
			c.cs, c.ce = -1, -1
			return s.owner(c, lo, end), true
		}
	}
	return cueHit{}, false
}

// paraBefore gives a quote that opens its paragraph with no cue the
// named speaker of a speech verb in the last sentence of the paragraph
// before, when that sentence holds no quotation and ends in a full stop
// or a colon: "…, Shultz replied:" then "“These sanctions …”", or
// "Sourrouille said Argentina had given ample proof …." then "“Today, …”".
// Wire copy sets the quote that carries on a reported statement in a
// paragraph of its own. A name counts, and a single unnamed person or
// document written with an article ("a senior official", "the report");
// a pronoun so far back is too loose a guide.
func (s *scratch) paraBefore(hs int) (cueHit, bool) {
	if hs < 2 || s.toks[hs-1].kind != tPara {
		return cueHit{}, false
	}
	end := hs - 2
	if k := s.toks[end].kind; k != tStop && k != tColon {
		return cueHit{}, false
	}
	lo := end - 1
	for lo >= 0 {
		t := s.toks[lo]
		if t.kind == tPara || t.kind == tStop && s.sentEnd(lo) {
			break
		}
		if t.kind == tOpen || t.kind == tClose {
			return cueHit{}, false
		}
		lo--
	}
	lo++
	for j := lo; j < end; j++ {
		if !s.lower(j) {
			continue
		}
		k, ok := cues.kind(s.word(j))
		if !ok || k == cueAccording || k == cuePut || k == cueGerund {
			continue
		}
		c := s.speakerFor(j, k, lo, end, true)
		if !c.ok {
			continue // "But asked by reporters …, Shultz replied:"
		}
		if s.unnamedRole(c.sa, c.sb) {
			// "…, an administration official said." then "“…”": the
			// one unnamed source the paragraph before quotes.
			c.cs, c.ce = -1, -1
			return c, true
		}
		if c.sb == c.sa+1 && heShe(s.word(c.sa)) {
			// "Since 1983-84, he said, world stocks have risen." then
			// "“…”": the paragraph before reports the he's words.
			c.cs, c.ce = -1, -1
			return c, true
		}
		if na := s.nameStart(c.sa, c.sb); na > c.sa && c.sb-na >= 2 && !s.anyNonPerson(na, c.sb) && s.lower(na-1) && roles.has(s.word(na-1)) && personRoleWord(s.word(na-1)) {
			// "health minister Jorge Brancho told reuters.", "Association
			// chairman Ulrich Wagner told a news conference …": a role
			// and a full name; the name is checked, the role kept.
			c.cs, c.ce = -1, -1
			return s.owner(c, lo, end), true
		}
		if c.sb <= c.sa || s.toks[c.sa].flags&fCap == 0 || pronouns.has(s.word(c.sa)) || determiners.has(s.word(c.sa)) || s.anyNonPerson(c.sa, c.sb) {
			return cueHit{}, false
		}
		if c.sb-c.sa == 1 && c.sa == lo && c.sb != j && !s.usedBare(s.word(c.sa)) {
			return cueHit{}, false // "Heavy buying by speculators boosted …": no name
		}
		c.cs, c.ce = -1, -1
		return s.owner(c, lo, end), true
	}
	return cueHit{}, false
}

// heShe reports whether w is "he" or "she", capitalised or not.
func heShe(w string) bool {
	switch w {
	case "he", "she", "He", "She":
		return true
	}
	return false
}

// soleMention gives a quote that opens a sentence, with no cue and no
// speech verb before it, the one person the sentence before it names, in
// the same paragraph: "… leaving Ingram unimpressed. “One of them was
// questionable.”", or else the he or she that is its subject. hs is the
// quote's first token. Two people named give nothing.
func (s *scratch) soleMention(hs int) (cueHit, bool) {
	lo, end, ok := s.prevSentence(hs)
	if !ok {
		return cueHit{}, false
	}
	s.buildNames()
	var c cueHit
	who := ""
	for i := range s.names {
		r := s.names[i]
		if r.a < lo || r.b > end {
			continue
		}
		if s.placeLike(r) {
			continue // "the Gulf", "Minister for External Relations": no one
		}
		name := s.personName(r)
		if name == "" {
			continue
		}
		if who != "" && who != name {
			return cueHit{}, false
		}
		who = name
		c = cueHit{ok: true, cs: -1, ce: -1, sa: r.a, sb: r.b, ra: r.a, rb: r.a}
	}
	if !c.ok {
		// "Underwhelmed with her role, she left the series. “…”": no
		// name, but a personal pronoun as the subject.
		if a, b := s.subject(lo, end); b == a+1 && personPronouns.has(s.word(a)) && s.word(a) != "I" {
			c = cueHit{ok: true, cs: -1, ce: -1, sa: a, sb: b, ra: a, rb: a}
		}
	}
	return c, c.ok
}

// caption reports whether paragraph p is a photo caption: it carries a
// picture credit ("Image: Voice of America.", "Photo: AP"). Quoted words
// in a caption are what a sign or banner in the picture reads.
func (s *scratch) caption(p int) bool {
	t := s.text[s.paras[p].start:s.paras[p].end]
	for _, c := range credits {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// credits open the picture credit of a caption.
var credits = [...]string{"Image: ", "Photo: ", "Picture: ", "Photograph: ", "Image credit: ", "Photo credit: "}

// signText reports whether quote qi gives the words written on a sign,
// banner or placard rather than speech: the sign noun right after the
// quote ("“…” sign") or before a "saying"/"reading" that introduces it ("a
// banner saying “…”", "placards reading “…”").
func (s *scratch) signText(qi int) bool {
	q := &s.quotes[qi]
	if q.closeTok >= 0 && s.lower(q.closeTok+1) && signNouns.has(s.word(q.closeTok+1)) {
		return true
	}
	j := q.openTok - 1
	if j > 0 && s.toks[j].kind == tComma {
		j--
	}
	if !s.lower(j) || s.word(j) != "saying" && s.word(j) != "reading" && s.word(j) != "read" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5 && s.isWord(k); k-- {
		if signNouns.has(s.word(k)) {
			return true
		}
	}
	return false
}

// signNouns are things whose written words a report quotes.
var signNouns = set(`sign signs banner banners placard placards poster posters
	billboard billboards graffiti t-shirt t-shirts shirt shirts slogan`)

// titleCase reports whether quote qi's content reads as a title or name
// rather than speech: two or more words, the first and last capitalised,
// every other word capitalised, a number or a short function word, and no
// sentence stop before its end ("Reproductive Health Care Reform Bill
// 2019", "Breaking Into Comics").
func (s *scratch) titleCase(qi int) bool {
	q := &s.quotes[qi]
	n, last := 0, -1
	for j := q.openTok + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if int(t.start) >= q.end || t.kind == tClose || t.kind == tPara {
			break
		}
		switch t.kind {
		case tWord:
			w := s.word(j)
			switch {
			case t.flags&fCap != 0, allDigits(w):
			case n > 0 && titleWords.has(w):
			default:
				return false
			}
			n++
			last = j
		case tStop:
			if j+1 < len(s.toks) && int(s.toks[j+1].start) < q.end && s.toks[j+1].kind == tWord {
				if w := s.word(j - 1); !abbrevs.has(w) && w != "vs" {
					return false
				}
			}
		case tColon:
			if n == 0 || !s.isWord(j+1) || s.toks[j+1].flags&fCap == 0 {
				return false
			}
			// "John McLaughlin: One on One": a title and its subtitle
		case tComma, tSemi:
			return false
		}
	}
	return n >= 2 && s.toks[last].flags&fCap != 0 || n >= 2 && allDigits(s.word(last))
}

// titleWords are the lower-case words a title keeps.
var titleWords = set(`of the and for in on a an to at with from by vs de la le du von van`)

// introducer handles a quote with no known cue word that a clause
// introduces: "X proposed: “…”", "they were like, “…”". The word before the
// colon or comma (or the quotative "like" after a form of be) stands in for
// the cue, and the noun phrase before it is the speaker.
func (s *scratch) introducer(qi, hs int) (cueHit, bool) {
	q := &s.quotes[qi]
	j := q.openTok - 1
	if j > hs && (s.toks[j].kind == tColon || s.toks[j].kind == tComma) {
		j--
	}
	if j <= hs || !s.lower(j) {
		return cueHit{}, false
	}
	w := s.word(j)
	switch {
	case w == "like":
		if !passiveAux.has(s.word(j-1)) || !s.isWord(j-1) {
			return cueHit{}, false
		}
	case j+1 < q.openTok && documents.has(w) && s.isWord(j-1) && determiners.has(s.word(j-1)):
		// "Part of Trump's tweet included the statement, “…”": the
		// clause that presents the document speaks through its subject,
		// or the subject's owner.
		a, b := s.subject(hs, j-1)
		if b <= a || b >= j-1 || !s.lower(b) {
			return cueHit{}, false
		}
		c := s.owner(cueHit{cs: -1, ce: -1, sa: a, sb: b, ra: a, rb: a, head: true, ok: true}, hs, j)
		return c, true
	case j+1 < q.openTok && s.following(j) > hs:
		// "an official government Twitter account made the following
		// announcement: “…”", "X posted the following:": what follows
		// is the clause's subject's.
		d := s.following(j)
		a, b := s.subject(hs, d)
		if b <= a || b >= d || !s.lower(b) {
			return cueHit{}, false
		}
		return cueHit{cs: -1, ce: -1, sa: a, sb: b, ra: a, rb: a, head: true, ok: true}, true
	case j+1 < q.openTok && s.isWord(j-1) && possessive(s.word(j-1)) && !functions.has(w) && !adverbs.has(w):
		// "he appreciated Soleimani's lifepath: “He was …”": a noun
		// owned by someone the quotation speaks of, the object of a
		// clause whose subject speaks.
		a, b := s.subject(hs, j-1)
		if b <= a || b >= j-1 || !s.lower(b) || possessive(s.word(b-1)) {
			return cueHit{}, false
		}
		return cueHit{cs: -1, ce: -1, sa: a, sb: b, ra: a, rb: a, head: true, ok: true}, true
	case j+1 < q.openTok && !functions.has(w) && !prepositions.has(w) && !adverbs.has(w) && !roles.has(w):
		// a verb before the colon or comma
	default:
		return cueHit{}, false
	}
	cs := j
	if verbParticles.has(w) && j-1 > hs && s.lower(j-1) && !functions.has(s.word(j-1)) {
		cs = j - 1 // "the Georgia Democrat shot back: “…”": the verb before its particle
	}
	c := s.backSpeaker(cueHit{cs: cs, ce: j + 1, head: true}, hs)
	if w == "like" {
		c = s.backSpeaker(cueHit{cs: j - 1, ce: j + 1, head: true}, hs)
	}
	return c, c.ok
}

// splitOpening reports whether quote qi, which opens its sentence, is
// only the first words of a quotation the attribution splits: with no
// punctuation of its own before the closing mark, it runs on in a later
// quote of the sentence (up to te) that opens in lower case ("“Our team”
// X said in a press release “has developed …”"). The later quote holds
// the speech.
func (s *scratch) splitOpening(qi, te int) bool {
	q := &s.quotes[qi]
	if q.closeTok < 0 || qi+1 >= len(s.quotes) {
		return false
	}
	if q.close < q.start {
		return false
	}
	if last := strings.TrimRight(s.text[q.start:q.close], " "); last == "" || strings.ContainsRune(".,;:!?", rune(last[len(last)-1])) {
		return false
	}
	n := &s.quotes[qi+1]
	if n.openTok >= te || n.openTok <= q.closeTok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[n.start:])
	return unicode.IsLower(r)
}

// following returns the determiner of "the following" or "the following
// <noun>" ending at token j, or -1.
func (s *scratch) following(j int) int {
	if s.word(j) != "following" && j > 0 && s.lower(j-1) && s.word(j-1) == "following" {
		j--
	}
	if s.word(j) == "following" && s.lower(j) && j > 0 && s.lower(j-1) && determiners.has(s.word(j-1)) {
		return j - 1
	}
	return -1
}

// contentWords counts the words of quote qi's content and reports whether
// the first starts with a capital.
func (s *scratch) contentWords(qi int) (n int, capFirst bool) {
	q := &s.quotes[qi]
	for j := q.openTok + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if int(t.start) >= q.end || t.kind == tClose {
			break
		}
		if t.kind == tWord {
			if n == 0 {
				capFirst = t.flags&fCap != 0
			}
			n++
		}
	}
	return n, capFirst
}

// setSpeaker fills f's speaker from the hit c and resolves its name; a
// name left as a body's bare head noun ("Bank" for "the Bank said") is
// widened to the body's full name (see fullHead).
func (s *scratch) setSpeaker(f *Found, c cueHit, prev []Found) {
	s.setSpeakerName(f, c, prev)
	if full := s.spelledOut(f.Name); full != "" {
		f.Name = full // "GM" for "General Motors"
	}
	if bareHeads.has(f.Name) && f.SpeakerStart >= 0 && c.sa < len(s.toks) && !anyOne(f.Speaker) {
		// "one official at a U.S. Bank" is any bank, not one named.
		if full := s.fullHead(f.Name, c.sa, prev); full != "" {
			f.Name = full
		}
	}
}

// setSpeakerName fills f's speaker from the hit c and resolves its name.
func (s *scratch) setSpeakerName(f *Found, c cueHit, prev []Found) {
	c = s.partyTag(c)          // "Rep. Joe Barton, R-Texas, said"
	c = s.appositiveSubject(c) // "H.P. Smith, analyst at … and Co said"
	c = s.firmTailSpeaker(c)   // "analyst X of Sanford C. Bernstein and Co said"
	// "S and P", "Standard and Poor's": one firm, its name whole.
	firm := c.sb-c.sa == 3 && s.word(c.sa+1) == "and" && s.firmAnd(c.sa+1, c.sb)
	if last := &s.toks[c.sb-1]; possessive(s.word(c.sb-1)) && !firm {
		// An owner named with a possessive ("the court's summary"):
		// the name without its ending, the runs built first so the
		// shortened token is seen by nothing else.
		s.buildNames()
		end := last.end
		if strings.HasSuffix(s.word(c.sb-1), "’s") {
			last.end -= int32(len("’s"))
		} else {
			last.end -= int32(len("'s"))
		}
		defer func() { last.end = end }()
	}
	f.SpeakerStart, f.SpeakerEnd = int(s.toks[c.sa].start), int(s.toks[c.sb-1].end)
	f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
	if c.rb > c.ra {
		f.Role = s.text[s.toks[c.ra].start:s.toks[c.rb-1].end]
	}
	if firm {
		f.SpeakerKind, f.Name = NameSpeaker, f.Speaker
		return
	}
	if w := s.word(c.sa); c.sb-c.sa == 1 && (w == "him" || w == "her") {
		// "according to him": a source named by an object pronoun.
		f.SpeakerKind = PronounSpeaker
		f.Name = s.resolvePronoun(c.sa, prev)
		return
	}
	if c.sb-c.sa == 1 && s.word(c.sa) == "them" {
		// "according to them": a group named before.
		f.SpeakerKind = PronounSpeaker
		if f.Name = s.resolveOrg(c.sa, true); f.Name == "" {
			f.Name = s.pluralGroup(c.sa)
		}
		return
	}
	if w := s.word(c.sa); c.sb-c.sa == 1 && pronouns.has(w) {
		f.SpeakerKind = PronounSpeaker
		switch {
		case firstPerson.has(w):
			if f.Name = s.label(c.sa); f.Name == "" && personPronouns.has(w) {
				f.Name = s.resolvePronoun(c.sa, prev)
			}
		case personPronouns.has(w):
			f.Name = s.resolvePronoun(c.sa, prev)
		case s.label(c.sa) == "": // it, they, outside an interview's answers
			plural := w == "they" || w == "They"
			if f.Name = s.resolveOrg(c.sa, plural); f.Name == "" && plural {
				if f.Name = s.pluralGroup(c.sa); f.Name == "" {
					f.Name = s.prevCueGroup(c.sa)
				}
				if f.Name == "" {
					f.Name = s.pairSaid(c.sa)
				}
				if f.Name == "" {
					f.Name = s.cueSubjectBack(c.sa, true) // "The four institutes said"
				}
			} else if f.Name == "" {
				if f.Name = s.firmQuoted(c.sa, prev); f.Name == "" {
					f.Name = s.bodyQuoted(c.sa, prev)
				}
				if f.Name == "" {
					f.Name = s.docBefore(c.sa) // "The report stated …. “…,” it said"
				}
				if f.Name == "" && (w == "it" || w == "It") {
					f.Name = s.companyBefore(c.sa)
				}
				if f.Name == "" && (w == "it" || w == "It") {
					f.Name = s.prevCueBody(c.sa)
				}
				if f.Name == "" && (w == "it" || w == "It") {
					f.Name = s.itChain(c.sa)
				}
				if f.Name == "" && (w == "it" || w == "It") {
					f.Name = s.leadFirm(c.sa)
				}
				if f.Name == "" && (w == "it" || w == "It") {
					f.Name = s.cueSubjectBack(c.sa, false) // "A Chinese newspaper said"
				}
			}
		}
		return
	}
	if w := s.word(c.sa); c.sb-c.sa == 1 && (w == "one" || w == "another" || (w == "One" || w == "Another") && s.opensSentence(c.sa) && !(s.isWord(c.sb) && s.word(c.sb) == "of")) {
		// "“…?” one said": a member of the group named before. Opening
		// a sentence ("Another added, “…”") the word is capitalised but
		// no name.
		f.SpeakerKind = RoleSpeaker
		w = strings.ToLower(w)
		if f.Name = s.oneOfGroup(c.sa); f.Name == "" && w == "another" {
			f.Name = anotherOf(s, c.sa, prev)
		}
		return
	}
	if c.sb-c.sa == 1 && quantifiers.has(s.word(c.sa)) && s.isWord(c.sb+1) && s.word(c.sb) == "of" {
		// "One of them", "Some of the residents": the quantifier
		// stands for a member of the group after "of", kept whole.
		if w := s.word(c.sb + 1); pronouns.has(w) || w == "them" || w == "us" || w == "those" {
			c.sb += 2
		} else if _, b := s.npForward(c.sb+1, len(s.toks)); b > c.sb+1 {
			c.sb = b
		}
		f.SpeakerEnd, f.Speaker = int(s.toks[c.sb-1].end), s.text[f.SpeakerStart:s.toks[c.sb-1].end]
	}
	if c.sb-c.sa > 2 && quantifiers.has(s.word(c.sa)) && s.word(c.sa+1) == "of" {
		// "One of the users": a member of a group, no name. "One of
		// them" after a quote from "one of the children" is another
		// member of that group.
		f.SpeakerKind = RoleSpeaker
		if c.sb-c.sa == 3 && (s.word(c.sa+2) == "them" || s.word(c.sa+2) == "us") {
			f.Name = s.groupOf(f.SpeakerStart, prev)
		}
		return
	}
	if e := s.bodyTail(c.sa, c.sb); e > c.sb {
		// "The government of American Samoa issued a statement": a
		// body named by its noun and what it governs, kept whole.
		f.SpeakerEnd = int(s.toks[e-1].end)
		f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
		f.SpeakerKind, f.Name = NameSpeaker, s.text[s.toks[c.sa+1].start:f.SpeakerEnd]
		return
	}
	if w := s.word(c.sa); c.sb-c.sa == 2 && (w == "Its" || w == "its" || w == "Their" || w == "their") && documents.has(s.word(c.sa+1)) {
		// "Their statement also read": the body quoted just before.
		f.SpeakerKind = RoleSpeaker
		if f.Name = s.ownerBefore(c.sa, prev); f.Name == "" {
			// "The committee in its report said": the body before "in".
			f.Name = s.docMaker(s.word(c.sa+1), c.sb)
		}
		return
	}
	if c.sb-c.sa == 3 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && nationality(s.word(c.sa+1)) && s.lower(c.sa+2) && documents.has(s.word(c.sa+2)) {
		w := s.word(c.sa + 2)
		// "The French statement added", after "the Foreign Ministry
		// spokesman said in a statement": a people's adjective says
		// whose document it is, not who issued it; an earlier mention
		// of the document does.
		name := s.docIssuer(w, c.sa)
		if name == "" {
			name = s.docSaidIn(w, c.sa, prev)
		}
		if name != "" {
			f.SpeakerKind, f.Name = RoleSpeaker, name
			return
		}
		// No issuer named before: the adjective, as a name, is all
		// there is ("The Greek statement today said").
		f.SpeakerStart, f.SpeakerEnd = int(s.toks[c.sa+1].start), int(s.toks[c.sa+1].end)
		f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
		f.SpeakerKind, f.Name = NameSpeaker, f.Speaker
		return
	}
	if s.memberOf(c.sa, c.sb) {
		// "A source within the Interior Ministry": someone unnamed
		// in a body, not the body.
		f.SpeakerKind = RoleSpeaker
		return
	}
	chainName := -1 // where a title chain's closing person's name starts
	for j := c.sa + 1; j < c.sb-1; j++ {
		if s.lower(j) && linkers.has(s.word(j)) && s.named(c.sa, j) {
			if s.word(j) == "of" && s.ofTail(c.sa, j) == c.sb {
				// "the Turkish Ministry of Foreign Affairs": a body's
				// name with its "of" tail is one name, titles and all.
				f.SpeakerKind = NameSpeaker
				na := c.sa
				if determiners.has(s.word(na)) {
					na++
				}
				f.Name = s.text[s.toks[na].start:s.toks[c.sb-1].end]
				return
			}
			if e := s.ofTail(c.sa, j); s.word(j) == "of" && e > j && e < c.sb && determiners.has(s.word(c.sa)) && s.rolesOnly(e, c.sb) {
				// "the Bank of Japan official": an unnamed officer of
				// the body its "of" name spells out, not the body.
				f.SpeakerKind = RoleSpeaker
				return
			}
			if e := s.ofTail(c.sa, j); s.word(j) == "of" && e > j && s.roleNameAfter(e, c.sb) == c.sb {
				// "Industrial Bank of Japan Ltd senior economist Susumu
				// Taketomi": the firm, then its officer's role and name.
				break
			}
			if s.titledTail(j+1, c.sb) {
				// "House of Commons Speaker John Bercow": the body
				// comes first, its officer's title and name last.
				break
			}
			if s.titleChain(j) && s.capsRun(j+1, c.sb) && c.sb-j > 3 && !s.initialDot(c.sb-2) && !s.nameDot(c.sb-2) {
				// "Assistant Secretary of State for Trade Affairs Carla
				// Denby": a title's "of" and "for" phrases opening the
				// sentence, the person's given name and surname last.
				chainName = c.sb - 2
				break
			}
			c.sb = j // "Suman Haripriya of the Hajo assembly": name first
			break
		}
	}
	if g := s.firmGroupIn(c.sa, c.sb); g > c.sa {
		// "economists at Lanston said": the same group before the cue.
		c.sb = g
	}
	if e := s.firmGroup(c.sb); e > c.sb && !s.named(c.sa, c.sb) {
		// "said economists at Merrill Lynch Capital Markets": a group
		// kept whole with the firm its members work for.
		f.SpeakerEnd = int(s.toks[e-1].end)
		f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
		f.SpeakerKind, f.Name = RoleSpeaker, s.firmGroupName(c.sa, c.sb, e)
		return
	}
	if name := s.firmMember(c.sa, c.sb); name != "" {
		// "The Irving economist", after "Philip Braverman, chief
		// economist at Irving Securities Corp".
		f.SpeakerKind, f.Name = RoleSpeaker, name
		return
	}
	na := s.nameStart(c.sa, c.sb)
	if chainName > na {
		na = chainName
	}
	if !s.named(c.sa, c.sb) {
		f.SpeakerKind = RoleSpeaker
		if c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && (s.word(c.sa+1) == "latter" || s.word(c.sa+1) == "former") {
			f.Name = s.latterFormer(c.sa, s.word(c.sa+1) == "latter")
			return
		}
		if f.Name = s.resolveRole(c.sa, c.sb); f.Name == "" {
			f.Name = s.lastSpeaker(c.sa, c.sb, prev)
		}
		if f.Name == "" {
			f.Name = s.epithet(c.sa, c.sb)
		}
		if f.Name == "" {
			f.Name = s.spokesIntro(c.sa, c.sb) // "a spokesman for Goldman Sachs …. ¶ “…,” the spokesman said"
		}
		if f.Name == "" {
			f.Name = s.namedNext(c.sa, c.sb) // "an outside consultant …. ¶ The consultant, … Carl Leier, said"
		}
		if w := s.word(c.sb - 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && documents.has(w) {
			// "the statement said", after "Bofors said in a statement".
			if f.Name = s.docIssuer(w, c.sa); f.Name == "" {
				f.Name = s.docByline(c.sb) // "the statement, issued by the ministry, said"
			}
			if f.Name == "" {
				f.Name = s.docSaidIn(w, c.sa, prev) // "X said in a statement. ¶ … the statement said"
			}
			if f.Name == "" {
				f.Name = s.docMaker(w, c.sa) // "a statement issued by X", "In a statement, X said"
			}
			if f.Name == "" && researchDocs.has(w) {
				f.Name = s.otherDocIssuer(w, c.sa) // "a government study …. ¶ the FTC report said …. ¶ the study said"
			}
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && bodyNouns.has(w) && !documents.has(w) {
			// "the government", named in full earlier.
			if f.Name = s.fullBody(w, c.sa); f.Name == "" && companyNouns.has(w) {
				if f.Name = s.namedFirm(c.sa); f.Name == "" {
					f.Name = s.leadFirm(c.sa)
				}
			}
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && pressNouns.has(w) && !documents.has(w) {
			// "The paper said", after "A Chinese newspaper said …. It
			// said": the unnamed paper an earlier verb's subject is.
			f.Name = s.subjectBack(c.sa, false, isPress)
		}
		if w := s.word(c.sa); f.Name == "" && c.sb-c.sa == 2 && (w == "this" || w == "This" || w == "the" || w == "The") && s.word(c.sa+1) == "source" {
			// "this source said", after "A House staff member … said".
			f.Name = s.sourceRole(c.sa)
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && kindWords[w] != nil {
			// "The newspaper said", after "The Washington Post said".
			f.Name = s.kindFirm(c.sa, kindWords[w])
		}
		if w := s.modifiedBody(c.sa, c.sb); f.Name == "" && w != "" {
			// "the trade group said", "the Dutch company said": a body
			// noun with its adjectives, after the body was named.
			if kindWords[w] != nil {
				f.Name = s.kindFirm(c.sa, kindWords[w])
			}
			if f.Name == "" && (companyNouns.has(w) || publicBodies.has(w)) {
				// "Statistics Canada said …. “…,” the federal agency
				// said": the body that opened a sentence just before.
				f.Name = s.namedFirm(c.sa)
			}
			if f.Name == "" && publicBodies.has(w) {
				f.Name = s.bodySaid(c.sa)
			}
			if f.Name == "" && (companyNouns.has(w) || publicBodies.has(w)) {
				f.Name = s.letterFirm(c.sa) // "S and P said …. the rating agency said"
			}
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && publicBodies.has(w) {
			// "IPECODE said …. ¶ …, the institute said".
			f.Name = s.bodySaid(c.sa)
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && saidKinds[w] != nil {
			// "The New York Stock Exchange said …. The exchange said".
			f.Name = s.kindSaid(c.sa, saidKinds[w])
		}
		if f.Name == "" {
			// "the APEA council said", "The IMF team … says".
			f.Name = s.headedBody(c.sa, c.sb)
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && groupHeads.has(w) {
			// "The Koether group's letter …. the group said".
			f.Name = s.earlierHeaded(c.sa, w)
		}
		if f.Name == "" && (s.word(c.sa) == "the" || s.word(c.sa) == "The") {
			// "The exchange said" again, paragraphs after the first
			// "The exchange said" was traced to its body.
			f.Name = sameNounSpeaker(f.Speaker, prev)
		}
		if w := s.word(c.sa + 1); f.Name == "" && c.sb-c.sa == 2 && (s.word(c.sa) == "the" || s.word(c.sa) == "The") && s.lower(c.sa+1) && researchDocs.has(w) {
			// "reads the report", after "The study was conducted".
			if d := s.firstDocument(c.sa); d != w {
				f.Name = d
			}
			if f.Name == "" {
				f.Name = s.docAuthor(w, c.sa) // "a report by the Economist Intelligence Unit"
			}
			if f.Name == "" {
				f.Name = s.docByline(c.sb) // "the paper, written by … Kandice Kahl, said"
			}
			if f.Name == "" {
				f.Name = s.docMaker(w, c.sa) // "A report by the stockbrokers said"
			}
		}
		return
	}
	f.SpeakerKind = NameSpeaker
	if na > c.sa && f.Role == "" {
		ra, rb := s.trimRole(c.sa, na)
		if rb > ra {
			f.Role = s.text[s.toks[ra].start:s.toks[rb-1].end]
		}
	}
	if c.sb-na == 1 && na > 0 && (s.word(na-1) == "the" || s.word(na-1) == "The") && orgWords.has(s.word(na)) {
		// "The Department issued a statement": a body's head noun,
		// capitalised as a short form of its full name given earlier.
		if full := s.orgHolding(na, s.word(na)); full != "" {
			f.Name = full
			return
		}
	}
	if e := s.andTail(c.sb); e > c.sb {
		// "Fleet and Norstar in a joint statement", "added brokers
		// Phillips and Drew": two names joined as one subject speak
		// together, or are one firm's name.
		f.SpeakerEnd = int(s.toks[e-1].end)
		f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
		f.Name = s.text[s.toks[na].start:s.toks[c.sb-1].end]
		if second := s.nameStart(c.sb+1, e); second < e {
			// The second run may end in no name: "Jess Mears and I".
			f.Name += " and " + s.text[s.toks[second].start:s.toks[e-1].end]
		}
		return
	}
	if c.sb-na == 1 {
		w := s.word(na)
		f.Name = s.resolveSurname(c.sa, w, na > 0 && (honorifics.has(s.word(na-1)) || royals.has(s.word(na-1))))
		switch {
		case f.Name == w && c.sa == na && s.opensSentence(na) && (rolesLower.has(w) || s.usedLower(w)):
			// "Officials said", "Investigators said": a common noun
			// capitalised only because it opens the sentence.
			f.SpeakerKind, f.Name = RoleSpeaker, ""
			if e := s.ofGroup(c.sb); e > c.sb {
				// "Members of the House of Commons protested": the
				// group is kept whole with its body.
				f.SpeakerEnd = int(s.toks[e-1].end)
				f.Speaker = s.text[f.SpeakerStart:f.SpeakerEnd]
			}
		case f.Name == w && na >= 2 && s.lower(na-1) && kin.has(s.word(na-1)) && (s.word(na-2) == "his" || s.word(na-2) == "her" || s.word(na-2) == "His" || s.word(na-2) == "Her"):
			// "His wife Mary said": a given name; the family name is
			// that of the person "his" stands for.
			full := s.topPerson(na-2, pronounGender(s.word(na-2)))
			if full == "" {
				full = s.resolvePronoun(na-2, prev)
			}
			if strings.Contains(full, " ") {
				f.Name = w + full[strings.LastIndexByte(full, ' '):]
			}
		}
		return
	}
	f.Name = s.text[s.toks[na].start:s.toks[c.sb-1].end]
}

// lastSpeaker resolves a definite person role opening its sentence ("The
// Wooster professor added") that no holder named with its noun resolves:
// it is the person named as the previous quote's speaker when that quote
// ends within the two sentences before and nobody else is named between.
// News names a speaker, then goes on with a description of the same
// person. "" otherwise.
func (s *scratch) lastSpeaker(a, b int, prev []Found) string {
	// A role set after a quote it attributes counts as opening its
	// sentence: "“…,” the presidential spokesman added".
	tail := a > 1 && s.toks[a-1].kind == tClose || a > 2 && s.toks[a-1].kind == tComma && s.toks[a-2].kind == tClose
	if len(prev) == 0 || b-a < 2 || !s.opensSentence(a) && !tail || s.word(a) != "the" && s.word(a) != "The" {
		return ""
	}
	head := s.word(b - 1)
	if !s.lower(b-1) || !roles.has(head) && !occupationNouns.has(head) || bodyNouns.has(head) || documents.has(head) || kinGender[head] != unknownGender {
		return ""
	}
	for j := a + 1; j < b-1; j++ {
		if w := s.word(j); !s.isWord(j) || functions.has(w) || prepositions.has(w) || possessive(w) {
			return "" // "the head of the police", "the court's judge"
		}
	}
	p := &prev[len(prev)-1]
	if p.Name == "" || p.SpeakerKind != NameSpeaker || p.Inherited || !strings.Contains(p.Name, " ") || bodyName(p.Name) {
		return ""
	}
	from := max(p.End, p.SpeakerEnd)
	n := 0
	for j := a - 1; j >= 0 && int(s.toks[j].start) >= from; j-- {
		t := s.toks[j]
		if t.kind == tStop && t.flags&fInQuote == 0 && s.sentEnd(j) {
			n++
		}
		if t.kind == tPara {
			n += 2 // a new paragraph is a new subject's place
		}
		if t.kind == tWord && t.flags&(fCap|fInQuote) == fCap && !s.opensSentence(j) {
			return "" // someone or something else named between
		}
	}
	if n > 2 {
		return ""
	}
	return p.Name
}

// epithet resolves a definite epithet for a person the article has
// named ("the Illinois Democrat", "the Treasury Secretary", "the Chrysler
// executive"): the most recent person named as a subject, outside
// quotations, in its paragraph or the two before. News uses such a phrase
// for the person just named, not for someone new; but when the article
// brought in an unnamed one ("a Chrysler executive said") the phrase is
// that person's, and "" is returned, as it is for any other span.
func (s *scratch) epithet(a, b int) string {
	if b-a < 2 || b-a > 5 || s.word(a) != "the" && s.word(a) != "The" {
		return ""
	}
	head := strings.ToLower(s.word(b - 1))
	if !epithetNouns.has(head) {
		if b-a != 2 || s.toks[b-1].flags&fCap == 0 {
			return ""
		}
		return s.titleHolder(head, a) // "the Chancellor", after "Chancellor of the Exchequer Nigel Lawson"
	}
	for j := a + 1; j < b-1; j++ {
		if w := s.word(j); !s.isWord(j) || functions.has(w) || prepositions.has(w) || possessive(w) || determiners.has(w) {
			return ""
		}
	}
	for j := 0; j < a; j++ {
		if !s.isWord(j) || !strings.EqualFold(s.word(j), head) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4 && s.isWord(k); k-- {
			if w := strings.ToLower(s.word(k)); w == "a" || w == "an" || w == "one" || w == "another" {
				return "" // "a Chrysler executive": someone unnamed
			}
		}
	}
	s.buildNames()
	para := s.paraOf(a)
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > a {
			continue
		}
		if r.para < para-2 {
			break
		}
		if !r.subj || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		if r.a >= s.sentStart(a) {
			continue // "if he thought Gates would …, the Georgia Democrat said": a name in the epithet's own sentence is someone else
		}
		if name := s.personName(r); name != "" {
			return name
		}
	}
	return ""
}

// titleHolder returns the one person named before token at with the
// capitalised title head ("Chancellor of the Exchequer Nigel Lawson"), so
// that "the Chancellor" is that person; "" when none or several are.
func (s *scratch) titleHolder(head string, at int) string {
	s.buildNames()
	name := ""
	for _, r := range s.names {
		if r.b > at || !r.person || !s.titledBy(r.a, head) {
			continue
		}
		n := s.personName(r)
		if n == "" || name != "" && n != name {
			return ""
		}
		name = n
	}
	return name
}

// titledBy reports whether the capitalised title head stands before the
// name opening at token a, perhaps with its "of" phrase between
// ("Chancellor of the Exchequer Nigel Lawson").
func (s *scratch) titledBy(a int, head string) bool {
	for k := a - 1; k >= 0 && k >= a-6 && s.isWord(k); k-- {
		w := s.word(k)
		if s.lower(k) {
			if w != "of" && w != "the" && w != "for" && w != "and" {
				return false
			}
			continue
		}
		if strings.EqualFold(w, head) {
			return true
		}
	}
	return false
}

// anotherOf returns the role of the "another" at token at that speaks
// right after a quote from "one <role>" or "a <role>" ("“…,” said one
// expert. … “…,” another said"; "a dealer said. Another added"): that role, in the same paragraph or the one before;
// "" otherwise.
func anotherOf(s *scratch, at int, prev []Found) string {
	if len(prev) == 0 {
		return ""
	}
	p := &prev[len(prev)-1]
	one, role, ok := strings.Cut(p.Speaker, " ")
	if !ok || p.SpeakerKind != RoleSpeaker || !indefinites.has(one) && one != "One" && one != "A" && one != "An" || p.SpeakerStart >= int(s.toks[at].start) || s.paraAt(p.SpeakerStart) < s.paraOf(at)-1 {
		return ""
	}
	if last := role[strings.LastIndexByte(role, ' ')+1:]; !personWord(last) {
		return ""
	}
	return role
}

// docIssuer returns the body or person that issued the document a
// definite "the <noun>" at token at quotes: at the latest earlier mention
// of the noun outside quotations, the subject of "X said in a statement"
// ("Bofors said in a statement", "the Islamic Development Bank (IDB) said
// in an annual report"), or the name that qualifies the noun ("A White
// House statement", "the Tower Commission report"). "" when that mention
// names no issuer: the article's own "a report" has none, and a
// document's issuer is never guessed from further back.
func (s *scratch) docIssuer(noun string, at int) string {
	if !s.mentioned(noun, at) && researchDocs.has(noun) {
		return s.saidInReview(at)
	}
	for j := at - 1; j > 0; j-- {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || s.word(j) != noun {
			continue
		}
		k := j - 1
		for k > 0 && s.lower(k) && !determiners.has(s.word(k)) && !functions.has(s.word(k)) && j-k < 3 {
			k-- // "annual", "prepared"
		}
		if k > 3 && s.toks[k].kind == tParen && s.toks[k-2].kind == tParen && s.isWord(k-1) && s.toks[k-1].flags&fCap != 0 && s.isWord(k-3) {
			k -= 3 // "the Federal Trade Commission (FTC) report": the name before its short form
		}
		if s.isWord(k) && nationality(s.word(k)) && s.isWord(k-1) && determiners.has(s.word(k-1)) {
			continue // "the French statement": an earlier mention may name its issuer
		}
		if s.isWord(k) && s.toks[k].flags&fCap != 0 && !functionCaps.has(s.word(k)) && !determiners.has(s.word(k)) && !possessive(s.word(k)) {
			// "A White House statement", "the Tower Commission report"
			e := k + 1
			a := k
			for a > 0 && s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 && !functionCaps.has(s.word(a-1)) && !determiners.has(s.word(a-1)) && k-a < 4 {
				a--
			}
			if a > 2 && s.toks[a-1].kind == tStop && s.toks[a-1].end == s.toks[a].start-1 && dottedCaps(s.word(a-2)) && s.toks[a-2].end == s.toks[a-1].start {
				a -= 2 // "the U.S. Embassy report": the dotted abbreviation is part of the name
			}
			d := a - 1
			for d > 0 && d >= a-2 && s.lower(d) && !functions.has(s.word(d)) && !determiners.has(s.word(d)) && !isCue(s.word(d)) {
				d-- // "A confidential World Bank report": adjectives before the name
			}
			if a > 0 && s.isWord(a-1) && (determiners.has(s.word(a-1)) || s.toks[a-1].flags&fCap != 0) || d < a-1 && s.isWord(d) && articles.has(s.word(d)) {
				return s.text[s.toks[a].start:s.toks[e-1].end]
			}
			return ""
		}
		if name := s.docOwner(k); name != "" {
			return name // "in Hawkeye's annual report", "the company's annual report"
		}
		if name := s.inDocSubject(j, k); name != "" {
			return name
		}
		if !s.lower(k) || !determiners.has(s.word(k)) && s.word(k) != "its" || !s.lower(k-1) || s.word(k-1) != "in" || !s.lower(k-2) || !isCue(s.word(k-2)) {
			if w := s.word(k); s.isWord(k) && (w == "the" || w == "The") {
				continue // "The report said": an earlier mention may name it
			}
			return ""
		}
		e := k - 2 // the speech verb; its subject's name ends before it
		if e > 0 && s.toks[e-1].kind == tParen {
			for e > 0 && s.toks[e-1].kind == tParen || e > 1 && s.isWord(e-1) && isAcronym(s.word(e-1)) && s.toks[e-2].kind == tParen {
				e-- // "(IDB)"
			}
		}
		s.buildNames()
		for i := len(s.names) - 1; i >= 0; i-- {
			if r := s.names[i]; r.b == e && r.subj {
				if n := s.personName(r); n != "" {
					return n
				}
				if r.org || r.b-r.a > 1 || s.nameElsewhere(r.a) {
					return s.runText(r)
				}
			}
		}
		return ""
	}
	return ""
}

// articles are the determiners that open a document's mention without
// naming an owner ("A confidential World Bank report"), unlike "its".
var articles = set(`a an the A An The`)

// mentioned reports whether the lower-case noun occurs before token at
// outside quotations.
func (s *scratch) mentioned(noun string, at int) bool {
	for j := at - 1; j > 0; j-- {
		if s.lower(j) && s.toks[j].flags&fInQuote == 0 && s.word(j) == noun {
			return true
		}
	}
	return false
}

// reviewNouns are what wire copy calls a body's written assessment when it
// first cites it ("it said in an annual review"), before calling it "the
// report".
var reviewNouns = set(`review report study survey assessment outlook analysis paper`)

// saidInReview returns the body that issued "the report" at token at when
// the article never used that noun before: the subject of the nearest
// "said in a(n) [adjectives] review" in the report's paragraph or the two
// before ("…, the OECD said. ¶ …, it said in an annual review of the
// French economy. ¶ The report said"). An "it" there stands for the body
// resolveOrg finds for it; a named subject is taken as docIssuer takes
// one. "" otherwise.
func (s *scratch) saidInReview(at int) string {
	para := s.paraOf(at)
	for j := at - 1; j > 3; j-- {
		if s.toks[j].kind == tPara && s.paraOf(j) < para-2 {
			return ""
		}
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || !reviewNouns.has(s.word(j)) {
			continue
		}
		k := j - 1
		for k > j-3 && s.lower(k) && !determiners.has(s.word(k)) && !functions.has(s.word(k)) {
			k-- // "annual"
		}
		if !s.lower(k) || !determiners.has(s.word(k)) && s.word(k) != "its" || s.word(k-1) != "in" || !s.lower(k-2) || !isCue(s.word(k-2)) {
			continue
		}
		v := k - 2
		if w := s.word(v - 1); s.isWord(v-1) && (w == "it" || w == "It") {
			if s.resolveOrg(v-1, false) == "" {
				return ""
			}
			v = s.orgSubjectBefore(v - 1)
		}
		s.buildNames()
		for i := len(s.names) - 1; i >= 0; i-- {
			if r := s.names[i]; r.b <= v && r.b >= v-8 && r.subj && r.org {
				e := r.b
				for e+1 < v && s.isWord(e) && s.lower(e) && (s.word(e) == "for" || s.word(e) == "of" || s.word(e) == "and") && s.isWord(e+1) && s.toks[e+1].flags&fCap != 0 {
					e += 2 // "Organisation for Economic Cooperation and Development"
					for e < v && s.isWord(e) && s.toks[e].flags&fCap != 0 {
						e++
					}
				}
				if e != v && r.b != v {
					continue
				}
				return s.text[s.toks[r.a].start:s.toks[e-1].end]
			}
		}
		return ""
	}
	return ""
}

// orgSubjectBefore returns the token of the speech verb after the
// organisation that resolveOrg finds for the "it" at token at: the verb
// its name runs up to, of and for chains included; at when there is none.
func (s *scratch) orgSubjectBefore(at int) int {
	para := s.paraOf(at)
	for j := at - 1; j > 0; j-- {
		if s.toks[j].kind == tPara && s.paraOf(j) < para-1 {
			break
		}
		if s.lower(j) && s.toks[j].flags&fInQuote == 0 && isCue(s.word(j)) && s.isWord(j-1) && s.toks[j-1].flags&fCap != 0 {
			return j
		}
	}
	return at
}

// inDocSubject returns the subject of a sentence opened by "In a" and the
// document noun at token j ("In a letter to Agriculture Secretary Richard
// Lyng, NAWG stated …"): the name right after the phrase's comma, the
// body or person who wrote the document; k is the article's token. ""
// otherwise; the name inside the phrase is the document's addressee.
func (s *scratch) inDocSubject(j, k int) string {
	if k < 1 || !determiners.has(s.word(k)) || s.word(k-1) != "In" || !s.opensSentence(k-1) {
		return ""
	}
	e := j + 1
	for e < len(s.toks) && e < j+14 && s.toks[e].kind != tComma && s.toks[e].kind != tStop {
		e++
	}
	if e+1 >= len(s.toks) || s.toks[e].kind != tComma {
		return ""
	}
	if s.word(e+1) == "the" {
		e++ // "…, the Grain Council stated"
	}
	s.buildNames()
	for _, r := range s.names {
		if r.a == e+1 && (r.subj || r.org) {
			if n := s.personName(r); n != "" {
				return n
			}
			return s.runText(r)
		}
	}
	return ""
}

// epithetNouns head the descriptions by which news goes on to call a
// person it has just named: a party, an office, a post in a firm.
var epithetNouns = set(`democrat republican executive secretary undersecretary
	lawmaker legislator congressman congresswoman senator`)

// memberOf reports whether the speaker span [a, b) is an indefinite
// person role in a named body or place: "a source within the Interior
// Ministry", "an official at the UN", "one senior official in Tokyo". Such a speaker has no name; the body's is not
// it.
func (s *scratch) memberOf(a, b int) bool {
	if w := s.word(a); !indefinites.has(w) && w != "A" && w != "An" && w != "One" && w != "Another" {
		return false // "a", "an", "one", "another" ("One banker in Jeddah")
	}
	for j := a + 1; j < b-1 && j <= a+5; j++ {
		if !s.lower(j) {
			return false
		}
		if w := s.word(j); memberLinks.has(w) {
			h := s.word(j - 1)
			return j > a+1 && roles.has(h) && !bodyNouns.has(h) && s.nameStart(j+1, b) < b
		}
	}
	return false
}

// memberLinks join a person role to the body it belongs to.
var memberLinks = set(`within in inside at from of`)

// sayingAuthor finds the author named before a saying noun that
// introduces quote qi: "the Chuck Jones quote that “…”", "Churchill's
// famous quotation: “…”". It returns the name's tokens [a, b) and the noun's
// token; an empty range when there is none. hs is the head's first token.
func (s *scratch) sayingAuthor(qi, hs int) (a, b, noun int) {
	q := &s.quotes[qi]
	j := q.openTok - 1
	if j > hs && (s.toks[j].kind == tComma || s.toks[j].kind == tColon || s.lower(j) && s.word(j) == "that") {
		j--
	}
	if j <= hs || !s.lower(j) || !sayingNouns.has(s.word(j)) {
		return 0, 0, 0
	}
	k := j - 1
	if s.lower(k) && !determiners.has(s.word(k)) && !functions.has(s.word(k)) {
		k-- // "famous"
	}
	if k < hs || !s.isWord(k) || s.toks[k].flags&fCap == 0 {
		return 0, 0, 0
	}
	a = s.nameStart(hs, k+1)
	if a > k || !s.named(a, k+1) {
		return 0, 0, 0
	}
	if !possessive(s.word(k)) && !(s.lower(a-1) && (s.word(a-1) == "the" || s.word(a-1) == "a")) {
		return 0, 0, 0 // the name must qualify the noun: "the X quote", "X's quote"
	}
	return a, k + 1, j
}

// sayingNouns name a remembered saying, whose author the words before
// them give.
var sayingNouns = set(`quote quotation maxim adage dictum aphorism`)

// groupOf returns the speaker of the most recent earlier quote, within
// the two paragraphs before offset at, that names a member of a group
// ("One of the children"): the group a later "one of them" picks from.
// "" when there is none.
func (s *scratch) groupOf(at int, prev []Found) string {
	para := s.paraAt(at)
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.SpeakerStart < 0 || p.SpeakerStart >= at || p.Inherited {
			continue
		}
		if s.paraAt(p.SpeakerStart) < para-2 {
			break
		}
		w, rest, _ := strings.Cut(p.Speaker, " ")
		if p.SpeakerKind == RoleSpeaker && quantifiers.has(w) && strings.HasPrefix(rest, "of the ") {
			return p.Speaker
		}
	}
	return ""
}

// andTail returns the end of a second name joined by "and" to the
// speaker's name that ends at token b, when that name closes the subject:
// a lower-case word that is neither a role nor a plural follows it, or
// a comma. b when no such name follows ("Sears Roebuck and Co" keeps its
// firm's ending elsewhere; "Baker and Treasury officials" is a group).
func (s *scratch) andTail(b int) int {
	if !s.isWord(b) || s.word(b) != "and" || s.toks[b].flags&fInQuote != 0 || !s.isWord(b+1) || s.toks[b+1].flags&(fCap|fInQuote) != fCap {
		return b
	}
	e := s.capRun(b + 1)
	if e <= b+1 || possessive(s.word(e-1)) || firmSuffix.has(s.word(b+1)) || firmTails.has(s.word(b+1)) || e-b-1 == 1 && determiners.has(s.word(b+1)) {
		return b
	}
	if e < len(s.toks) && s.toks[e].kind == tComma {
		return e
	}
	if !s.isWord(e) || !s.lower(e) || s.toks[e].flags&fInQuote != 0 {
		return b
	}
	if w := s.word(e); roles.has(w) || occupationNouns.has(w) || bodyNouns.has(w) || strings.HasSuffix(w, "s") && !isCue(w) {
		return b
	}
	return e
}

// opensSentence reports whether token j is the first word of its
// sentence.
func (s *scratch) opensSentence(j int) bool {
	if j == 0 {
		return true
	}
	switch p := s.toks[j-1]; p.kind {
	case tPara, tOpen:
		return true
	case tStop:
		return s.sentEnd(j - 1)
	}
	return false
}

// trimRole returns the role part [a, b) of a speaker span before its name,
// without leading determiners.
func (s *scratch) trimRole(a, b int) (int, int) {
	for a < b && determiners.has(s.word(a)) {
		a++
	}
	return a, b
}

// inherit gives f, a quote with no cue, the speaker of the previous quote in
// its paragraph or, when f opens its paragraph, of the previous paragraph's
// last quote.
func (s *scratch) inherit(f *Found, qi int, prev []Found) {
	if qi == 0 {
		return
	}
	q, p := &s.quotes[qi], &s.quotes[qi-1]
	last := &prev[qi-1]
	if last.SpeakerStart < 0 || sayingNouns.has(last.Cue) {
		return // a cited saying's author says nothing more
	}
	same := p.lastPara == q.para
	opens := q.openTok == 0 || s.toks[q.openTok-1].kind == tPara
	if !same && !(opens && f.Kind == Direct && p.lastPara == q.para-1) {
		return
	}
	f.Speaker, f.SpeakerStart, f.SpeakerEnd = last.Speaker, last.SpeakerStart, last.SpeakerEnd
	f.SpeakerKind, f.Name, f.Role = last.SpeakerKind, last.Name, last.Role
	f.Inherited = true
}

// ofGroup returns the end of an "of" phrase naming a body after a plural
// role noun ending at token b ("Members| of the House of Commons",
// "Residents| of Kabul"), its own "of" tails included; b when none follows.
func (s *scratch) ofGroup(b int) int {
	if !s.isWord(b) || s.word(b) != "of" || !strings.HasSuffix(s.word(b-1), "s") {
		return b
	}
	k := s.capAfterThe(b + 1)
	if k < 0 {
		return b
	}
	e := s.capRun(k)
	for s.isWord(e) && s.word(e) == "of" && s.isWord(e+1) && s.toks[e+1].flags&(fCap|fInQuote) == fCap {
		e = s.capRun(e + 1)
	}
	return e
}

// titledTail reports whether the capitalised words [a, b) end in a title
// and a name of two words or more after it ("Commons Speaker John
// Bercow"): the person's name closes the span.
func (s *scratch) titledTail(a, b int) bool {
	for k := b - 3; k >= a; k-- {
		if !s.isWord(k) || s.toks[k].flags&fCap == 0 {
			return false
		}
		if titles.has(s.word(k)) && s.nameStart(k, b) == k+1 {
			return true
		}
	}
	return false
}

// sourceRole is the role of the person an article calls "this source" or
// "the source" at token at: the latest sentence before it, in its
// paragraph or the two before, that opens with "A" or "An" and a role
// phrase of at most six words ("A House staff member involved in … said"),
// that phrase without its article, unless it is itself a source ("A
// Treasury source said" names no more than "the source" does). ""
// when there is none.
func (s *scratch) sourceRole(at int) string {
	para := s.paraOf(at)
	for j := at - 1; j >= 0; j-- {
		if s.toks[j].kind == tPara && s.paraOf(j) < para-2 {
			break
		}
		if w := s.word(j); !(w == "A" || w == "An") || s.toks[j].flags&fInQuote != 0 || !s.opensSentence(j) {
			continue
		}
		for k := j + 1; k < at && k <= j+6 && s.isWord(k); k++ {
			w := s.word(k)
			if s.lower(k) && (functions.has(w) || prepositions.has(w) || isCue(w)) {
				break
			}
			if s.lower(k) && roles.has(w) && personRoleWord(w) && !documents.has(w) && !bodyNouns.has(w) {
				if w == "source" || w == "sources" {
					return ""
				}
				return s.text[s.toks[j+1].start:s.toks[k].end]
			}
		}
	}
	return ""
}

// unnamedRole reports whether the speaker phrase [a, b) is one unnamed
// person or document: an article, then a singular lower-case role noun at
// its end ("an administration official", "the report"), not a body,
// whose words of its own would be the body's.
func (s *scratch) unnamedRole(a, b int) bool {
	if b-a < 2 || !s.lower(a) || (s.word(a) != "a" && s.word(a) != "an" && s.word(a) != "the") {
		return false
	}
	w := s.word(b - 1)
	return s.lower(b-1) && roles.has(w) && !bodyNouns.has(w) && !strings.HasSuffix(w, "s")
}

// capsRun reports whether tokens a to b are all capitalised words, so that
// no lower-case word or mark breaks the run between a title's last phrase
// and the name after it.
func (s *scratch) capsRun(a, b int) bool {
	for j := a; j < b; j++ {
		if !s.isWord(j) || s.toks[j].flags&fCap == 0 {
			return false
		}
	}
	return a < b
}

// docOwner returns whose document a possessive at token k, right before
// the document noun and its modifiers, names: the capitalised name
// ("Hawkeye's annual report" gives Hawkeye) or the firm a "the
// company's" stands for. The owner, not whoever quoted from it, issued
// it. "" otherwise.
func (s *scratch) docOwner(k int) string {
	w := s.word(k)
	if !s.isWord(k) || !possessive(w) || s.toks[k].flags&fInQuote != 0 {
		return ""
	}
	n := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if s.toks[k].flags&fCap != 0 {
		a := k
		for a > 0 && s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 && !functionCaps.has(s.word(a-1)) && !determiners.has(s.word(a-1)) && !s.opensSentence(a) && k-a < 3 {
			a--
		}
		if a == k && (functionCaps.has(n) || pronouns.has(strings.ToLower(n))) {
			return ""
		}
		return s.text[s.toks[a].start : int(s.toks[k].end)-(len(w)-len(n))]
	}
	if companyNouns.has(n) && k > 0 && s.lower(k-1) && s.word(k-1) == "the" {
		if name := s.namedFirm(k); name != "" {
			return name
		}
		return s.leadFirm(k)
	}
	return ""
}

// otherDocIssuer returns the issuer docIssuer finds for the latest other
// research noun before token at, in its paragraph or the three before,
// when the article's own mention of noun names none: a news report calls
// one document "a government study", "the FTC report" and "the study" by
// turns, and names its issuer with only one of them. "" when none does.
func (s *scratch) otherDocIssuer(noun string, at int) string {
	para := s.paraOf(at)
	for j := at - 1; j > 0 && s.paraOf(j) >= para-3; j-- {
		if w := s.word(j); !s.lower(j) || s.toks[j].flags&fInQuote != 0 || w == noun || !researchDocs.has(w) {
			continue
		}
		if name := s.docIssuer(s.word(j), j+1); name != "" {
			return name
		}
	}
	return ""
}
