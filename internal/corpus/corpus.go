// Package corpus reads the shared JSON Lines corpora for tests and
// benchmarks: ../shared/corpora as seen from a package one level below the
// module root, skipping the test when the shared data is absent.
package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/wordtab"
)

// Each calls fn with the articles of the corpus file name in order, until
// fn returns false. A missing corpus skips the test; a bad line fails it,
// naming the file and line.
func Each(tb testing.TB, name string, fn func(annals.Article) bool) {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "corpora", name)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("shared corpus %s not present; skipping", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s:%d: %v", path, line, err)
		}
		if !fn(a) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// Articles returns the first n articles of the corpus file name, all of
// them when n <= 0.
func Articles(tb testing.TB, name string, n int) []annals.Article {
	tb.Helper()
	var out []annals.Article
	Each(tb, name, func(a annals.Article) bool {
		out = append(out, a)
		return n <= 0 || len(out) < n
	})
	return out
}

// Words returns the distinct forms and lemmas of the tokens of the first
// n articles of the corpus file name, in order of first use, as stages
// (a segmenter and a tagger) read them: the words a test checks a lookup
// structure against its source over.
func Words(tb testing.TB, name string, n int, stages ...annals.Stage) []string {
	tb.Helper()
	var out []string
	seen := map[string]bool{}
	doc := &annals.Doc{}
	for _, a := range Articles(tb, name, n) {
		doc.Reset(a)
		for _, st := range stages {
			if err := st.Annotate(context.Background(), doc); err != nil {
				tb.Fatal(err)
			}
		}
		for _, t := range doc.Tokens {
			for _, w := range [2]string{t.Norm, t.Lemma} {
				if !seen[w] {
					seen[w] = true
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// MapSet names a word list kept as a map and the wordtab.Set made from it
// for speed, for SetsAgree.
type MapSet struct {
	Name string
	Map  map[string]bool
	Set  *wordtab.Set
}

// Pair is the MapSet of the list m named name and the set made from it.
func Pair(name string, m map[string]bool, set *wordtab.Set) MapSet {
	return MapSet{Name: name, Map: m, Set: set}
}

// SetsAgree fails tb for each set whose list is empty or which answers
// otherwise than its map over the map's keys and words, so that a package
// may swap the one for the other without changing an answer.
func SetsAgree(tb testing.TB, words []string, sets []MapSet) {
	tb.Helper()
	for _, s := range sets {
		if len(s.Map) == 0 {
			tb.Errorf("%s: no words", s.Name)
		}
		if d := s.Set.Disagreements(s.Map, words); len(d) > 0 {
			tb.Errorf("%s: the set and the map disagree on %q", s.Name, d)
		}
	}
}
