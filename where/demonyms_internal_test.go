package where

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/where/internal/fold"
)

// scanDemonym is demonymCountry as a scan over every country per word,
// the definition indexDemonyms tables.
func (g *Gazetteer) scanDemonym(w string) int32 {
	if code, ok := irregularDemonyms[w]; ok {
		return g.byISO3[code]
	}
	if len(w) < 4 {
		return -1
	}
	found, best, tie := int32(-1), 0, false
	for _, p := range g.byISO3 {
		k := fold.Key(g.places[p].Name)
		for cut := 0; cut <= 2 && cut < len(k)-3; cut++ {
			stem := k[:len(k)-cut]
			if !strings.HasPrefix(w, stem) || !demonymEnds[w[len(stem):]] || cut == 0 && len(w) == len(stem) {
				continue
			}
			switch {
			case len(stem) > best:
				found, best, tie = p, len(stem), false
			case len(stem) == best && p != found:
				tie = true
			}
			break
		}
	}
	if tie {
		return -1
	}
	return found
}

// TestDemonymTable checks the demonym table against the scan it replaces
// over every name the gazetteer indexes, each country's name with every
// ending and cut, and each word the table holds.
func TestDemonymTable(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{"": true, "ab": true, "lao": true, "nigerian": true, "nigerien": true}
	for k := range g.index {
		words[k] = true
	}
	for w := range g.demonyms {
		words[w] = true
	}
	for _, p := range g.byISO3 {
		k := fold.Key(g.places[p].Name)
		for cut := 0; cut <= 3 && cut <= len(k); cut++ {
			for end := range demonymEnds {
				words[k[:len(k)-cut]+end] = true
				words[k[:len(k)-cut]+end+"s"] = true
			}
		}
	}
	found := 0
	for w := range words {
		want := g.scanDemonym(w)
		if got := g.demonymCountry(w); got != want {
			t.Errorf("demonymCountry(%q) = %d, want %d", w, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	t.Logf("%d words, %d adjectives of a country", len(words), found)
	if found < 300 {
		t.Errorf("only %d words name a country, want hundreds", found)
	}
}
