package validate_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/validate"
)

const petrXML = `<Validation>
<Environment>
  <Verbfile>V.txt</Verbfile>
  <Actorfile>A.txt</Actorfile>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- a <tag> in a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"ARN"' targetcode="OSG" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore
ties with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="950102" id="NO-1" category="ERROR" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date="19950101" id="D-1" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Football.</Text>
</Sentence>
<Sentence date="19950101" id="S-1" category="X" sentence="false">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>x</Text>
</Sentence>
</Sentences>
</Validation>`

func TestReadPetrarch(t *testing.T) {
	env, recs, err := validate.ReadPetrarch(strings.NewReader(petrXML))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(env.Verbs, []string{"V.txt"}) || !reflect.DeepEqual(env.Actors, []string{"A.txt"}) {
		t.Errorf("env = %+v", env)
	}
	if len(recs) != 4 {
		t.Fatalf("records = %+v", recs)
	}
	r := recs[0]
	want := []validate.Coding{{"ARN", "GON", "064"}, {"ARN", "OSG", "064"}}
	if r.ID != "DEMO-00" || r.Category != "DEMO" || r.Date != "1995-01-01" || r.Text != "Arnor is about to restore ties with Gondor." ||
		!reflect.DeepEqual(r.Expect, want) || !reflect.DeepEqual(r.Options, []string{"require_dyad = false"}) || r.Skip != "" {
		t.Errorf("record 0 = %+v", r)
	}
	if !recs[1].NoEvents || recs[1].Date != "1995-01-02" || recs[1].Skip != "" {
		t.Errorf("record 1 = %+v", recs[1])
	}
	if !recs[2].Discard || recs[2].Skip != "" {
		t.Errorf("record 2 = %+v", recs[2])
	}
	if recs[3].Skip == "" {
		t.Errorf("record 3 (sentence=false) not skipped: %+v", recs[3])
	}
}

const tabText = `# header
950101  DEMO-01
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
/*\n----
\n[Simple coding]
\n{ ARN / GON / 064 } */

950103  DEMO-04
Dagolath left for Minas Tirith.
/*\n
\n{ DAG / GON / 032 } 950103
\n-{ GON / DAG / 033 } 950103   */
##########
950101  NONE-01
Nothing at all.
/* {---} { OPTION: SET: CONVERT AGENT = TRUE } */
950101  DISC-01
Football match.
/* {###} */
950101  FINAL-01
The end.
950101  AFTER-01
Arnor met Gondor.
/* { ARN / GON / 031 } */
`

func TestReadTabari(t *testing.T) {
	recs, err := validate.ReadTabari(strings.NewReader(tabText))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 {
		t.Fatalf("records = %+v", recs)
	}
	r := recs[0]
	if r.ID != "DEMO-01" || r.Category != "DEMO" || r.Date != "1995-01-01" || r.Line != 2 ||
		r.Text != "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy." ||
		!reflect.DeepEqual(r.Expect, []validate.Coding{{"ARN", "GON", "064"}}) {
		t.Errorf("record 0 = %+v", r)
	}
	if !reflect.DeepEqual(recs[1].Expect, []validate.Coding{{"DAG", "GON", "032"}}) {
		t.Errorf("disabled -{...} expectation kept: %+v", recs[1].Expect)
	}
	if !recs[2].NoEvents || !reflect.DeepEqual(recs[2].Options, []string{"SET: CONVERT AGENT = TRUE"}) {
		t.Errorf("record 2 = %+v", recs[2])
	}
	if !recs[3].Discard {
		t.Errorf("record 3 = %+v", recs[3])
	}
	if recs[4].Skip == "" || recs[5].Skip == "" {
		t.Errorf("FINAL and later records not skipped: %+v %+v", recs[4], recs[5])
	}
	if _, err := validate.ReadTabari(strings.NewReader("stray text\n")); err == nil {
		t.Error("text outside a record: want an error")
	}
}

func FuzzReadPetrarch(f *testing.F) {
	f.Add(petrXML)
	f.Fuzz(func(t *testing.T, s string) {
		_, recs, _ := validate.ReadPetrarch(strings.NewReader(s))
		for _, r := range recs {
			if r.Skip == "" && len(r.Expect) == 0 && !r.NoEvents && !r.Discard {
				t.Fatalf("record %q runs with nothing expected", r.ID)
			}
		}
	})
}

func FuzzReadTabari(f *testing.F) {
	f.Add(tabText)
	f.Fuzz(func(t *testing.T, s string) {
		recs, _ := validate.ReadTabari(strings.NewReader(s))
		for _, r := range recs {
			if r.Skip == "" && (len(r.Expect) == 0 && !r.NoEvents && !r.Discard || r.Date == "") {
				t.Fatalf("record %q runs with nothing expected or no date", r.ID)
			}
		}
	})
}

