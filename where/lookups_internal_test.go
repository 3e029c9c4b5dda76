package where

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/annals-project/annals/where/internal/fold"
)

// TestNearFilter checks that the filter in front of fuzzy's deletion map
// never rejects one of its keys, and rejects most strings it lacks.
func TestNearFilter(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	x := g.near()
	if len(x.m) < 1000 {
		t.Fatalf("deletion map holds %d keys, want thousands", len(x.m))
	}
	checkKeyFilter(t, x.m, &x.filter)
}

// TestIndexFilter checks that the filter in front of the gazetteer's
// index never rejects one of its names, and rejects most others.
func TestIndexFilter(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	checkKeyFilter(t, g.index, &g.indexKeys)
}

// TestDemonymFilter checks the filters in front of the demonym table
// likewise: the key filter, and the word filter asked before it, which
// must let every adjective through and turn most other words away.
func TestDemonymFilter(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	checkKeyFilter(t, g.demonyms, &g.demonymKeys)
	words := make([]string, 0, len(g.demonyms))
	for w := range g.demonyms {
		words = append(words, w)
	}
	if out := g.demonymWords.Rejected(words); len(out) > 0 {
		t.Fatalf("word filter rejects %d adjectives, first %q", len(out), out[0])
	}
	others := []string{"reuters", "london", "washington", "company", "president", "minister", "government", "corp", "january", "exchange"}
	if out := g.demonymWords.Rejected(others); len(out) < len(others)/2 {
		t.Errorf("word filter turns away %d of %d words that are no adjective (%q), want most", len(out), len(others), out)
	}
}

// checkKeyFilter fails if f rejects a key of m, or lets through more than
// one in twenty of 10,000 strings m lacks.
func checkKeyFilter[V any](t *testing.T, m map[string]V, f *keyFilter) {
	t.Helper()
	for k := range m {
		if !f.mayBytes([]byte(k)) || !f.may(k) {
			t.Fatalf("filter rejects the map's key %q", k)
		}
	}
	passed, n := 0, 10000
	for i := range n {
		k := "zqxville " + strconv.Itoa(i)
		if _, ok := m[k]; !ok && f.mayBytes([]byte(k)) {
			passed++
		}
	}
	t.Logf("%d keys; filter passes %d of %d absent keys", len(m), passed, n)
	if passed > n/20 {
		t.Errorf("filter passes %d of %d absent keys, want under 5%%", passed, n)
	}
}

// TestCutFirstWord checks cutFirstWord against the bytes.IndexAny call it
// replaces, on valid and broken UTF-8 alike.
func TestCutFirstWord(t *testing.T) {
	for _, w := range []string{
		"", "france", "new york", "guinea-bissau", "cote d'ivoire", "cote d’ivoire",
		"abc\xe2\x80", "abc\xe2\x80\x98x", "\xf0\xe2\x80\x99x", "\xe2\x80\x99", "a\xe2\x80\x99-b", "-x",
	} {
		want := []byte(w)
		if i := bytes.IndexAny(want, " -'’"); i >= 0 {
			want = want[:i]
		}
		if got := cutFirstWord([]byte(w)); !bytes.Equal(got, want) {
			t.Errorf("cutFirstWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestFirstWordKey checks firstWordKey against the fold and cut it
// stands for, on words of every shape and on every token of the first
// Reuters articles.
func TestFirstWordKey(t *testing.T) {
	words := []string{
		"", "US", "U.S.", "St", "Ste", "Mt", "Ft", "STE", "Sainte", "Japan", "JAPAN", "japan",
		"New-York", "O'Hare", "Côte", "Zürich", "Abc1", "A[b]", "Ab@c", "Ab`c", "ABC{D}",
		"Guinea-Bissau", "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	}
	for _, d := range taggedReuters(t, 100) {
		for _, tok := range d.Tokens {
			if tok.Start < tok.End && int(tok.End) <= len(d.Text) {
				words = append(words, d.Text[tok.Start:tok.End])
			}
		}
	}
	for _, w := range words {
		want := cutFirstWord(fold.Append(nil, w))
		var tmp [48]byte
		if got := firstWordKey(tmp[:0], w); !bytes.Equal(got, want) {
			t.Errorf("firstWordKey(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCountryFirstFilter checks that the filter in front of countryFirst
// never rejects the first word of a country's name.
func TestCountryFirstFilter(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.countryFirst) < 100 {
		t.Fatalf("countryFirst holds %d words, want hundreds", len(g.countryFirst))
	}
	for w := range g.countryFirst {
		if !g.countryFirstFilter.MayBytes([]byte(w)) {
			t.Errorf("filter rejects the country word %q", w)
		}
	}
}

// TestWithThe checks that withThe gives the key lookup folded with the
// article before it, for names that fold each way (abbreviations,
// accents, separators at either end), and that withoutThe restores the
// name's key.
func TestWithThe(t *testing.T) {
	for _, name := range []string{"Hague", "St. Louis", "Côte d’Ivoire", " Dalles", "Ft", "Mazār-e Sharīf", ""} {
		key := fold.Append(make([]byte, 0, 2), name)
		orig := string(key)
		got := withThe(key)
		if want := fold.Append([]byte("the "), name); !bytes.Equal(got, want) {
			t.Errorf("withThe(%q) = %q, want %q", name, got, want)
		}
		if back := withoutThe(got); string(back) != orig {
			t.Errorf("withoutThe(withThe(%q)) = %q, want %q", name, back, orig)
		}
	}
}
