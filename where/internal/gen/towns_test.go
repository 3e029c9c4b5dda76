package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNameKeys checks which names the second tier keeps: a common word
// ("Delta") has a name's shape, so a place's own name keeps it, but is no
// alternate name; codes, numbered names, lower-case names and names of
// two letters are neither.
func TestNameKeys(t *testing.T) {
	common := map[string]bool{"delta": true, "purchase": true}
	tests := []struct {
		name        string
		key         string
		own, altern bool
	}{
		{"Delta", "delta", true, false},
		{"Purchase", "purchase", true, false},
		{"Lanuza", "lanuza", true, true},
		{"Tall Tamr", "tall tamr", true, true},
		{"100 Mile House", "", false, false},
		{"USA", "", false, false},
		{"de Haan", "", false, false},
		{"Ny", "", false, false},
	}
	for _, tt := range tests {
		k, own := shapeKey(tt.name)
		if own != tt.own || own && k != tt.key {
			t.Errorf("shapeKey(%q) = %q, %v; want %q, %v", tt.name, k, own, tt.key, tt.own)
		}
		if _, altern := nameKey(tt.name, common); altern != tt.altern {
			t.Errorf("nameKey(%q) keeps it: %v, want %v", tt.name, altern, tt.altern)
		}
	}
}

// TestRunTownsCommonWords writes a tier from a small cities500 dump and
// checks the name lines: a common word is kept as a place's own name
// under the "~" mark, and dropped as another place's alternate name; a
// proper noun of the lexicon is marked "*".
func TestRunTownsCommonWords(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	row := func(id, name, alternates, admin string) string {
		c := []string{id, name, name, alternates, "39.7", "-76.3", "P", "PPL", "US", "", admin, "", "", "", "700"}
		return strings.Join(c, "\t") + "\n"
	}
	in := write("cities500.txt", row("1", "Delta", "", "PA")+row("2", "Purchase", "", "NY")+
		row("3", "Harrison", "Purchase,Christmas", "NY"))
	gaz := write("gazetteer.tsv", "")
	lex := write("lexicon.txt", "delta n1\npurchase n12 v34\nchristmas N\n")
	countries := write("countries.tsv", "US\tUSA\tUnited States\n")
	out := filepath.Join(dir, "towns.tsv")
	if err := runTowns(in, gaz, lex, countries, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	_, names, _ := strings.Cut(string(b), "#\n")
	want := "christmas\t*30\ndelta\t~0\nharrison\t30\npurchase\t~63\n"
	if names != want {
		t.Errorf("name lines:\n%s\nwant:\n%s", names, want)
	}
}
