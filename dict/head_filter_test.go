package dict

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals/data"
)

// TestHeadFilters checks that the filters in front of VerbsFor and
// NounsFor answer every head as the maps do, and words that head nothing
// with nil.
func TestHeadFilters(t *testing.T) {
	verbs := []Verb{
		{Code: "040", Items: []Item{{Alts: []string{"meet", "confer"}}, {Target: true}}},
		{Code: "042", Items: []Item{{Alts: []string{"visit"}}, {Target: true}}},
		{Code: "141", Noun: true, Items: []Item{{Alts: []string{"protest"}}, {Alts: []string{"against"}}, {Target: true}}},
	}
	d := New(nil, nil, verbs, nil)
	for w, want := range d.verbs {
		if got := d.VerbsFor(w); !slices.Equal(got, want) {
			t.Errorf("VerbsFor(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range d.nouns {
		if got := d.NounsFor(w); !slices.Equal(got, want) {
			t.Errorf("NounsFor(%q) = %v, want %v", w, got, want)
		}
	}
	if got := d.VerbsFor("meet"); !slices.Equal(got, []int32{0}) {
		t.Errorf(`VerbsFor("meet") = %v, want [0]`, got)
	}
	if got := d.NounsFor("protest"); !slices.Equal(got, []int32{2}) {
		t.Errorf(`NounsFor("protest") = %v, want [2]`, got)
	}
	for _, w := range []string{"", "the", "protest", "meeting", "visits", "x"} {
		if got := d.VerbsFor(w); got != nil {
			t.Errorf("VerbsFor(%q) = %v, want nil", w, got)
		}
	}
	for _, w := range []string{"", "meet", "visit", "protests"} {
		if got := d.NounsFor(w); got != nil {
			t.Errorf("NounsFor(%q) = %v, want nil", w, got)
		}
	}
	var zero Dict // not compiled: no filters, the maps answer
	if got := zero.VerbsFor("meet"); got != nil {
		t.Errorf("zero Dict: VerbsFor(%q) = %v, want nil", "meet", got)
	}
}

// TestHeadTables checks that the tables behind VerbsFor and NounsFor
// agree with the maps they are built from for every head of annals'
// dictionaries, each head's other forms and the words of a text.
func TestHeadTables(t *testing.T) {
	d, err := Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.verbs) == 0 || len(d.nouns) == 0 {
		t.Fatal("no verb or noun heads: the test checks nothing")
	}
	words := strings.Fields("the minister said on Monday that talks would resume and troops withdrew")
	for _, heads := range []map[string][]int32{d.verbs, d.nouns} {
		for w := range heads {
			words = append(words, w, w+"s", strings.ToUpper(w), w[:len(w)/2])
		}
	}
	for _, w := range words {
		if got, want := d.VerbsFor(w), d.verbs[w]; !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("VerbsFor(%q) = %v, the map says %v", w, got, want)
		}
		if got, want := d.NounsFor(w), d.nouns[w]; !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("NounsFor(%q) = %v, the map says %v", w, got, want)
		}
	}
}
