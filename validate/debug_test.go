package validate_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/validate"
	"github.com/annals-project/annals/when"
)

// TestDebug prints every layer of annals' analysis of one validation
// record, to see why it fails:
//
//	RECORD=SYNSET-23g go test ./validate -run TestDebug -v
//
// TEXT=... codes that text instead, under the record's settings.
// RECORD may list several ids separated by commas. SUITE=petrarch or
// SUITE=tabari limits the search to one suite.
func TestDebug(t *testing.T) {
	ids := os.Getenv("RECORD")
	if ids == "" {
		t.Skip("set RECORD=ID (e.g. RECORD=DEMO-01) to print one record's analysis")
	}
	want := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		want[strings.TrimSpace(id)] = true
	}
	found := 0
	for _, tc := range []struct{ name, dir, file string }{
		{"petrarch", "petrarch-unittest", "PETR.UnitTest.records.xml"},
		{"tabari", "tabari-validate", "Validate.project"},
	} {
		if s := os.Getenv("SUITE"); s != "" && s != tc.name {
			continue
		}
		s, err := validate.Load(suitePath(t, tc.dir, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		for i := range s.Records {
			r := &s.Records[i]
			if !want[r.ID] {
				continue
			}
			p, err := s.NewPipelineWith(r.Settings)
			if err != nil {
				t.Fatal(err)
			}
			found++
			text := r.Text
			if tx := os.Getenv("TEXT"); tx != "" {
				text = tx // the record's settings and dictionaries on another sentence
			}
			doc := &annals.Doc{Article: annals.Article{ID: r.ID, Date: r.Date, Text: text}}
			if r.Date != "" {
				if doc.Pub, err = when.Parse(r.Date); err != nil {
					t.Fatal(err)
				}
			}
			if err := p.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			t.Logf("\n%s", dumpRecord(tc.name, r, doc))
		}
	}
	if found == 0 {
		t.Errorf("no record with id %s", ids)
	}
}

// dumpRecord formats a record, its expectations and the Doc annals built.
func dumpRecord(suite string, r *validate.Record, doc *annals.Doc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s (line %d, %s)\n%s\n", suite, r.ID, r.Line, r.Date, r.Text)
	switch {
	case r.Skip != "":
		fmt.Fprintf(&b, "skipped: %s\n", r.Skip)
	case r.Discard:
		b.WriteString("want: discarded\n")
	case r.NoEvents:
		b.WriteString("want: no events\n")
	default:
		fmt.Fprintf(&b, "want: %v\n", r.Expect)
	}
	if len(r.Options) > 0 {
		fmt.Fprintf(&b, "options: %v\n", r.Options)
	}
	if r.Settings != (dict.Settings{}) {
		fmt.Fprintf(&b, "settings: %+v\n", r.Settings)
	}
	b.WriteString("tokens:\n")
	for i, tk := range doc.Tokens {
		fmt.Fprintf(&b, "  %3d %-16s %-5s %s\n", i, doc.TokenText(doc.SentenceOf(i), i), tk.Tag, tk.Lemma)
	}
	b.WriteString("clauses:\n")
	kinds := [...]string{"main", "coord", "relative", "reported", "subord", "paren"}
	for i, c := range doc.Clauses {
		text, _, _ := doc.Span(c.Tokens)
		fmt.Fprintf(&b, "  %d %s [%d,%d) parent %d ante %d: %s\n", i, kinds[c.Kind], c.Tokens.Start, c.Tokens.End, c.Parent, c.Antecedent, text)
	}
	b.WriteString("verb groups:\n")
	for _, v := range doc.Verbs {
		text, _, _ := doc.Span(v.Tokens)
		fmt.Fprintf(&b, "  head %d %q tense %d neg %v modal %q passive %v clause %d\n", v.Head, text, v.Tense, v.Negated, v.Modal, v.Passive, v.Clause)
	}
	b.WriteString("mentions:\n")
	for _, m := range doc.Mentions {
		text, _, _ := doc.Span(m.Tokens)
		fmt.Fprintf(&b, "  kind %d [%d,%d) %q code %s name %q entry %s via %q\n", m.Kind, m.Tokens.Start, m.Tokens.End, text, m.Code, m.Name, m.Entry, m.Via)
	}
	b.WriteString("events:\n")
	for _, e := range doc.Events {
		src, tgt := "---", "---"
		if e.Source != nil {
			src = e.Source.Code + " (" + e.Source.Text + ")"
		}
		if e.Target != nil {
			tgt = e.Target.Code + " (" + e.Target.Text + ")"
		}
		fmt.Fprintf(&b, "  %s / %s / %s verb %q rule %s pattern %q notes %v\n", src, tgt, e.Code, e.Evidence.Verb, e.Evidence.Rule, e.Evidence.Pattern, e.Evidence.Notes)
	}
	if doc.Discarded != "" {
		fmt.Fprintf(&b, "discarded by %s\n", doc.Discarded)
	}
	return b.String()
}