func TestCodingsSkipNull(t *testing.T) {
	r := &annals.Result{Events: []annals.Event{
		{Code: "043", Source: &annals.ActorRef{Code: "ARN"}, Target: &annals.ActorRef{Code: "GON"}},
		{Code: dict.NullCode, Source: &annals.ActorRef{Code: "ARN"}, Target: &annals.ActorRef{Code: "GON"}},
		{Code: "043", Source: &annals.ActorRef{Code: "ARN"}, Target: &annals.ActorRef{Code: "GON"}},
		{Code: "023", Source: &annals.ActorRef{Code: "BREGOV"}},
	}}
	want := []validate.Coding{{Source: "ARN", Target: "GON", Code: "043"}, {Source: "BREGOV", Target: "---", Code: "023"}}
	if got := validate.Codings(r); !reflect.DeepEqual(got, want) {
		t.Errorf("Codings = %v, want %v (null code left out, duplicates merged)", got, want)
	}
}

func TestApplyOptionAndSettle(t *testing.T) {
	recs := []validate.Record{
		{ID: "a", Options: []string{"SET: MINIMUM WORDS = 4", "COMPLEX: VERBS[5]"}},
		{ID: "b", Options: []string{"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "FORWARD: ^^*****NNN*SSS"}},
		{ID: "c", Options: []string{"DEFAULT: OFF", "DEFAULT: SOURCE [S]  TARGET [T]", "SET: CODE ALL", "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8}"}},
		{ID: "d", Options: []string{"FORWARD: ^^*****NNN*SSS OFF", "SET: CODE BY SENTENCE", "COMMA: OFF"}},
		{ID: "e"},
	}
	validate.Settle(recs, validate.TabariDefaults)
	comma := validate.TabariDefaults.Comma
	want := []dict.Settings{
		{MinWords: 8, CodeBy: dict.CodeByClause, Comma: comma},
		{MinWords: 4, CodeBy: dict.CodeByClause, Comma: comma},
		{MinWords: 4, DefaultSource: "DEFSRC", DefaultTarget: "DEFTAR", Prior: true, After: true, CodeBy: dict.CodeByClause, Comma: comma},
		{MinWords: 4, DefaultSource: "S", DefaultTarget: "T", Comma: dict.Comma{Min: 4, Max: 6, EndMin: 3, EndMax: 6, BeginMin: 3, BeginMax: 8}},
		{MinWords: 4, DefaultSource: "S", DefaultTarget: "T", CodeBy: dict.CodeBySentence},
	}
	forward := []bool{false, false, true, true, false}
	for i, r := range recs {
		if r.Settings != want[i] {
			t.Errorf("%s: settings %+v, want %+v", r.ID, r.Settings, want[i])
		}
		if r.Forward != forward[i] {
			t.Errorf("%s: forward %v, want %v", r.ID, r.Forward, forward[i])
		}
	}
	for _, bad := range []string{"SET: LABEL = TRUE", "DEFAULT: SOURCE DEFSRC", "SET: MINIMUM WORDS = x", "nonsense", "COMMA: MIN 4", "COMMA: WIDE = 3"} {
		var st dict.Settings
		if validate.ApplyOption(&st, bad) || st != (dict.Settings{}) {
			t.Errorf("ApplyOption(%q) accepted, settings %+v", bad, st)
		}
	}
}

func TestReadTabariOpenOption(t *testing.T) {
	recs, err := validate.ReadTabari(strings.NewReader("970102 MIN-ON\nSome text here.\n/* \\n{ OPTION: SET: MINIMUM WORDS = 4  */\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || len(recs[0].Options) != 1 || recs[0].Options[0] != "SET: MINIMUM WORDS = 4" {
		t.Fatalf("records %+v, want one with option SET: MINIMUM WORDS = 4", recs)
	}
}

func TestApplyPetrarchOption(t *testing.T) {
	var st dict.Settings
	for _, o := range []string{"require_dyad = False", "comma_emax = 6", "comma_min = 4", "comma_bmax = 6"} {
		ok := validate.ApplyOption(&st, o)
		if want := o != "comma_bmax = 6"; ok != want {
			t.Errorf("ApplyOption(%q) = %v, want %v", o, ok, want)
		}
	}
	if want := (dict.Settings{Solo: true, Comma: dict.Comma{Min: 4, EndMax: 6}}); st != want {
		t.Errorf("settings %+v, want %+v", st, want)
	}
	if !validate.ApplyOption(&st, "require_dyad = TRUE") || st.Solo {
		t.Errorf("require_dyad = TRUE left Solo %v", st.Solo)
	}
	for _, bad := range []string{"require_dyad = maybe", "new_actor_length = 4"} {
		if validate.ApplyOption(&st, bad) {
			t.Errorf("ApplyOption(%q) accepted", bad)
		}
	}
}
