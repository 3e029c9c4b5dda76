package event

import (
	"slices"
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

func TestSplitCodes(t *testing.T) {
	ref := func(code string) *annals.ActorRef { return &annals.ActorRef{Code: code, Name: code} }
	doc := &annals.Doc{Events: []annals.Event{
		{Sentence: 0, Source: ref("GON"), Target: ref("MOR"), Code: "190"},
		{Sentence: 1, Source: ref("FRO/BIL"), Target: ref("ELR/GAL"), Code: "064"},
		{Sentence: 2, Source: ref("FRO/BIL"), Code: "023"},
		{Sentence: 3, Source: ref("FRO/BIL"), Target: ref("BIL"), Code: "042"},
	}}
	splitCodes(doc)
	var got []string
	for _, e := range doc.Events {
		tgt := "---"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		got = append(got, e.Source.Code+" "+tgt+" "+e.Code)
	}
	want := []string{"GON MOR 190", "FRO ELR 064", "FRO GAL 064", "BIL ELR 064", "BIL GAL 064", "FRO --- 023", "BIL --- 023", "FRO BIL 042"}
	if !slices.Equal(got, want) {
		t.Errorf("splitCodes:\n got %v\nwant %v", got, want)
	}

	plain := &annals.Doc{Events: []annals.Event{{Source: ref("GON"), Code: "010"}}}
	if allocs := testing.AllocsPerRun(100, func() { splitCodes(plain) }); allocs != 0 {
		t.Errorf("splitCodes allocates %v times on plain codes, want 0", allocs)
	}
}

func TestPossessedList(t *testing.T) {
	tok := func(norm string, tag annals.Tag) annals.Token { return annals.Token{Norm: norm, Tag: tag} }
	capital := func(tk annals.Token) annals.Token { tk.Flags |= annals.Cap; return tk }
	for _, tt := range []struct {
		name string
		toks []annals.Token
		pos  int
		want int
	}{
		{"death and injury toll", []annals.Token{capital(tok("eriador", annals.NNP)), tok("'s", annals.POS), tok("death", annals.NN), tok("and", annals.CC), tok("injury", annals.NN)}, 3, 1},
		{"no possessive", []annals.Token{capital(tok("eriador", annals.NNP)), tok("death", annals.NN), tok("and", annals.CC), tok("injury", annals.NN)}, 2, -1},
		{"a name before and", []annals.Token{capital(tok("eriador", annals.NNP)), tok("'s", annals.POS), capital(tok("gondor", annals.NNP)), tok("and", annals.CC)}, 3, -1},
		{"or", []annals.Token{capital(tok("eriador", annals.NNP)), tok("'s", annals.POS), tok("army", annals.NN), tok("or", annals.CC)}, 3, -1},
	} {
		sc := sentCtx{doc: &annals.Doc{Tokens: tt.toks}, start: 0, end: len(tt.toks)}
		if got := sc.possessedList(tt.pos, 0); got != tt.want {
			t.Errorf("%s: possessedList = %d, want %d", tt.name, got, tt.want)
		}
	}
}
