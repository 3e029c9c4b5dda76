package tag_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// FuzzAnnotate feeds arbitrary text through the segmenter and the tagger
// and checks that nothing panics and every range stays valid.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"The Taliban met with EU and US envoys on Tuesday.",
		"Qatar, which has long maintained a Taliban office, enabled the discussions.",
		"\"We won't go,\" he said, adding that the talks, which began Monday, had failed.",
		"and , , which that said . but if",
		"U.S.-led forces' 12-year war -- ended (maybe) $5 bln, officials said, and ...",
		"SAID SAID THAT WHICH AND",
		"The rebels, officials said, attacked the base, the bank and the school.",
		"X, officials said",
		"The man is about to, set to",
	} {
		f.Add(s)
	}
	tg := MustTagger(f)
	seg := text.New()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := &annals.Doc{Article: annals.Article{Text: s}}
		if err := seg.Annotate(context.Background(), doc); err != nil {
			return
		}
		if err := tg.Annotate(context.Background(), doc); err != nil {
			t.Fatalf("Annotate(%q): %v", s, err)
		}
		checkDoc(t, doc)
	})
}
