package annals

import (
	"context"
	"time"
)

// Article is one news article as read from a source, before any coding.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"` // publication date, YYYY-MM-DD
	Text   string `json:"text"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
}

// Tag is a part-of-speech tag, a small subset of the Penn Treebank tags.
type Tag uint8

// Part-of-speech tags. The set is deliberately coarse: the coder needs to
// tell nouns, verbs, names and function words apart, not every nuance.
const (
	TagUnknown Tag = iota
	NN             // common noun, singular or mass
	NNS            // common noun, plural
	NNP            // proper noun
	NNPS           // proper noun, plural
	PRP            // personal pronoun
	PRPS           // possessive pronoun (his, their)
	VB             // verb, base form
	VBD            // verb, past tense
	VBG            // verb, gerund or present participle
	VBN            // verb, past participle
	VBP            // verb, non-3rd person singular present
	VBZ            // verb, 3rd person singular present
	MD             // modal (will, would, could)
	JJ             // adjective
	RB             // adverb
	DT             // determiner
	IN             // preposition or subordinating conjunction
	CC             // coordinating conjunction
	CD             // cardinal number
	TO             // to
	POS            // possessive ending ('s)
	WDT            // wh-determiner (which, that)
	WP             // wh-pronoun (who, what)
	WRB            // wh-adverb (when, where)
	RP             // particle
	EX             // existential there
	PUNCT          // punctuation other than the ones below
	QUOTE          // quotation mark of any style
	COMMA          // ,
	STOP           // sentence-final . ! ?
	SYM            // symbol, currency
	numTags
)

var tagNames = [...]string{"?", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "JJ", "RB", "DT", "IN", "CC", "CD", "TO", "POS", "WDT", "WP", "WRB", "RP", "EX", "PUNCT", "QUOTE", ",", ".", "SYM"}

// String returns the Penn Treebank name of the tag.
func (t Tag) String() string {
	if int(t) < len(tagNames) {
		return tagNames[t]
	}
	return "?"
}

// ParseTag returns the tag named s, or TagUnknown.
func ParseTag(s string) Tag {
	for i, n := range tagNames {
		if n == s {
			return Tag(i)
		}
	}
	return TagUnknown
}

// IsNoun reports whether t is a common or proper noun tag.
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// IsVerb reports whether t is a verb tag (modals excluded).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// TokFlag records surface properties of a token.
type TokFlag uint16

// Token flags.
const (
	Cap        TokFlag = 1 << iota // first letter upper case
	AllCaps                        // every letter upper case, at least two letters
	Digit                          // contains a digit
	Punct                          // punctuation only
	OpenQuote                      // a quotation mark that opens
	CloseQuote                     // a quotation mark that closes
	ParaStart                      // first token of a paragraph
	SentStart                      // first token of a sentence
	Hyphen                         // joined to the previous token by a hyphen in the text
	Abbrev                         // abbreviation ending in a period (U.S., Gen.)
)

// Token is one word or punctuation mark. Start and End are byte offsets into
// the text of the token's sentence (Doc.Text, or Doc.Title for a title
// sentence). Norm is the lower-cased, normalised form (curly quotes and
// apostrophes straightened, dashes made ASCII); Lemma is filled by the tagger.
type Token struct {
	Start, End int32
	Norm       string
	Lemma      string
	Tag        Tag
	Flags      TokFlag
}

// Has reports whether all the flags f are set on the token.
func (t *Token) Has(f TokFlag) bool { return t.Flags&f == f }

// Range is a half-open range [Start, End) of byte offsets or token indexes,
// as the field using it says.
type Range struct {
	Start, End int
}

// Len returns End-Start.
func (r Range) Len() int { return r.End - r.Start }

// Sentence is one sentence. Start and End are byte offsets into Doc.Text, or
// into Doc.Title when Title is true (the headline is sentence 0). Tokens is
// the range of indexes into Doc.Tokens.
type Sentence struct {
	Start, End int
	Title      bool
	Para       int   // index into Doc.Paragraphs; -1 for the title
	Tokens     Range // token indexes
}

// ChunkKind says what a chunk is.
type ChunkKind uint8

// Chunk kinds.
const (
	NP ChunkKind = iota + 1 // noun phrase
	VG                      // verb group: auxiliaries, adverbs, main verb
	PP                      // preposition (the NP that follows is its own chunk)
)

// Chunk is a noun phrase or verb group: a range of token indexes, and its head.
type Chunk struct {
	Kind   ChunkKind
	Tokens Range
	Head   int // token index of the head word
}

// Tense of a verb group.
type Tense uint8

// Tenses.
const (
	Present Tense = iota
	Past
	Future
)

// VerbGroup is a verb group with the grammar the coder needs: the main verb,
// tense, negation, modality and voice.
type VerbGroup struct {
	Tokens  Range
	Head    int // token index of the main verb
	Tense   Tense
	Negated bool   // not, never, n't, no longer
	Modal   string // lemma of a modal or semi-modal ("would", "plan to", "seek to"); empty if none
	Passive bool   // be/get + past participle
	Clause  int    // index into Doc.Clauses
}

// ClauseKind says how a clause relates to its parent.
type ClauseKind uint8

// Clause kinds.
const (
	MainClause    ClauseKind = iota
	Coordinate               // joined by and/but/or; may share its subject with the previous clause
	Relative                 // who/which/that clause modifying a noun
	Reported                 // complement of a speech verb: X said (that) ...
	Subordinate              // because/after/while/if ...
	Parenthetical            // between commas or dashes, not itself a clause with a verb
)

// Clause is a range of tokens forming a clause. Parent is the index of the
// enclosing clause, or -1. Antecedent, for relative clauses, is the token
// index of the noun the clause modifies, or -1.
type Clause struct {
	Kind       ClauseKind
	Tokens     Range
	Parent     int
	Antecedent int
}

// MentionKind says what a mention refers to.
type MentionKind uint8

// Mention kinds.
const (
	ActorMention  MentionKind = iota + 1
	AgentMention              // a role word such as "police", "envoys"
	PersonMention             // a person's name found by pattern
	PronounMention
	PlaceMention
	TimeMention
)

// Mention is a span of tokens that refers to an actor, person, place or time.
// Code and Name are filled by the recogniser or resolver; Entry names the
// dictionary entry ("actors/countries.txt:12") that matched, if any.
type Mention struct {
	Kind    MentionKind
	Tokens  Range
	Name    string
	Code    string
	Entry   string
	Entity  int  // index into Doc.Entities, or -1
	Implied bool // coded through coreference rather than by its own words
	// Part, when non-zero, narrows the mention to bytes [Part.Start, Part.End)
	// of its single token: "EU" and "US" inside the token "EU-US".
	Part Range
	// Type is the actor type from the dictionary: COUNTRY, ORG, GROUP, PERSON.
	Type string
	// Capital marks a capital or seat of government ("Washington"), which is an
	// actor as a subject and a place after a locative preposition.
	Capital bool
	// Role is the human role text of an agent ("foreign minister").
	Role string
	// Via says how the code was found when not from the mention's own words:
	// "context" (a role word given the country the article is about).
	Via string
}

// ViaRepublic is the Via of a place mention named as a republic of a
// federation ("the Yugoslav republic of Serbia"): a place, but not a
// country the article is about, so the actor layer's count of the
// article's countries leaves it out.
const ViaRepublic = "federal republic"

// Doc is one article and every layer of annotation the stages add to it.
// Stages append to the layers in pipeline order and never re-tokenise.
// A Doc is not safe for concurrent use; the pipeline gives each worker its own.
type Doc struct {
	Article
	Pub time.Time // publication date; zero when unknown

	Paragraphs []Range // byte ranges into Text
	Sentences  []Sentence
	Tokens     []Token
	Chunks     []Chunk
	Verbs      []VerbGroup
	Clauses    []Clause
	Mentions   []Mention

	Events   []Event
	Quotes   []Quote
	Entities []Entity
	Places   []Place
	Times    []Time

	// Discarded is set when a discard dictionary entry matched; it names the entry.
	Discarded string
}

// SentenceText returns the text of sentence i.
func (d *Doc) SentenceText(i int) string {
	s := d.Sentences[i]
	if s.Title {
		return d.Title[s.Start:s.End]
	}
	return d.Text[s.Start:s.End]
}

// SourceOf returns the string that sentence i's offsets index: the title or the text.
func (d *Doc) SourceOf(i int) string {
	if d.Sentences[i].Title {
		return d.Title
	}
	return d.Text
}

// TokenText returns the original text of token t of sentence s.
func (d *Doc) TokenText(s, t int) string {
	tok := d.Tokens[t]
	return d.SourceOf(s)[tok.Start:tok.End]
}

// SentenceOf returns the index of the sentence holding token t, or -1.
func (d *Doc) SentenceOf(t int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		r := d.Sentences[m].Tokens
		switch {
		case t < r.Start:
			hi = m
		case t >= r.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Span returns the original text covered by tokens r (which must lie within
// one sentence) and its byte offsets.
func (d *Doc) Span(r Range) (text string, start, end int) {
	if r.Len() <= 0 {
		return "", 0, 0
	}
	s := d.SentenceOf(r.Start)
	start, end = int(d.Tokens[r.Start].Start), int(d.Tokens[r.End-1].End)
	return d.SourceOf(s)[start:end], start, end
}

// Reset clears every layer so the Doc can be reused for another article
// without giving back its slices' memory.
func (d *Doc) Reset(a Article) {
	*d = Doc{
		Article:    a,
		Paragraphs: d.Paragraphs[:0],
		Sentences:  d.Sentences[:0],
		Tokens:     d.Tokens[:0],
		Chunks:     d.Chunks[:0],
		Verbs:      d.Verbs[:0],
		Clauses:    d.Clauses[:0],
		Mentions:   d.Mentions[:0],
	}
}

// Stage is one step of the pipeline: it reads the layers earlier stages
// added to doc and adds its own. A Stage must be safe for concurrent use on
// different Docs.
type Stage interface {
	Annotate(ctx context.Context, doc *Doc) error
}

// StageFunc adapts a function to Stage.
type StageFunc func(ctx context.Context, doc *Doc) error

// Annotate calls f.
func (f StageFunc) Annotate(ctx context.Context, doc *Doc) error { return f(ctx, doc) }
