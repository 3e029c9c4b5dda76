package where

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/where/internal/fold"
)

// TestBracketNames checks the firm-name keys read from angle brackets.
func TestBracketNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"cut its share in <Peabody Holding Co Inc> today", []string{"peabody", "peabody holding", "peabody holding co"}},
		{"PESCH SEES SUPPORT IN AMI <AMI> BID", []string{"ami"}},
		{"a < b and c > d", []string{"b", "b and", "b and c"}},
		{"no brackets", nil},
		{"unclosed <Merlin International", nil},
	}
	for _, tt := range tests {
		if got := bracketNames(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("bracketNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// joinedBracketNames is bracketNames as first written, splitting each
// bracket's text into fields and folding their joins: the reference that
// TestBracketNamesJoin holds bracketNames to.
func joinedBracketNames(s string, keys []string) []string {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return keys
		}
		s = s[i+1:]
		j := strings.IndexByte(s, '>')
		if j < 0 || j > 80 {
			continue
		}
		words := strings.Fields(s[:j])
		for n := 1; n <= 3 && n <= len(words); n++ {
			if key := fold.Key(strings.Join(words[:n], " ")); key != "" && !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
		s = s[j+1:]
	}
}

// TestBracketNamesJoin checks that bracketNames, which folds each
// bracket's text up to the end of a field, gives the keys that folding
// the join of the fields gives, over odd spacing and punctuation and
// over the titles and texts of Reuters articles, which write firms'
// names in brackets.
func TestBracketNamesJoin(t *testing.T) {
	texts := []string{
		"<  Peabody\tHolding\n Co Inc >", "< & Co. St. Louis>", "<A.B. Volvo> and <AB Volvo>",
		"<Zürich\u00a0Versicherung Gesellschaft>", "<x\u2003y\u3000z w>", "<O'Neil -- Co>",
		"<a\xffb c>", "<St Ste Mt Ft>", "<   >", "<->", "<>", "<a b c d>< e >",
	}
	bracketed := 0
	for _, art := range corpus.Articles(t, "reuters21578.jsonl", 4000) {
		texts = append(texts, art.Title, art.Text)
		if strings.Contains(art.Text, "<") {
			bracketed++
		}
	}
	if bracketed < 100 {
		t.Fatalf("%d articles hold a bracket, want hundreds", bracketed)
	}
	for _, s := range texts {
		if got, want := bracketNames(s, nil), joinedBracketNames(s, nil); !slices.Equal(got, want) {
			t.Fatalf("bracketNames(%.80q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzBracketNames checks that any text gives at most three keys per
// bracket, none empty, without panicking.
func FuzzBracketNames(f *testing.F) {
	f.Add("<Peabody Holding Co Inc> said")
	f.Add("<<>><a b c d e>")
	f.Fuzz(func(t *testing.T, s string) {
		keys := bracketNames(s, nil)
		if want := joinedBracketNames(s, nil); !slices.Equal(keys, want) {
			t.Fatalf("bracketNames(%q) = %q, want %q", s, keys, want)
		}
		if len(keys) > 3*(strings.Count(s, "<")+1) {
			t.Fatalf("%d keys for %q", len(keys), s)
		}
		for _, k := range keys {
			if k == "" {
				t.Fatalf("empty key for %q", s)
			}
		}
	})
}
