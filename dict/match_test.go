package dict_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

func mustDict(tb testing.TB) *dict.Dict {
	tb.Helper()
	fsys := fstest.MapFS{
		"actors/a.txt": {Data: []byte(`United States | US | U.S. | American => USA
Taliban => AFGREB ..2021-08-14 ; AFGGOV 2021-08-15..
European Union | EU => IGOEUREEC
Islamic State-Khorasan | IS-K => AFGREBISK
the White House => USAGOV ; kind: capital
`)},
		"agents.txt":   {Data: []byte("police | police officer => COP\nforeign minister => GOV ; role: foreign minister\n")},
		"verbs/v.txt":  {Data: []byte("043 meet with +\n043 meet +\n043 hold talk with +\n")},
		"discards.txt": {Data: []byte("box office ; scope: story\n")},
	}
	d, err := dict.Load(fsys, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestMatchActor(t *testing.T) {
	d := mustDict(t)
	tests := []struct {
		text string
		at   int
		want string // canonical name, "" for none
		n    int    // tokens matched
	}{
		{"US envoys", 0, "United States", 1},
		{"U.S. envoys", 0, "United States", 1},
		{"give us aid", 1, "", 0},
		{"Us and them", 0, "", 0},
		{"the Taliban met", 1, "Taliban", 1},
		{"Islamic State-Khorasan attacked", 0, "Islamic State-Khorasan", 2},
		{"IS-K attacked", 0, "Islamic State-Khorasan", 1},
		{"The White House said", 1, "the White House", 2},
		{"White House said", 0, "the White House", 2},
		{"white house paint", 0, "", 0},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, nil)
		end, a := d.MatchActor(toks, tt.at)
		name := ""
		if a != nil {
			name = a.Name
		}
		if name != tt.want || (a != nil && end-tt.at != tt.n) {
			t.Errorf("MatchActor(%q, %d) = %q over %d tokens, want %q over %d", tt.text, tt.at, name, end-tt.at, tt.want, tt.n)
		}
	}
}

func TestMatchAgentVerbDiscard(t *testing.T) {
	d := mustDict(t)
	toks := text.Tokenize("the foreign minister and police officers", nil)
	toks[5].Lemma = "officer"
	if end, g := d.MatchAgent(toks, 1); g == nil || g.Code != "GOV" || end != 3 {
		t.Errorf("MatchAgent(foreign minister) = %v, %d", g, end)
	}
	if end, g := d.MatchAgent(toks, 4); g == nil || g.Code != "COP" || end != 6 {
		t.Errorf("MatchAgent(police officers) = %v, %d", g, end)
	}
	ids := d.VerbsFor("meet")
	if len(ids) != 2 || d.Verbs[ids[0]].Pattern != "with +" && strings.Join(d.Verbs[ids[0]].Items[1].Alts, "") != "with" {
		t.Errorf("VerbsFor(meet) = %v: the longer pattern must come first", ids)
	}
	if _, x := d.MatchDiscard(text.Tokenize("Box office takings", nil), 0); x == nil || !x.Story {
		t.Errorf("discard not matched")
	}
}

// TestMatchAllocs checks that matching allocates nothing.
func TestMatchAllocs(t *testing.T) {
	d := mustDict(t)
	toks := text.Tokenize("The Taliban met with EU and US envoys in Doha.", nil)
	n := testing.AllocsPerRun(100, func() {
		for i := range toks {
			d.MatchActor(toks, i)
			d.MatchAgent(toks, i)
		}
	})
	if n != 0 {
		t.Errorf("matching allocated %v times per run, want 0", n)
	}
}

// TestMatchLooseNames checks PETRARCH's and TABARI's reading of names
// written with blanks: other words may stand between their words, unless
// "_" joins them, and a null code with dates makes the name no actor then.
func TestMatchLooseNames(t *testing.T) {
	im := &dict.Import{}
	tab := "PRINCE DOL_AMROTH  [--- <950630] [DOL]\nAL_GORE [AGR]\nAL GORE [TEN]\nITHILEN [ITH]\nITHILEN TELEVISION [ITHTV]\n"
	if err := dict.ParseTabariActors("t.actors", strings.NewReader(tab), im); err != nil {
		t.Fatal(err)
	}
	if err := dict.ParsePetrarchActors("p.txt", strings.NewReader("GROUP OF SEVEN [IGOGSV]\n"), im); err != nil {
		t.Fatal(err)
	}
	d := im.Dict()
	tests := []struct {
		text string
		want string // code in 1999, "" for no actor
		n    int    // tokens matched
	}{
		{"Prince of Dol_Amroth", "DOL", 5},
		{"Prince of Dol Amroth", "DOL", 4},
		{"Al Gore", "AGR", 2},
		{"Al-Gore", "AGR", 1},
		{`Al "The Weasel" Gore`, "TEN", 6},
		{"Ithilen state-run television", "ITHTV", 3},
		{"Ithilen and the television", "ITHTV", 4}, // TABARI: past conjunctions
		{"Ithilen, and television", "ITH", 1},      // not past a comma
		{"Group of Seven", "IGOGSV", 3},
		{"group of seven", "", 0},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, nil)
		end, a := d.MatchActor(toks, 0)
		code := ""
		if a != nil {
			code = a.CodeAt(19990809)
		}
		if code != tt.want || a != nil && end != tt.n {
			t.Errorf("MatchActor(%q) = %q over %d tokens, want %q over %d", tt.text, code, end, tt.want, tt.n)
		}
	}
	if _, a := d.MatchActor(text.Tokenize("Prince of Dol Amroth", nil), 0); a == nil || a.CodeAt(19950101) != "" {
		t.Errorf("PRINCE DOL_AMROTH in 1995 = %+v, want no code", a)
	}
	// PETRARCH's gaps are a few words inside a phrase.
	pim := &dict.Import{}
	if err := dict.ParsePetrarchActors("p.txt", strings.NewReader("ITHILEN [ITH]\nITHILEN TELEVISION [ITHTV]\n"), pim); err != nil {
		t.Fatal(err)
	}
	pd := pim.Dict()
	for text0, want := range map[string]int{"Ithilen state-run television": 3, "Ithilen, and television": 1} {
		if end, a := pd.MatchActor(text.Tokenize(text0, nil), 0); a == nil || end != want {
			t.Errorf("PETRARCH MatchActor(%q) = %v over %d, want %d tokens", text0, a, end, want)
		}
	}
}
