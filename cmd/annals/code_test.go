package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// run runs the real command line in-process and returns its streams and
// exit status.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Main(context.Background(), args, &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), status
}

// TestCodeBatch codes a batch with bad articles in it: every article gets
// one line in input order, the bad ones an error record naming them, the
// good ones are coded, and the exit status says something failed.
func TestCodeBatch(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Talks In Doha\n\nThe Taliban met with EU and US envoys in Doha on Tuesday.\n"), 0o644)
	bin := filepath.Join(dir, "binary.txt")
	os.WriteFile(bin, []byte("MZ\x90\x00\xff\xfe binary"), 0o644)
	jl := filepath.Join(dir, "batch.jsonl")
	os.WriteFile(jl, []byte(`{"id":"j1","date":"2021-10-13","text":"Police arrested two men in Kabul."}
{"id":"j2","text":""}
{broken
{"id":"j3","date":"2021-10-13","text":"Iran condemned the United States."}
`), 0o644)
	stdout, stderr, status := run(t, "", "code", "--date", "2021-10-13", "--workers", "2", good, bin, jl, filepath.Join(dir, "absent.txt"))
	if status != exitFailed {
		t.Errorf("exit status %d, want %d", status, exitFailed)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	wantIDs := []string{"good", "binary", "j1", "j2", "batch.jsonl:3", "j3", "absent.txt"}
	wantErr := []bool{false, true, false, true, true, false, true}
	if len(lines) != len(wantIDs) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(wantIDs), stdout)
	}
	for i, l := range lines {
		var rec struct {
			ID     string            `json:"id"`
			Error  string            `json:"error"`
			Events []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if !strings.HasSuffix(rec.ID, wantIDs[i]) {
			t.Errorf("line %d id %q, want %q (input order)", i+1, rec.ID, wantIDs[i])
		}
		if (rec.Error != "") != wantErr[i] {
			t.Errorf("line %d (%s) error %q, want error: %v", i+1, rec.ID, rec.Error, wantErr[i])
		}
	}
	for _, name := range []string{"binary", "j2", "batch.jsonl:3", "absent.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	if !strings.Contains(stdout, `"code":"043"`) || !strings.Contains(stdout, `"code":"111"`) {
		t.Errorf("the good articles were not coded:\n%s", stdout)
	}
}

func TestUsage(t *testing.T) {
	if _, _, st := run(t, ""); st != exitUsage {
		t.Errorf("no command: status %d, want %d", st, exitUsage)
	}
	if _, stderr, st := run(t, "", "frobnicate"); st != exitUsage || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: status %d, %q", st, stderr)
	}
	for _, c := range commands() {
		out, _, st := run(t, "", "help", c.Name)
		if st != exitOK || !strings.Contains(out, "Examples:") {
			t.Errorf("help %s: status %d, no examples:\n%s", c.Name, st, out)
		}
	}
}

// TestCodeWithPhoenix codes with the user's own PETRARCH dictionaries.
func TestCodeWithPhoenix(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "dictionaries", "phoenix")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("Phoenix dictionaries absent (%s): %v", dir, err)
	}
	stdout, stderr, status := run(t, `{"id":"p1","date":"2015-06-01","text":"Russian forces attacked Ukrainian troops near Donetsk on Monday."}`+"\n", "code", "--petrarch", dir, "-")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	if !strings.Contains(stdout, `"code":"RUS`) || !strings.Contains(stdout, `"root":"19"`) && !strings.Contains(stdout, `"root":"18"`) {
		t.Errorf("no Russian attack coded with the Phoenix dictionaries:\n%s", stdout)
	}
	if _, _, st := run(t, "", "code", "--petrarch", dir, "--tabari", "x.project", "-"); st != exitUsage {
		t.Errorf("both dictionary flags: status %d, want %d", st, exitUsage)
	}
}

// TestPhoenixNews codes sentences written like real news with the real
// Phoenix dictionaries. The validation suites are toy worlds; behaviours
// learnt there (forms with their own entries, patterns that reach across
// the sentence) must not misfire on big dictionaries: "attacked" once lost
// ATTACK to Phoenix's ATTACKED_AND_STABBED, and WELCOME's "* (TO)" took
// any infinitive for its preposition.
func TestPhoenixNews(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "dictionaries", "phoenix")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("Phoenix dictionaries absent (%s): %v", dir, err)
	}
	// src and tgt are prefixes of the first event's actor codes (empty:
	// not checked), root its event root.
	tests := []struct {
		text, src, tgt, root string
	}{
		{"Russian forces attacked Ukrainian troops near Donetsk on Monday.", "RUS", "UKRMIL", "19"},
		{"Israeli warplanes bombed Hamas positions in Gaza overnight.", "ISR", "PSE", "19"},
		{"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.", "CHNGOV", "RUSGOV", "04"},
		{"Iran condemned the United States for its new sanctions.", "IRN", "USA", "11"},
		{"The European Union imposed sanctions on Russia over the annexation of Crimea.", "IGOEUREEC", "RUS", "16"},
		{"Japan will provide aid to the Philippines.", "JPN", "PHL", "07"},
		{"Egyptian police arrested dozens of protesters in Cairo on Friday.", "EGYCOP", "EGYOPP", "17"},
		{"German Chancellor Angela Merkel criticized Turkey over its treatment of journalists.", "DEUGOV", "TUR", "11"},
		{"The United States accused North Korea of violating the ceasefire.", "USA", "PRK", "11"},
		{"Pakistan expelled two Indian diplomats on Wednesday.", "PAK", "IND", "17"},
		{"Saudi Arabia praised Egypt for its efforts to end the crisis.", "SAU", "EGY", "05"},
		{"Turkish troops shelled Kurdish militants in northern Iraq.", "TURMIL", "", "19"},
	}
	var in strings.Builder
	for i, tc := range tests {
		rec, _ := json.Marshal(map[string]string{"id": "n" + strconv.Itoa(i), "date": "2015-06-01", "text": tc.text})
		in.Write(rec)
		in.WriteByte('\n')
	}
	stdout, stderr, status := run(t, in.String(), "code", "--petrarch", dir, "-")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(tests) {
		t.Fatalf("%d output lines, want %d", len(lines), len(tests))
	}
	type ref struct {
		Code string `json:"code"`
	}
	for i, tc := range tests {
		var rec struct {
			Events []struct {
				Source, Target *ref
				Code, Root     string
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if len(rec.Events) == 0 {
			t.Errorf("%q: no event, want %s/%s/%s*", tc.text, tc.src, tc.tgt, tc.root)
			continue
		}
		e := rec.Events[0]
		var src, tgt string
		if e.Source != nil {
			src = e.Source.Code
		}
		if e.Target != nil {
			tgt = e.Target.Code
		}
		if !strings.HasPrefix(src, tc.src) || !strings.HasPrefix(tgt, tc.tgt) || e.Root != tc.root {
			t.Errorf("%q: first event %s/%s/%s, want %s*/%s*/%s*", tc.text, src, tgt, e.Code, tc.src, tc.tgt, tc.root)
		}
	}
}
