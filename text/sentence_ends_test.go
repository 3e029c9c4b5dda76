package text

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// TestSentenceEndsAgreeWithWalk checks, over every article of the Reuters
// and Wikinews corpora, that the tokens the scanner records as possible
// sentence ends are exactly those a walk over every token finds (a stop,
// an ellipsis or an abbreviation), and that the sentences appendSentences
// cuts from them are those of the walk it replaced.
func TestSentenceEndsAgreeWithWalk(t *testing.T) {
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", name))
			if err != nil {
				t.Skipf("corpus not present in ../shared: %v", err)
			}
			defer f.Close()
			sg := New()
			in := bufio.NewScanner(f)
			in.Buffer(nil, 1<<24)
			articles := 0
			for in.Scan() {
				var a struct{ ID, Title, Text string }
				if err := json.Unmarshal(in.Bytes(), &a); err != nil {
					t.Fatal(err)
				}
				checkSentenceEnds(t, a.ID, a.Text)
				doc := &annals.Doc{}
				doc.ID, doc.Title, doc.Text = a.ID, a.Title, a.Text
				if sg.Annotate(context.Background(), doc) != nil {
					continue
				}
				articles++
				want := walkSentences(doc)
				if !slices.Equal(doc.Sentences, want) {
					t.Fatalf("%s: sentences %v, the walk cuts %v", a.ID, doc.Sentences, want)
				}
			}
			if err := in.Err(); err != nil {
				t.Fatal(err)
			}
			if articles < 100 {
				t.Fatalf("only %d articles read", articles)
			}
		})
	}
}

// checkSentenceEnds checks the ends recorded while scanning s against the
// tokens that may end a sentence.
func checkSentenceEnds(t *testing.T, id, s string) {
	t.Helper()
	sc := scanner{s: s, ar: new(arena)}
	sc.run()
	var want []int32
	for i, tok := range sc.toks {
		if tok.Tag == annals.STOP || tok.Norm == "..." || tok.Has(annals.Abbrev) {
			want = append(want, int32(i))
		}
	}
	if !slices.Equal(sc.ar.ends, want) {
		t.Fatalf("%s: recorded ends %v, want %v", id, sc.ar.ends, want)
	}
}

// walkSentences cuts the sentences of an annotated doc again the way
// appendSentences did before it read only the recorded ends: it tests
// every token of each paragraph.
func walkSentences(doc *annals.Doc) []annals.Sentence {
	var dst []annals.Sentence
	t := 0
	if len(doc.Sentences) > 0 && doc.Sentences[0].Title {
		dst = append(dst, doc.Sentences[0])
		t = doc.Sentences[0].Tokens.End
	}
	src, toks := doc.Text, doc.Tokens
	for p := range doc.Paragraphs {
		hi := tokensBefore(toks, t, doc.Paragraphs[p].End)
		start := t
		for i := t; i < hi; i++ {
			tk := &toks[i]
			if tk.Tag != annals.STOP && tk.Tag != annals.PUNCT && tk.Flags&annals.Abbrev == 0 {
				continue
			}
			var follows func(src string, toks []annals.Token, j, hi int) bool
			switch {
			case tk.Tag == annals.STOP || tk.Norm == "...":
				follows = opensSentence
			case tk.Has(annals.Abbrev) && !neverEnds(tk.Norm):
				follows = startsWithFunctionWord
			default:
				continue
			}
			j := i + 1
			for j < hi && toks[j].Start == toks[j-1].End && trails(src, &toks[j]) {
				j++
			}
			if j >= hi {
				break
			}
			if toks[j].Start == toks[j-1].End && !gluedSentence(src, toks, i, j) || !follows(src, toks, j, hi) {
				i = j - 1
				continue
			}
			dst = append(dst, annals.Sentence{Start: int(toks[start].Start), End: int(toks[j-1].End), Para: p, Tokens: annals.Range{Start: start, End: j}})
			start, i = j, j-1
		}
		dst = append(dst, annals.Sentence{Start: int(toks[start].Start), End: int(toks[hi-1].End), Para: p, Tokens: annals.Range{Start: start, End: hi}})
		t = hi
	}
	return dst
}

// TestSentenceEndsAfterJoins checks that sentences are cut as the walk
// cuts them when a line-wrap split in the title or the text was joined,
// which moves the tokens after it from where the scanner recorded them.
func TestSentenceEndsAfterJoins(t *testing.T) {
	for _, tc := range []struct{ title, text string }{
		{"", "A wide- ranging pact was signed. Talks went on. Mr. Smith left."},
		{"NON- PERFORMING LOANS RISE", "Banks said non- performing loans rose. The U.S. Fed agreed. Prices fell."},
		{"A non- binding vote", "The vote passed. It was a five- year plan... Others disagreed."},
	} {
		doc := &annals.Doc{}
		doc.ID, doc.Title, doc.Text = "t", tc.title, tc.text
		if err := New().Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if want := walkSentences(doc); !slices.Equal(doc.Sentences, want) {
			t.Errorf("%q: sentences %v, the walk cuts %v", tc.text, doc.Sentences, want)
		}
		if n := len(doc.Sentences); n < 3 {
			t.Errorf("%q: %d sentences, want at least 3", tc.text, n)
		}
	}
}
