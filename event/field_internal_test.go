package event

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

func TestWrongEnding(t *testing.T) {
	tests := []struct {
		norm, lemma string
		want        bool
	}{
		{"departes", "depart", true},
		{"departs", "depart", false},
		{"taxes", "tax", false},
		{"goes", "go", false},
		{"reaches", "reach", false},
		{"attacked", "attack", false},
		{"es", "", false},
	}
	for _, tt := range tests {
		tok := annals.Token{Norm: tt.norm, Lemma: tt.lemma}
		if got := wrongEnding(&tok); got != tt.want {
			t.Errorf("wrongEnding(%q, lemma %q) = %v, want %v", tt.norm, tt.lemma, got, tt.want)
		}
	}
}

func TestInfinitiveTo(t *testing.T) {
	toks := []annals.Token{
		{Norm: "efforts", Tag: annals.NNS}, {Norm: "to", Tag: annals.TO}, {Norm: "end", Tag: annals.VB},
		{Norm: "to", Tag: annals.TO}, {Norm: "the", Tag: annals.DT}, {Norm: "summit", Tag: annals.NN}, {Norm: "to", Tag: annals.TO},
	}
	for j, want := range map[int]bool{1: true, 3: false, 6: false, 0: false} {
		if got := infinitiveTo(toks, j); got != want {
			t.Errorf("infinitiveTo(%d %q) = %v, want %v", j, toks[j].Norm, got, want)
		}
	}
}

func TestJoinedHead(t *testing.T) {
	attack := dict.Verb{Items: []dict.Item{{Alts: []string{"attacked"}}, {Target: true}}}
	stabbed := dict.Verb{Items: []dict.Item{{Alts: []string{"attacked"}}, {Alts: []string{"and"}, Adjacent: true}, {Alts: []string{"stabbed"}, Adjacent: true}}}
	carried := dict.Verb{Before: []dict.Item{{Alts: []string{"carried"}}}, Items: []dict.Item{{Alts: []string{"out"}, Adjacent: true}}}
	for _, tt := range []struct {
		name string
		v    *dict.Verb
		want bool
	}{{"ATTACKED *", &attack, false}, {"ATTACKED_AND_STABBED", &stabbed, true}, {"CARRIED_OUT", &carried, true}} {
		if got := joinedHead(tt.v); got != tt.want {
			t.Errorf("joinedHead(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
