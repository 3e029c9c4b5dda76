package dict_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/text"
)

func sharedDir(tb testing.TB, parts ...string) string {
	tb.Helper()
	dir := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("shared data not present (%s): %v", dir, err)
	}
	return dir
}

const petrVerbs = `&TIES
+MILITARY
+ECONOMIC
+ARMED_FORCES

--- ACCUSE [112] ---
ACCUSE
DENOUNCE {DENOUNCES DENOUNCED}
KLM_+BLAME [111]
- * + (OF &TIES CRIME)  [1121]  # comment
- FAILED_TO_* [0]
- SAID * TO {ARMS SHIPMENT} [042:043]
- * $ [123]
- % * [124]
- * % [127]
- * {A | B} [---]
- * OF [:125]
- * ^ SHIP [126]
- * ( [bad]
- + * FROM $ [066]
- * OF $ FROM + [012]
`

func TestParsePetrarchVerbs(t *testing.T) {
	im := &dict.Import{}
	err := dict.ParsePetrarchVerbs("v.txt", strings.NewReader(petrVerbs), im)
	var l dict.ErrorList
	if !errors.As(err, &l) || len(l) != 2 || l[0].Line != 11 || l[1].Line != 19 {
		t.Fatalf("errors = %v, want lines 11 and 19", err)
	}
	var got []string
	for _, v := range im.Verbs {
		s := v.Code + ":"
		for _, it := range v.Before {
			if it.Target {
				s += " <+"
				continue
			}
			if it.Compound {
				s += " <%"
				continue
			}
			s += " <" + strings.Join(it.Alts, "|")
		}
		for _, it := range v.Items {
			if it.Target && it.Compound {
				s += " %"
				continue
			}
			if it.Target {
				s += " +"
				continue
			}
			if it.Source {
				s += " $"
				continue
			}
			s += " " + strings.Join(it.Alts, "|")
		}
		if v.Reverse != "" {
			s += " rev " + v.Reverse
		}
		got = append(got, s)
	}
	// The block's patterns apply to its verb of two words too.
	want := []string{
		"111: <klm blame",
		"1121: <klm blame + of military|economic crime",
		"1121: <klm blame + of armed forces crime",
		"042: <said <klm blame to arms shipment rev 043",
		"123: <klm blame $",
		"124: <% <klm blame",
		"127: <klm blame %",
		"---: <klm blame a|b",
		"---: <klm blame of rev 125",
		"126: <klm blame ship",
		"066: <+ <klm blame from $",
		"112: accuse|denounce|denounces|denounced",
		"1121: accuse|denounce|denounces|denounced + of military|economic crime",
		"1121: accuse|denounce|denounces|denounced + of armed forces crime",
		"042: <said accuse|denounce|denounces|denounced to arms shipment rev 043",
		"123: accuse|denounce|denounces|denounced $",
		"124: <% accuse|denounce|denounces|denounced",
		"127: accuse|denounce|denounces|denounced %",
		"---: accuse|denounce|denounces|denounced a|b",
		"---: accuse|denounce|denounces|denounced of rev 125",
		"126: accuse|denounce|denounces|denounced ship",
		"066: <+ accuse|denounce|denounces|denounced from $",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verbs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, k := range []string{dict.FeatSourceSlot, dict.FeatCompound, dict.FeatNullCode, dict.FeatReverseOnly, dict.FeatVariants, dict.FeatSkip} {
		if im.Unsupported[k] == 0 {
			t.Errorf("feature %q not counted", k)
		}
	}
}

const petrActors = `<!-- comment -->
ARNOR_  [ARN]
GOLLUM  # note
+SMEAGOL
	[HOB <950601]
	[HOBGOV 950601-990815]
	[HOBREB >990816]
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
	[HRVGOV >20120219]
BOROMIR [---]
BAD [US]
`

func TestParsePetrarchActors(t *testing.T) {
	im := &dict.Import{}
	err := dict.ParsePetrarchActors("a.txt", strings.NewReader(petrActors), im)
	var l dict.ErrorList
	if !errors.As(err, &l) || l[0].Line != 12 || !errors.Is(l[0], dict.ErrCode) {
		t.Fatalf("errors = %v, want a bad code on line 12", err)
	}
	if len(im.Actors) != 3 {
		t.Fatalf("actors = %+v", im.Actors)
	}
	g := im.Actors[1]
	if !reflect.DeepEqual(g.Names, []string{"Gollum", "Smeagol"}) || g.Entry != "a.txt:3" {
		t.Errorf("gollum = %+v", g)
	}
	for _, c := range []struct {
		date int32
		want string
	}{{19950531, "HOB"}, {19950601, "HOBGOV"}, {19990816, "HOBREB"}, {0, "HOBREB"}} {
		if got := g.CodeAt(c.date); got != c.want {
			t.Errorf("gollum at %d = %q, want %q", c.date, got, c.want)
		}
	}
	if j := im.Actors[2]; len(j.Names) != 2 || j.Names[1] != "President_Josipovic" || j.Name != "Ivo Josipovic" || !j.Loose || j.Codes[0].From != 20120219 {
		t.Errorf("josipovic = %+v", j)
	}
	if im.Unsupported[dict.FeatActorNull] != 1 {
		t.Errorf("null actor not counted: %v", im.Unsupported)
	}
}

// TestPatternJoins checks which pattern words must be adjacent: words
// joined by "_" (or cut from one written word) are, words separated by a
// blank are not, and a synset member carries its own joins.
func TestPatternJoins(t *testing.T) {
	const verbs = `&NEG
+DIDN'T
+REALLY_DID_NOT
+WON'T BE
+CA N'T
--- WAIT [050] ---
WAIT
- SAID_WOULD * NOW [101]
- IN_* [075]
- * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [161]
- * REALLY_PLEASANT [024]
- &NEG_EVER * [905]
`
	im := &dict.Import{}
	if err := dict.ParsePetrarchVerbs("v.txt", strings.NewReader(verbs), im); err != nil {
		t.Fatal(err)
	}
	// Each word is written with _ before it when it must follow the
	// previous one (or, for the verb *, the last word before it) directly.
	var got []string
	for _, v := range im.Verbs {
		if v.Reach != dict.ReachSentence {
			t.Errorf("%s: reach %d, want ReachSentence", v.Entry, v.Reach)
		}
		var s []string
		word := func(it dict.Item, w string) {
			if it.Adjacent {
				w = "_" + w
			}
			s = append(s, w)
		}
		for _, it := range v.Before {
			word(it, strings.Join(it.Alts, "|"))
		}
		word(v.Items[0], "*")
		for _, it := range v.Items[1:] {
			word(it, strings.Join(it.Alts, "|"))
		}
		got = append(got, v.Code+": "+strings.Join(s, " "))
	}
	want := []string{
		"050: *",
		"101: said _would * now",
		"075: in _*",
		"161: * demand _geneva|international _conventions",
		"024: * really _pleasant",
		"905: did _n't _ever *",
		"905: really _did _not _ever *",
		"905: will _n't be _ever *",
		"905: can _n't _ever *", // written as Treebank cuts it, read as the text's "can't"
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("patterns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParsePetrarchAgentsDiscards(t *testing.T) {
	im := &dict.Import{}
	agents := "!PERSON! = MAN, WOMAN\nFOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOVFRM]\nCONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_GROUP [NGO~]\nBROKEN [GOV]\n"
	err := dict.ParsePetrarchAgents("g.txt", strings.NewReader(agents), im)
	if err == nil || !strings.Contains(err.Error(), "g.txt:5:") {
		t.Errorf("err = %v, want g.txt:5", err)
	}
	if len(im.Agents) != 3 || im.Agents[0].Code != "GOVFRM" || im.Agents[0].Prefix || !reflect.DeepEqual(im.Agents[1].Names, []string{"congressman", "congresswoman"}) || im.Agents[2].Code != "NGO" || !im.Agents[2].Prefix {
		t.Errorf("agents = %+v", im.Agents)
	}
	if err := dict.ParsePetrarchDiscards("d.txt", strings.NewReader("# c\nYEARS LATER\n+Manchester_United # x\n"), im); err != nil {
		t.Fatal(err)
	}
	want := []dict.Discard{{Phrase: "years later", Entry: "d.txt:2"}, {Phrase: "manchester united", Story: true, Entry: "d.txt:3"}}
	if !reflect.DeepEqual(im.Discards, want) {
		t.Errorf("discards = %+v", im.Discards)
	}
}

func TestLoadPhoenix(t *testing.T) {
	dir := sharedDir(t, "dictionaries", "phoenix")
	files, err := dict.PhoenixFiles(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	im, err := dict.ReadPetrarch(os.DirFS(dir), files)
	var l dict.ErrorList
	if err != nil && !errors.As(err, &l) {
		t.Fatal(err)
	}
	// The Phoenix files hold a few dozen genuinely malformed lines (bad
	// dates, unknown synsets); many more would mean a reader bug.
	if len(l) > 60 {
		t.Errorf("%d malformed lines, first %v", len(l), l[0])
	}
	if len(im.Actors) < 25000 || len(im.Agents) < 1500 || len(im.Verbs) < 4000 || len(im.Discards) < 400 || im.Issues < 3000 {
		t.Errorf("too few entries: actors %d agents %d verbs %d discards %d issues %d", len(im.Actors), len(im.Agents), len(im.Verbs), len(im.Discards), im.Issues)
	}
	d := im.Dict()
	if len(d.VerbsFor("accuse")) == 0 || len(d.VerbsFor("restore")) == 0 {
		t.Error("no patterns for accuse or restore")
	}
	t.Logf("errors %d actors %d agents %d verbs %d discards %d issues %d", len(l), len(im.Actors), len(im.Agents), len(im.Verbs), len(im.Discards), im.Issues)
	for _, k := range im.UnsupportedKeys() {
		t.Logf("%6d %s", im.Unsupported[k], k)
	}
}

func BenchmarkLoadPhoenix(b *testing.B) {
	dir := sharedDir(b, "dictionaries", "phoenix")
	fsys := os.DirFS(dir)
	files, err := dict.PhoenixFiles(fsys, ".")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if d, err := dict.LoadPetrarch(fsys, files); d == nil {
			b.Fatal(err)
		}
	}
}

// FuzzPetrarch feeds arbitrary text to every PETRARCH reader: none may
// panic, and every entry kept must be well formed.
func FuzzPetrarch(f *testing.F) {
	f.Add(petrVerbs)
	f.Add(petrActors)
	f.Add("!P! = A, B\nX!P! {Y} [~GOV]\n+DISCARD\n<ISSUE>\nn:a [B]\n</ISSUE>\n")
	f.Fuzz(func(t *testing.T, s string) {
		im := &dict.Import{}
		dict.ParsePetrarchVerbs("f", strings.NewReader(s), im)
		dict.ParsePetrarchActors("f", strings.NewReader(s), im)
		dict.ParsePetrarchAgents("f", strings.NewReader(s), im)
		dict.ParsePetrarchDiscards("f", strings.NewReader(s), im)
		dict.ParsePetrarchIssues("f", strings.NewReader(s), im)
		checkImport(t, im)
		im.Dict()
	})
}

func checkImport(t *testing.T, im *dict.Import) {
	t.Helper()
	for _, v := range im.Verbs {
		if len(v.Items) == 0 || len(v.Items[0].Alts) == 0 || v.Code == "" || v.Entry == "" {
			t.Fatalf("malformed verb %+v", v)
		}
		for _, it := range append(v.Before, v.Items...) {
			if !it.Target && !it.Compound && !it.Source && len(it.Alts) == 0 {
				t.Fatalf("empty item in %+v", v)
			}
		}
	}
	for _, a := range im.Actors {
		if len(a.Names) == 0 || a.Name != strings.ReplaceAll(a.Names[0], "_", " ") || len(a.Codes) == 0 {
			t.Fatalf("malformed actor %+v", a)
		}
		for _, c := range a.Codes {
			if c.Code == "" || c.From != 0 && c.To != 0 && c.From > c.To {
				t.Fatalf("malformed code %+v in %+v", c, a)
			}
		}
	}
	for _, a := range im.Agents {
		if len(a.Names) == 0 || a.Code == "" {
			t.Fatalf("malformed agent %+v", a)
		}
	}
	for _, d := range im.Discards {
		if d.Phrase == "" {
			t.Fatalf("empty discard %+v", d)
		}
	}
}

// verbString prints a verb as "CODE: <before... head after..." for tests.
func verbString(v dict.Verb) string {
	s := v.Code + ":"
	for _, it := range v.Before {
		s += " <" + strings.Join(it.Alts, "|")
	}
	for _, it := range v.Items {
		if it.Target {
			s += " +"
			continue
		}
		s += " " + strings.Join(it.Alts, "|")
	}
	if v.Reverse != "" {
		s += " rev " + v.Reverse
	}
	return s
}

func TestPetrarchPhrases(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"contraction is two words", "--- CLASH [190] ---\nCLASH\n- &NEG * OVER [904]\n&NEG\n+DIDN'T\n+NEVER\n",
			[]string{"190: clash", "904: <never clash over", "904: <did <n't clash over"}},
		{"nested synset phrase", "&T\n+MILITARY\n+ECONOMIC\n&P\n+&T_MEMOS\n+MEMOS_ON_&T\n--- WELCOME [041] ---\nWELCOME\n- * &P FROM [911]\n",
			[]string{"041: welcome", "911: welcome military memos from", "911: welcome economic memos from",
				"911: welcome memos on military from", "911: welcome memos on economic from"}},
		{"alternatives with a phrase", "--- ASK [090] ---\nASK\n- * FOR {SANCTIONS | TOTAL_BOYCOTT} [172]\n",
			[]string{"090: ask", "172: ask for sanctions", "172: ask for total boycott"}},
		{"stem", "--- ALLOW [080] ---\nALLOW\n- * REAL~_PLEASANT [024]\n",
			[]string{"080: allow", "024: allow real|reale|reals|reales|realed|reald|realing|really|realy|realer|realest|realment|realion pleasant"}},
		{"lettered code", "--- BARGAIN [031] ---\nBARGAIN\n- * ASYLUM [174K]\n", []string{"031: bargain", "174K: bargain asylum"}},
		{"null and reverse-only", "--- FIRE [190] ---\nFIRE\n- * COACH [---]\n- * BY [:173]\n",
			[]string{"190: fire", "---: fire coach", "---: fire by rev 173"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im := &dict.Import{}
			if err := dict.ParsePetrarchVerbs("v.txt", strings.NewReader(tc.src), im); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range im.Verbs {
				got = append(got, verbString(v))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("verbs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestPetrarchPhraseLimit(t *testing.T) {
	var b strings.Builder
	for _, s := range []string{"A", "B", "C"} {
		b.WriteString("&" + s + "\n")
		for i := 0; i < 5; i++ {
			b.WriteString("+" + s + "X_" + s + string(rune('A'+i)) + "\n")
		}
	}
	b.WriteString("--- GO [010] ---\nGO\n- * &A &B &C [011]\n")
	im := &dict.Import{}
	if err := dict.ParsePetrarchVerbs("v.txt", strings.NewReader(b.String()), im); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, v := range im.Verbs {
		if v.Code == "011" {
			n++
		}
	}
	if n != 64 || im.Unsupported[dict.FeatMultiAlt] != 1 {
		t.Errorf("%d variants (want 64, the limit of 125), cut counted %d times", n, im.Unsupported[dict.FeatMultiAlt])
	}
}

func TestPetrarchDatedCodes(t *testing.T) {
	src := "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\nITHILEN_TV [ITHTV]\n"
	im := &dict.Import{}
	if err := dict.ParsePetrarchActors("a.txt", strings.NewReader(src), im); err != nil {
		t.Fatal(err)
	}
	sam := im.Actors[0]
	for _, c := range []struct {
		date int32
		want string
	}{{19950104, "HOBCIV"}, {20100110, "ORCHOB"}, {20110101, "HOBMIL"}, {20130101, "HOB"}} {
		if got := sam.CodeAt(c.date); got != c.want {
			t.Errorf("at %d: %q, want %q (the undated code applies only when no dated one does)", c.date, got, c.want)
		}
	}
	if len(im.Actors) != 2 || im.Actors[1].CodeAt(0) != "ITHTV" {
		t.Errorf("a local code is kept: %+v", im.Actors)
	}
}

// TestPetrarchExactAgents checks that an agent listing its forms in braces
// ("POLICE {}") matches only those, while one without braces takes its
// words' other forms through their lemmas.
func TestPetrarchExactAgents(t *testing.T) {
	im := &dict.Import{NoCountry: "---"}
	agents := "POLICE {} [~COP]\nMEDIA {} [~MED]\nSOLDIER [~MIL]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
	if err := dict.ParsePetrarchAgents("g.txt", strings.NewReader(agents), im); err != nil {
		t.Fatal(err)
	}
	d := im.Dict()
	tests := []struct {
		text, lemma string // lemma of the first token
		want        string // agent code, "" for none
	}{
		{"police fired", "police", "COP"},
		{"polices fired", "police", ""},
		{"media reported", "medium", "MED"},
		{"soldiers fired", "soldier", "MIL"},
		{"chambers of commerce said", "chamber", "BUS"},
		{"chamber of commerce said", "chamber", "BUS"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, nil)
		toks[0].Lemma = tt.lemma
		_, g := d.MatchAgent(toks, 0)
		got := ""
		if g != nil {
			got = g.Code
		}
		if got != tt.want {
			t.Errorf("MatchAgent(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPetrarchSeveralCodes checks that a name standing for several actors
// ("[ELR/GAL]") keeps its codes, and that the next name stays an entry of
// its own rather than a synonym of a name whose code failed to parse.
func TestPetrarchSeveralCodes(t *testing.T) {
	src := "LORIEN  [ELR/GAL]\nLUXEMBOURG  [LUX]\nBAD [ELR/G1]\n"
	im := &dict.Import{}
	err := dict.ParsePetrarchActors("a.txt", strings.NewReader(src), im)
	if err == nil {
		t.Error("a part that is no code (G1) should be an error")
	}
	if len(im.Actors) < 2 {
		t.Fatalf("want LORIEN and LUXEMBOURG, have %+v", im.Actors)
	}
	if got := im.Actors[0].CodeAt(0); got != "ELR"+dict.CodeSep+"GAL" {
		t.Errorf("LORIEN: %q, want ELR/GAL", got)
	}
	if im.Actors[1].Name != "Luxembourg" || im.Actors[1].CodeAt(0) != "LUX" {
		t.Errorf("LUXEMBOURG: %+v", im.Actors[1])
	}
}
