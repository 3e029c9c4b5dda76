package event

import (
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
)

// TestNounCandidate checks codeNouns' tag filter against the readings it
// stands before: for every tag it turns away, neither a verb read as a
// noun, nor a noun read from a verb, nor a capitalised noun after an
// actor's abbreviation accepts the token, in a sentence built to let each
// reading through when the tag allows it.
func TestNounCandidate(t *testing.T) {
	d, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := New(d, cameo.New())
	read := map[annals.Tag]bool{}
	for tg := annals.TagUnknown; tg <= annals.SYM; tg++ {
		// "the U.S. Attack on Iran": an actor's abbreviation before a noun
		// that the dictionary heads with patterns.
		doc := &annals.Doc{
			Tokens: []annals.Token{
				{Norm: "the", Tag: annals.DT},
				{Norm: "u.s.", Tag: annals.NNP, Flags: annals.Cap},
				{Norm: "attack", Lemma: "attack", Tag: tg, Flags: annals.Cap},
				{Norm: "on", Tag: annals.IN},
				{Norm: "iran", Tag: annals.NNP, Flags: annals.Cap},
			},
			Mentions: []annals.Mention{{Kind: annals.ActorMention, Tokens: annals.Range{Start: 1, End: 2}, Code: "USA"}},
		}
		sc := sentCtx{doc: doc, start: 0, end: len(doc.Tokens), ments: []int{0}, own: true}
		_, capital := c.capitalNoun(&sc, 2)
		reads := capital || c.verbAsNoun(&sc, 2) || sc.nounAsVerb(2) || tg == annals.NN || tg == annals.NNS
		if reads && !nounCandidate(tg) {
			t.Errorf("tag %v: a reading takes the token for a noun, but nounCandidate turns it away", tg)
		}
		read[tg] = reads
	}
	for _, tg := range []annals.Tag{annals.NNP, annals.VBZ, annals.NN} {
		if !read[tg] {
			t.Errorf("tag %v: no reading took the token for a noun; the sentence tests nothing", tg)
		}
	}
}

// TestLoose checks the flag that lets codeUntaggedIn and codeModal skip
// their scans: off for annals' own dictionary, whose patterns all keep
// ReachNear, and on once one pattern reads across clauses.
func TestLoose(t *testing.T) {
	own, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range own.Verbs {
		if v.Reach != dict.ReachNear {
			t.Fatalf("%q: annals' own pattern with reach %v", v.Pattern, v.Reach)
		}
	}
	tests := []struct {
		name  string
		reach dict.Reach
		want  bool
	}{
		{"own", dict.ReachNear, false},
		{"tabari", dict.ReachClause, true},
		{"petrarch", dict.ReachSentence, true},
	}
	for _, tt := range tests {
		verbs := slices.Clone(own.Verbs)
		verbs[len(verbs)-1].Reach = tt.reach
		c := New(dict.New(own.Actors, own.Agents, verbs, own.Discards), cameo.New())
		if c.loose != tt.want {
			t.Errorf("%s: loose = %v, want %v", tt.name, c.loose, tt.want)
		}
	}
}

// TestExceptPhrases checks the switches that open an except phrase
// against the words and pairs they stand for.
func TestExceptPhrases(t *testing.T) {
	tests := []struct {
		prev, w string
		want    bool
	}{
		{"", "except", true},
		{"", "excepting", true},
		{"", "excluding", true},
		{"except", "for", true},
		{"save", "for", true},
		{"other", "than", true},
		{"apart", "from", true},
		{"aside", "from", true},
		{"exception", "of", true},
		{"", "exclude", false},
		{"rather", "than", false},
		{"away", "from", false},
		{"save", "of", false},
		{"for", "except", true},
		{"other", "for", false},
	}
	for _, tt := range tests {
		if got := exceptWord(tt.w) || exceptPair(tt.prev, tt.w); got != tt.want {
			t.Errorf("%q %q: got %v, want %v", tt.prev, tt.w, got, tt.want)
		}
	}
}
