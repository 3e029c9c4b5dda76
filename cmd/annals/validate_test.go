package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tinySuite writes a TABARI suite of two records to a temporary directory:
// one that annals codes as expected and one whose expectation is wrong.
// Sentences have at least eight words: TABARI's default minimum.
func tinySuite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"V.project": "<actorsfile> V.actors\n<verbsfile> V.verbs\n<agentsfile> V.agents\n<textfile> V.text\n",
		"V.actors":  "ARNOR_ [ARN]\nGONDOR_ [GON] ; a comment\n",
		"V.agents":  "POLICE_ [~COP]\n",
		"V.verbs":   "<SYNSETS>\n&AIDSYN\n+AID\n+HELP\n</SYNSETS>\nACCUSE_ [112]\nCONDEMN_ [122]\n- * &AIDSYN [999]\n",
		"V.text": "# comment line\n950101  DEMO-01\nArnor accused Gondor on Tuesday after a long meeting in the capital.\n/*\n{ ARN / GON / 112 } */\n\n" +
			"950101  DEMO-02\nArnor condemned Gondor on Tuesday after a long meeting in the capital.\n/*\n{ ARN / GON / 111 } */\n\n" +
			"950101  DEMO-03\nNothing here.\n/*\n{+++} */\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "V.project")
}

func TestValidateTinySuite(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	err := validateCmd.Run(context.Background(), env, []string{tinySuite(t)})
	ee, ok := err.(exitError)
	if !ok || ee.code != exitFailed {
		t.Fatalf("err = %v, want exit status %d; stderr:\n%s", err, exitFailed, errb.String())
	}
	s := out.String()
	for _, want := range []string{
		"pass DEMO-01", "{ARN / GON / 112}",
		"FAIL DEMO-02", "want: {ARN / GON / 111}  got: {ARN / GON / 122}", "[right actors, wrong event code]",
		"skip DEMO-03",
		"records: 1 passed, 1 failed, 1 skipped\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if !strings.HasSuffix(s, "records: 1 passed, 1 failed, 1 skipped\n") {
		t.Errorf("output does not end with the records line:\n%s", s)
	}
}

func TestValidateUsage(t *testing.T) {
	env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	for _, args := range [][]string{{}, {"a", "b"}} {
		if _, ok := validateCmd.Run(context.Background(), env, args).(usageError); !ok {
			t.Errorf("validate %q: want a usage error", args)
		}
	}
}

func TestValidateSharedSuites(t *testing.T) {
	if testing.Short() {
		t.Skip("codes every record of the shared suites")
	}
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "suites", "petrarch-unittest", "PETR.UnitTest.records.xml"),
		filepath.Join("..", "..", "..", "shared", "suites", "tabari-validate", "Validate.text"),
	} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared suites not present: %v", err)
		}
		var out bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &bytes.Buffer{}}
		validateCmd.Run(context.Background(), env, []string{"--failures", p})
		if !regexp.MustCompile(`records: \d+ passed, \d+ failed, \d+ skipped\n$`).MatchString(out.String()) {
			t.Errorf("%s: no final records line:\n%s", p, out.String())
		}
	}
}

func TestDictCheckFormat(t *testing.T) {
	dir := t.TempDir()
	verbs := filepath.Join(dir, "Test.verbs.txt")
	os.WriteFile(verbs, []byte("--- ACCUSE [112] ---\nACCUSE\n- * OF CRIME [1121]\n- * [bad]\n"), 0o644)
	var out, errb bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errb}
	err := dictCheckFormat(env, "petrarch", "", []string{verbs})
	if ee, ok := err.(exitError); !ok || ee.code != exitFailed {
		t.Fatalf("err = %v, want exit status 1", err)
	}
	if !strings.Contains(errb.String(), "Test.verbs.txt:4:") || !strings.Contains(out.String(), "verbs: 2 patterns") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	}
	if _, ok := dictCheckFormat(env, "keds", "", nil).(usageError); !ok {
		t.Error("unknown format: want a usage error")
	}
	if err := dictCheckFormat(env, "tabari", "", []string{tinySuite(t)}); err != nil {
		t.Errorf("tiny tabari suite: %v", err)
	}
}
