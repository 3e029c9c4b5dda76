package tag_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// Accuracy recorded against the PETRARCH unit-test parses; the test fails
// when a change drops more than half a point below these (a ratchet:
// raise them when the tagger improves).
const (
	recordedAccuracy     = 0.9644
	recordedVerbAccuracy = 0.9953
)

var (
	parseRE = regexp.MustCompile(`(?s)<Parse>(.*?)</Parse>`)
	leafRE  = regexp.MustCompile(`\(([^\s()]+) ([^\s()]+)\)`)
)

// goldTag maps a Penn Treebank tag of the gold parses onto the tagger's
// coarser set.
func goldTag(penn string) annals.Tag {
	switch penn {
	case "JJR", "JJS":
		return annals.JJ
	case "RBR", "RBS":
		return annals.RB
	case "PDT":
		return annals.DT
	case "WP$":
		return annals.WP
	case "PRP$":
		return annals.PRPS
	case "AUXD":
		return annals.VBD
	case "AUXB":
		return annals.VB
	case "AUXG":
		return annals.VBG
	case "AUXP":
		return annals.VBN
	case "AUXZ":
		return annals.VBZ
	case "FW", "UH":
		return annals.NN
	case "LS":
		return annals.CD
	case "-LRB-", "-RRB-", ":", "HYPH", "NFP":
		return annals.PUNCT
	case "``", "''":
		return annals.QUOTE
	case "$", "#":
		return annals.SYM
	case ",":
		return annals.COMMA
	case ".":
		return annals.STOP
	}
	return annals.ParseTag(penn)
}

// goldSentence is one parse's leaves.
type goldSentence struct {
	words []string
	tags  []annals.Tag
}

func readGold(tb testing.TB) []goldSentence {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "suites", "petrarch-unittest", "PETR.UnitTest.records.xml")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("gold parses not available: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	var out []goldSentence
	for _, m := range parseRE.FindAllStringSubmatch(string(data), -1) {
		var g goldSentence
		for _, l := range leafRE.FindAllStringSubmatch(m[1], -1) {
			g.words = append(g.words, l[2])
			g.tags = append(g.tags, goldTag(l[1]))
		}
		if len(g.words) > 0 {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		tb.Fatalf("%s: no parses", path)
	}
	return out
}

// goldDoc builds a one-sentence Doc from treebank leaves, flagged and
// normalised the way the segmenter does it.
func goldDoc(words []string) *annals.Doc {
	doc := &annals.Doc{}
	var b strings.Builder
	for i, w := range words {
		switch w {
		case "-LRB-":
			w = "("
		case "-RRB-":
			w = ")"
		case "``", "''":
			w = "\""
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w)
		tk := annals.Token{Start: int32(start), End: int32(b.Len()), Norm: strings.ToLower(w)}
		letters, uppers := 0, 0
		for j, r := range w {
			switch {
			case r >= 'A' && r <= 'Z':
				letters++
				uppers++
				if j == 0 {
					tk.Flags |= annals.Cap
				}
			case r >= 'a' && r <= 'z':
				letters++
			case r >= '0' && r <= '9':
				tk.Flags |= annals.Digit
			}
		}
		if letters >= 2 && uppers == letters {
			tk.Flags |= annals.AllCaps
		}
		if letters == 0 && tk.Flags&annals.Digit == 0 && w != "'s" {
			tk.Flags |= annals.Punct
			switch w {
			case ",":
				tk.Tag = annals.COMMA
			case ".", "!", "?":
				tk.Tag = annals.STOP
			case "\"":
				tk.Tag = annals.QUOTE
			case "$", "%", "#":
				tk.Tag = annals.SYM
			default:
				tk.Tag = annals.PUNCT
			}
		}
		if i == 0 {
			tk.Flags |= annals.SentStart
		}
		doc.Tokens = append(doc.Tokens, tk)
	}
	doc.Text = b.String()
	doc.Sentences = []annals.Sentence{{Start: 0, End: len(doc.Text), Tokens: annals.Range{Start: 0, End: len(words)}}}
	return doc
}

// TestAccuracy measures token accuracy against the gold POS tags of the
// PETRARCH unit-test parses.
func TestAccuracy(t *testing.T) {
	gold := readGold(t)
	tg := MustTagger(t)
	var total, right, verbRight int
	confusion := map[string]int{}
	for _, g := range gold {
		doc := goldDoc(g.words)
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var shown strings.Builder
		bad := false
		for i, want := range g.tags {
			got := doc.Tokens[i].Tag
			fmt.Fprintf(&shown, " %s/%s", g.words[i], got)
			if got != want {
				fmt.Fprintf(&shown, "(%s)", want)
				bad = true
			}
			total++
			if got == want {
				right++
			} else {
				confusion[fmt.Sprintf("%s->%s %s", want, got, doc.Tokens[i].Norm)]++
			}
			if got.IsVerb() == want.IsVerb() {
				verbRight++
			}
		}
		if bad && os.Getenv("TAG_ERRORS") != "" {
			t.Log(shown.String())
		}
	}
	acc := float64(right) / float64(total)
	vacc := float64(verbRight) / float64(total)
	t.Logf("%d sentences, %d tokens: accuracy %.2f%%, verb/non-verb %.2f%%", len(gold), total, 100*acc, 100*vacc)
	if testing.Verbose() {
		type kv struct {
			k string
			v int
		}
		var errs []kv
		for k, v := range confusion {
			errs = append(errs, kv{k, v})
		}
		sort.Slice(errs, func(i, j int) bool { return errs[i].v > errs[j].v || errs[i].v == errs[j].v && errs[i].k < errs[j].k })
		for i, e := range errs {
			if i == 60 {
				break
			}
			t.Logf("%4d %s", e.v, e.k)
		}
	}
	if acc < recordedAccuracy-0.005 {
		t.Errorf("accuracy %.2f%% fell below the recorded %.2f%%", 100*acc, 100*recordedAccuracy)
	}
	if vacc < recordedVerbAccuracy-0.005 {
		t.Errorf("verb/non-verb accuracy %.2f%% fell below the recorded %.2f%%", 100*vacc, 100*recordedVerbAccuracy)
	}
}
