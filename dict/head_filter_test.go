package dict

import (
	"slices"
	"testing"
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
