package entity

import (
	"testing"

	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
)

// TestActorOf checks the resolver's entry table against the map it
// replaced (each entry to its last actor): over every entry of annals'
// own dictionaries and of a small one with a repeated and an empty entry,
// and over strings that are no entry.
func TestActorOf(t *testing.T) {
	own, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	small := dict.New([]dict.Actor{
		{Name: "Arnor", Names: []string{"arnor"}, Entry: "a:1"},
		{Name: "Gondor", Names: []string{"gondor"}, Entry: "a:2"},
		{Name: "Arnor again", Names: []string{"arnor kingdom"}, Entry: "a:1"},
		{Name: "Rohan", Names: []string{"rohan"}, Entry: ""},
	}, nil, nil, nil)
	for _, tc := range []struct {
		name string
		d    *dict.Dict
	}{{"own", own}, {"small", small}} {
		want := map[string]*dict.Actor{}
		for i := range tc.d.Actors {
			want[tc.d.Actors[i].Entry] = &tc.d.Actors[i]
		}
		r := New(tc.d)
		for e, a := range want {
			if got := r.actorOf(e); got != a {
				t.Errorf("%s: actorOf(%q) = %v, want %v", tc.name, e, got, a)
			}
			if got := r.actorOf(e + "x"); got != want[e+"x"] {
				t.Errorf("%s: actorOf(%q) = %v, want %v", tc.name, e+"x", got, want[e+"x"])
			}
		}
		if len(want) < 2 {
			t.Errorf("%s: %d entries", tc.name, len(want))
		}
	}
	if a := New(small).actorOf("a:1"); a == nil || a.Name != "Arnor again" {
		t.Errorf("actorOf(a:1) = %v, want the last actor of the entry", a)
	}
}
