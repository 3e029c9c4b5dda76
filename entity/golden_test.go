package entity_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// format renders a Doc's entities, implied mentions and quote speakers.
func format(doc *annals.Doc) string {
	var b strings.Builder
	for i, e := range doc.Entities {
		fmt.Fprintf(&b, "entity %d %s %q role=%q aff=%q code=%s source=%s\n", i, e.Type, e.Name, e.Role, e.Affiliation, e.Code, e.Source)
		for _, m := range e.Mentions {
			fmt.Fprintf(&b, "  [%d,%d) %q\n", m[0], m[1], doc.Text[m[0]:m[1]])
		}
	}
	for _, m := range doc.Mentions {
		if m.Implied {
			tx, _, _ := doc.Span(m.Tokens)
			fmt.Fprintf(&b, "implied %q -> %q %s entity=%d entry=%s\n", tx, m.Name, m.Code, m.Entity, m.Entry)
		}
	}
	for _, q := range doc.Quotes {
		if q.Speaker == nil {
			continue
		}
		t := q.Text
		if len(t) > 24 {
			t = t[:24]
		}
		fmt.Fprintf(&b, "quote %q speaker %q -> %q %s via=%q entry=%q\n", t, q.Speaker.Text, q.Speaker.Name, q.Speaker.Code, q.Speaker.Via, q.Speaker.Entry)
	}
	return b.String()
}

func seedDoc(t *testing.T) *annals.Doc {
	title, body := readSeed(t)
	doc := newDoc(title, body, "2021-10-13")
	mustStages(t).run(t, doc)
	return doc
}

func TestSeedGolden(t *testing.T) {
	doc := seedDoc(t)
	got := format(doc)
	path := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got != string(want) {
		t.Errorf("seed entities differ from %s (run with -update after review):\n%s", path, got)
	}
}
