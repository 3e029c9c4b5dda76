package entity_test

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzAnnotate runs the real stages and the resolver on arbitrary text and
// checks that nothing panics and every offset the resolver writes is valid.
func FuzzAnnotate(f *testing.F) {
	f.Add("EU spokesperson Nabila Massrali said so. “It is over,” she stated.")
	f.Add("Ahmad Zia Saraj, the Taliban's intelligence chief, said the border was closed. He left.")
	f.Add("The spokeswoman said, “No.” Mr Smith, 54, agreed.\n\nBerg said he would go.")
	f.Add("")
	st := mustStages(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := newDoc("", text, "2021-10-13")
		for _, s := range st.before {
			if err := s.Annotate(context.Background(), doc); err != nil {
				return // text the earlier stages refuse (empty articles)
			}
		}
		if err := st.res.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for i, e := range doc.Entities {
			if e.Name == "" || e.Mentions == nil {
				t.Errorf("entity %d: %+v", i, e)
			}
			for _, m := range e.Mentions {
				if m[0] < 0 || m[0] >= m[1] || m[1] > len(doc.Text) {
					t.Fatalf("entity %q: mention %v out of range (len %d)", e.Name, m, len(doc.Text))
				}
			}
		}
		for _, m := range doc.Mentions {
			if m.Entity >= len(doc.Entities) || m.Tokens.Start < 0 || m.Tokens.End > len(doc.Tokens) {
				t.Fatalf("mention %+v out of range", m)
			}
		}
		for _, q := range doc.Quotes {
			if q.Speaker != nil && q.Speaker.Name != "" && q.Speaker.Code != "" {
				found := false
				for _, e := range doc.Entities {
					found = found || e.Name == q.Speaker.Name
				}
				if !found {
					t.Errorf("speaker %q has a code but no entity", q.Speaker.Name)
				}
			}
		}
	})
}
