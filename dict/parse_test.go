package dict_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/annals-project/annals/dict"
)

func TestParseActors(t *testing.T) {
	src := `# comment
Afghanistan | Afghan | Afghans => AFG ; type: COUNTRY
Taliban | Taleban => AFGREB ..2021-08-14 ; AFGGOV 2021-08-15.. ; type: GROUP   # date-restricted
Josep Borrell | Borrell => IGOEUREEC 2019-12-01..2024-11-30 ; ESPGOV 2018-06-07..2019-11-29 ; type: PERSON ; role: foreign policy chief ; aff: European Union
no arrow here
Bad Code => afg
Bad Date => AFG 2021-13-01..
Backwards => AFG 2021..2020
Unknown Key => AFG ; colour: red
`
	got, err := dict.ParseActors("a.txt", strings.NewReader(src))
	var list dict.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	wantErrs := []struct {
		line int
		err  error
	}{{5, dict.ErrSyntax}, {6, dict.ErrCode}, {7, dict.ErrDate}, {8, dict.ErrDate}, {9, dict.ErrKey}}
	if len(list) != len(wantErrs) {
		t.Fatalf("got %d errors, want %d: %v", len(list), len(wantErrs), list)
	}
	for i, w := range wantErrs {
		if list[i].Line != w.line || !errors.Is(list[i], w.err) || list[i].File != "a.txt" {
			t.Errorf("error %d = %v, want line %d %v", i, list[i], w.line, w.err)
		}
	}
	if !strings.HasPrefix(list[0].Error(), "a.txt:5:1: ") {
		t.Errorf("error prints as %q, want file:line:col: prefix", list[0].Error())
	}
	// "Unknown Key" keeps its code: a bad attribute does not lose the entry.
	if len(got) != 4 {
		t.Fatalf("got %d actors, want 4: %+v", len(got), got)
	}
	tal := got[1]
	for _, tt := range []struct {
		date int32
		want string
	}{{20210814, "AFGREB"}, {20210815, "AFGGOV"}, {20000101, "AFGREB"}, {0, "AFGGOV"}} {
		if c := tal.CodeAt(tt.date); c != tt.want {
			t.Errorf("Taliban.CodeAt(%d) = %q, want %q", tt.date, c, tt.want)
		}
	}
	b := got[2]
	if b.Type != "PERSON" || b.Role != "foreign policy chief" || b.Aff != "European Union" || b.Entry != "a.txt:4" {
		t.Errorf("Borrell = %+v", b)
	}
	if c := b.CodeAt(20190101); c != "ESPGOV" {
		t.Errorf("Borrell in 2019 = %q, want ESPGOV", c)
	}
	if c := b.CodeAt(20250101); c != "" {
		t.Errorf("Borrell in 2025 = %q, want no code", c)
	}
}

func TestParseVerbs(t *testing.T) {
	valid := func(c string) bool { return c == "043" || c == "190" || c == "125" || c == "1121" }
	src := `043   meet with +
043   hold talk|meeting (peace) with +
190   carry out attack ; target: none
043   agree to meet + ; neg: 125
1121  accuse + of
999   explode +
043   + meet
043   meet ; colour: red
043
`
	got, err := dict.ParseVerbs("v.txt", strings.NewReader(src), valid)
	var list dict.ErrorList
	if !errors.As(err, &list) || len(list) != 4 {
		t.Fatalf("err = %v, want 4 errors", err)
	}
	for i, line := range []int{6, 7, 8, 9} {
		if list[i].Line != line {
			t.Errorf("error %d at line %d, want %d: %v", i, list[i].Line, line, list[i])
		}
	}
	if len(got) != 5 {
		t.Fatalf("got %d verbs, want 5", len(got))
	}
	h := got[1]
	if len(h.Items) != 5 || strings.Join(h.Items[1].Alts, ",") != "talk,meeting" || !h.Items[2].Optional || !h.Items[4].Target {
		t.Errorf("hold talk pattern parsed as %+v", h.Items)
	}
	if !got[2].TargetNone || got[3].Neg != "125" || got[4].Entry != "v.txt:5" {
		t.Errorf("keys not parsed: %+v %+v %+v", got[2], got[3], got[4])
	}
}

// TestAdjacentTarget checks "+!", a target slot that must open right after
// the word before it.
func TestAdjacentTarget(t *testing.T) {
	got, err := dict.ParseVerbs("v.txt", strings.NewReader("020 call for +! to\n020 call on + to\n020 urge +!!\n"), nil)
	var list dict.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].Line != 3 {
		t.Fatalf("err = %v, want one error at line 3", err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d verbs, want 2", len(got))
	}
	if it := got[0].Items[2]; !it.Target || !it.Adjacent || len(it.Alts) != 0 {
		t.Errorf("+! parsed as %+v", it)
	}
	if it := got[1].Items[2]; !it.Target || it.Adjacent {
		t.Errorf("+ parsed as %+v", it)
	}
}

func TestParseAgentsDiscards(t *testing.T) {
	ag, err := dict.ParseAgents("g.txt", strings.NewReader("police | police officer => COP\nforeign minister => GOV ; role: foreign minister\nbad => GOV MIL\n"))
	if err == nil || len(ag) != 2 || ag[1].RoleText != "foreign minister" || ag[0].Names[1] != "police officer" {
		t.Errorf("agents = %+v, err = %v", ag, err)
	}
	ds, err := dict.ParseDiscards("d.txt", strings.NewReader("box office ; scope: story\nscored a goal\nx ; scope: world\n"))
	if err == nil || len(ds) != 2 || !ds[0].Story || ds[1].Story {
		t.Errorf("discards = %+v, err = %v", ds, err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want int32
		bad  bool
	}{
		{"2021-08-15", false, 20210815, false},
		{"2021", false, 20210101, false},
		{"2021", true, 20211231, false},
		{"2021-02", true, 20210231, false},
		{"2021-13", false, 0, true},
		{"21-01-01", false, 0, true},
		{"abcd", false, 0, true},
	}
	for _, tt := range tests {
		got, err := dict.ParseDate(tt.in, tt.end)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseDate(%q, %v) = %d, %v", tt.in, tt.end, got, err)
		}
	}
}

// FuzzParseActors checks that any input parses without panicking and that
// every entry it returns is well-formed.
func FuzzParseActors(f *testing.F) {
	f.Add("Taliban | Taleban => AFGREB ..2021-08-14 ; AFGGOV 2021-08-15.. ; type: GROUP\n")
	f.Add("x => \n=> AFG\n|||=>AFG;;;\n")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := dict.ParseActors("f.txt", strings.NewReader(s))
		for _, a := range got {
			if a.Name == "" || len(a.Codes) == 0 || a.Name != a.Names[0] {
				t.Fatalf("malformed entry %+v from %q", a, s)
			}
		}
	})
}

// FuzzParseVerbs checks the verb parser the same way, and that a pattern's
// head is never the target slot.
func FuzzParseVerbs(f *testing.F) {
	f.Add("043 meet with + ; target: none\n")
	f.Add("190 (x) + | ||\n043 a|b|(c)\n")
	f.Add("020 call for +! to\n020 +! x\n020 urge +!! +!\n")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := dict.ParseVerbs("f.txt", strings.NewReader(s), nil)
		for _, v := range got {
			if len(v.Items) == 0 || v.Items[0].Target || len(v.Items[0].Alts) == 0 {
				t.Fatalf("malformed verb %+v from %q", v, s)
			}
		}
	})
}
