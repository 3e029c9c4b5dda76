package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const storeArticles = `{"id": "t1", "date": "2021-10-13", "source": "reuters", "title": "Turkey shells Syria", "text": "Turkish troops shelled Syrian army positions near Kobani on Tuesday. The Syrian government condemned Turkey. \"This is aggression,\" said Syrian Foreign Minister Faisal Mekdad."}
{"id": "t2", "date": "2021-10-14", "source": "afp", "text": "The Taliban met European Union envoys in Doha on Wednesday. Iran accused the United States of interfering."}
{"id": "bad", "text": ["not", "a", "string"]}
`

// runCmd runs one command in-process and returns its error and outputs.
func runCmd(t *testing.T, c *Command, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := c.Run(context.Background(), &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}, args)
	return out.String(), errb.String(), err
}

// ingested returns a database holding storeArticles.
func ingested(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(src, []byte(storeArticles), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "annals.db")
	_, stderr, err := runCmd(t, ingestCmd, "--db", db, src)
	if ee, ok := err.(exitError); !ok || ee.code != exitFailed {
		t.Fatalf("ingest = %v, want exit status 1 for the bad line; stderr:\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "news.jsonl:3") || !strings.Contains(stderr, "2 added") {
		t.Errorf("ingest stderr does not name the bad line or count 2 added:\n%s", stderr)
	}
	// A second run adds nothing.
	_, stderr, _ = runCmd(t, ingestCmd, "--db", db, src)
	if !strings.Contains(stderr, "0 added, 2 duplicates skipped") {
		t.Errorf("second ingest:\n%s", stderr)
	}
	return db
}

func TestIngestQueryExport(t *testing.T) {
	db := ingested(t)
	out, stderr, err := runCmd(t, queryCmd, "--db", db, "--source", "TUR", "--target", "SYR", "--from", "2021-10", "--to", "2021-10")
	if err != nil {
		t.Fatalf("query: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("query gave %d events, want the one shelling:\n%s", len(lines), out)
	}
	var ev struct {
		ArticleID string `json:"article_id"`
		Code      string `json:"code"`
		Source    struct{ Code string }
		Target    struct{ Code string }
		Evidence  struct{ Verb string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.ArticleID != "t1" || ev.Source.Code != "TURMIL" || !strings.HasPrefix(ev.Target.Code, "SYR") || ev.Code[:2] != "19" || ev.Evidence.Verb != "shelled" {
		t.Errorf("event = %+v", ev)
	}

	out, _, err = runCmd(t, queryCmd, "--db", db, "--format", "csv", "--text", "Doha")
	if err != nil {
		t.Fatal(err)
	}
	// t2's meeting in Doha is coded both ways (a reciprocal act), and
	// its article's accusation matches the text search too.
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 4 || !strings.HasPrefix(rows[0], "event_id,article_id,date") || !strings.Contains(rows[1], ",t2,") {
		t.Errorf("csv:\n%s", out)
	}

	out, _, err = runCmd(t, queryCmd, "--db", db, "--format", "table", "--root", "19")
	if err != nil || !strings.HasPrefix(out, "EVENT  DATE") || !strings.Contains(out, "TURMIL") {
		t.Errorf("table (%v):\n%s", err, out)
	}

	out, _, err = runCmd(t, exportCmd, "--db", db, "--format", "gdelt", "--header", "--country", "USA")
	if err != nil {
		t.Fatal(err)
	}
	rows = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(rows) != 2 {
		t.Fatalf("gdelt export of the one USA event:\n%s", out)
	}
	head, cols := strings.Split(rows[0], "\t"), strings.Split(rows[1], "\t")
	if len(head) != 61 || len(cols) != 61 {
		t.Fatalf("gdelt: %d header and %d row columns, want 61", len(head), len(cols))
	}
	get := func(name string) string {
		for i, h := range head {
			if h == name {
				return cols[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for name, want := range map[string]string{"SQLDATE": "20211014", "MonthYear": "202110", "Year": "2021",
		"Actor1CountryCode": "IRN", "Actor2CountryCode": "USA", "EventCode": "112", "EventBaseCode": "112",
		"EventRootCode": "11", "QuadClass": "3", "NumArticles": "1", "NumSources": "1", "AvgTone": ""} {
		if got := get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}

	if a1 := get("Actor1Code"); !strings.HasPrefix(a1, "IRN") || len(a1) > 3 && get("Actor1Type1Code") != a1[3:6] {
		t.Errorf("Actor1Code %q, Actor1Type1Code %q", a1, get("Actor1Type1Code"))
	}

	out, _, err = runCmd(t, exportCmd, "--db", db, "--format", "jsonl")
	if err != nil || strings.Count(out, "\n") != 5 {
		t.Errorf("jsonl export (%v): want 5 events:\n%s", err, out)
	}
}

func TestQueryErrors(t *testing.T) {
	db := ingested(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--db", db, "--from", "yesterday"}, "from date"},
		{[]string{"--db", db, "--quad", "9"}, "quad class"},
		{[]string{"--db", db, "--format", "xml"}, "unknown format"},
		{[]string{"--db", filepath.Join(t.TempDir(), "none.db")}, "no database"},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, queryCmd, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("query %q = %v, want an error about %s", tt.args, err, tt.want)
		}
	}
	if _, _, err := runCmd(t, ingestCmd, "--db", db); err == nil {
		t.Error("ingest with no sources succeeded")
	}
}
