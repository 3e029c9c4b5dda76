package dict_test

import (
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals/dict"
)

const tabVerbs = `<SYNSETS>
&TIES
+MILITARY
+ECONOMIC
</SYNSETS>
<TIME>
TOMORROW [+1]
</TIME>
RESTOR  [064] ;pas
- * &TIES  [065]
- NOT * RELATIONS  [112]
CALLED_ON  [094]
BREAK_ [1717]
{ BROKE_ BROKEN_ }
- * OFF_ [195]
FOOTBALL  [###]
BLAST [+++]
- * { GENEVA_ | INTERNATIONAL } [111]
~~FINISH
JUNK
`

func TestParseTabariVerbs(t *testing.T) {
	im := &dict.Import{}
	err := dict.ParseTabariVerbs("t.verbs", strings.NewReader(tabVerbs), im)
	var l dict.ErrorList
	if !errors.As(err, &l) || len(l) != 1 || l[0].Line != 17 {
		t.Fatalf("errors = %v, want line 17 (BLAST's code)", err)
	}
	var got []string
	for _, v := range im.Verbs {
		s := v.Code + ":"
		for _, it := range v.Before {
			s += " <" + strings.Join(it.Alts, "|")
		}
		for _, it := range v.Items {
			s += " " + strings.Join(it.Alts, "|")
		}
		got = append(got, s)
	}
	want := []string{
		"094: called|call|calle on",
		"1717: break|broke|broken",
		"195: break|broke|broken off=",
		"064: restor|restore|restor~",
		"065: restor|restore|restor~ military~|economic~",
		"112: <not~ restor|restore|restor~ relations~",
	}
	sortStrings(got)
	sortStrings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verbs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(im.Discards) != 1 || im.Discards[0].Phrase != "football" {
		t.Errorf("discards = %+v", im.Discards)
	}
	if im.Unsupported[dict.FeatTabariBlock] != 1 {
		t.Errorf("unsupported = %v", im.Unsupported)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestParseTabariActorsProject(t *testing.T) {
	im := &dict.Import{}
	actors := "<NOUN>\nBEES\n</NOUN>\nARNOR_ [ARN] ;c\nGONDOR\n+MINAS_TIRITH\n\t[GON]\nZIMBABWE\n\t[RHO <790606]\n\t[ZBW];jw\n"
	if err := dict.ParseTabariActors("t.actors", strings.NewReader(actors), im); err != nil {
		t.Fatal(err)
	}
	// TABARI matches names in any case, with noun endings, and a word not
	// closed by "_" as a stem.
	if len(im.Actors) != 3 || !slices.Contains(im.Actors[1].Names, "minas_tirith") || !slices.Contains(im.Actors[1].Names, "gondorian") ||
		!slices.Contains(im.Actors[0].Names, "arnors") || slices.Contains(im.Actors[0].Names, "arnorian") || im.Actors[2].CodeAt(19790605) != "RHO" || im.Actors[2].CodeAt(19790606) != "ZBW" {
		t.Errorf("actors = %+v", im.Actors)
	}
	p, err := dict.ParseTabariProject("v.project", strings.NewReader("title\n<actorsfile> a.actors\n<verbsfile>\tv.verbs\n<textfile> t.text\n"))
	if err != nil || !reflect.DeepEqual(p.Actors, []string{"a.actors"}) || p.Verbs[0] != "v.verbs" || p.Text != "t.text" {
		t.Errorf("project = %+v, %v", p, err)
	}
	opts, err := dict.TabariOptions("o", strings.NewReader("// c\nSET: LABEL = TRUE\nCOMPLEX: VERBS[5]\n~~~~\nJUNK\n"))
	if err != nil || len(opts) != 2 {
		t.Errorf("options = %q, %v", opts, err)
	}
}

func TestLoadTabariSuite(t *testing.T) {
	dir := sharedDir(t, "suites", "tabari-validate")
	im, proj, err := dict.ReadTabari(filepath.Join(dir, "Validate.project"))
	var l dict.ErrorList
	if err != nil && !errors.As(err, &l) {
		t.Fatal(err)
	}
	if proj.Text != "Validate.text" || len(im.Actors) < 100 || len(im.Verbs) < 400 || len(im.Agents) < 80 || len(l) > 40 {
		t.Errorf("project %+v: actors %d verbs %d agents %d errors %d", proj, len(im.Actors), len(im.Verbs), len(im.Agents), len(l))
	}
	if d, err := dict.LoadTabari(filepath.Join(dir, "Validate.project")); d == nil || len(d.VerbsFor("restore")) == 0 {
		t.Errorf("LoadTabari: %v; no pattern for restore", err)
	}
}

// FuzzTabari feeds arbitrary text to the TABARI readers.
func FuzzTabari(f *testing.F) {
	f.Add(tabVerbs)
	f.Add("<NOUN>\nX\n</NOUN>\nA_ [ARN]\nB\n+C\n\t[GON >950101]\n")
	f.Fuzz(func(t *testing.T, s string) {
		im := &dict.Import{}
		dict.ParseTabariVerbs("f", strings.NewReader(s), im)
		dict.ParseTabariActors("f", strings.NewReader(s), im)
		dict.ParseTabariAgents("f", strings.NewReader(s), im)
		dict.ParseTabariProject("f", strings.NewReader(s))
		dict.TabariOptions("f", strings.NewReader(s))
		checkImport(t, im)
		im.Dict()
	})
}

func TestTabariReverseAndSourceSlot(t *testing.T) {
	im := &dict.Import{}
	src := "VISIT_ [032:033]\nCALLED_ON [094]\n- $ * [095]\n"
	if err := dict.ParseTabariVerbs("t.verbs", strings.NewReader(src), im); err != nil {
		t.Fatal(err)
	}
	var visit, called, slot *dict.Verb
	for i := range im.Verbs {
		v := &im.Verbs[i]
		switch {
		case v.Code == "032":
			visit = v
		case v.Code == "094":
			called = v
		case v.Code == "095":
			slot = v
		}
	}
	if visit == nil || visit.Reverse != "033" {
		t.Errorf("VISIT_ [032:033]: %+v, want Reverse 033 on the bare verb", visit)
	}
	if called == nil || slot == nil {
		t.Fatalf("CALLED_ON: bare %+v, pattern %+v", called, slot)
	}
	if len(slot.Before) != 1 || !slot.Before[0].Source {
		t.Errorf("- $ *: Before %+v, want one source slot", slot.Before)
	}
	d := im.Dict()
	ids := d.VerbsFor("called")
	if len(ids) < 2 || d.Verbs[ids[0]].Code != "095" {
		t.Errorf("verbs for called: %v, want the $ pattern (095) tried before the bare verb", ids)
	}
}

// TestTabariSkipAndCodes checks "^" before the target, "###" patterns and
// a TABARI "=" verb.
func TestTabariSkipAndCodes(t *testing.T) {
	im := &dict.Import{}
	src := "CELEBRATE [041]\n- * IFTAR AT ^ ^ +  [044]\n- * EID AT ^ WITH +  [043]\n- * DIPLXMATIC  [###]\nBAN= [191]\n"
	if err := dict.ParseTabariVerbs("t.verbs", strings.NewReader(src), im); err != nil {
		t.Fatal(err)
	}
	skips := map[string]int{}
	for _, v := range im.Verbs {
		last := v.Items[len(v.Items)-1]
		skips[v.Code] = last.Skip
		if v.Code == "191" && !slices.Equal(v.Items[0].Alts, []string{"ban" + dict.ExactMark}) {
			t.Errorf("BAN= alternatives = %v, want the word alone", v.Items[0].Alts)
		}
	}
	if skips["044"] != 2 || skips["043"] != 0 {
		t.Errorf("skips = %v, want 044:2 043:0", skips)
	}
	if _, ok := skips[dict.DiscardCode]; !ok {
		t.Errorf("no %s pattern in %v", dict.DiscardCode, skips)
	}
}
