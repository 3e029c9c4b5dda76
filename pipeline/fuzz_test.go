package pipeline_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// FuzzCode codes whole articles: every stage runs on what the fuzzer
// makes of a title and a text, so a panic anywhere in the pipeline shows
// as an EINTERNAL error, which fails. Offsets must lie inside the text.
func FuzzCode(f *testing.F) {
	for _, s := range [][2]string{
		{"Iraq talks", "BAGHDAD, March 3 - Iraq said on Tuesday it would meet Iran's envoys in Geneva next week, officials said.\n\n\"We will talk,\" Foreign Minister Tariq Aziz told reporters."},
		{"", "U.S. - Japan talks - resumed. The Taliban met EU envoys in Kabul on 12 October 2021."},
		// A paragraph opening with a comma and a dash made the digest
		// test index an empty head (actor/actor.go datelineOpening).
		{"", " Iraq said ,, Iraq said ..500 Iraq said .\n\n,3001987- Iraq said 8.91992.\n\n,, Iraq said - Iraq said ,1984.. Iraq said '."},
		{"", "\"\"\"\" said said said in of the January 1,2,3,4 ---- ...."},
		// A text opening with ")" or with ";" before a name made the
		// place rules index the token before the first (where/default.go).
		{"", ")0A"},
		{"", ";A"},
		{"SAID", "PRESIDENT REAGAN SAID IN"},
		{"", "Mr. Smith said.The minister said.\"Yes\"said he.in"},
	} {
		f.Add(s[0], s[1])
	}
	p := mustPipeline(f)
	f.Fuzz(func(t *testing.T, title, text string) {
		if !utf8.ValidString(title) || !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		a := annals.Article{ID: "fuzz", Title: title, Date: "2021-10-12", Text: text}
		r, err := p.Code(context.Background(), a)
		if annals.ErrorCode(err) == annals.EINTERNAL {
			t.Fatalf("%v at %s", err, panicSite(p, a))
		}
		if err != nil {
			return
		}
		if msg := outside(r, a); msg != "" {
			t.Fatal(msg)
		}
	})
}
