package tag

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestPunctTables checks punctTag's byte table against the byte classes
// it stands for, and boundaryTags against the tags that end tagSentence's
// finite-verb stretch, tag by tag.
func TestPunctTables(t *testing.T) {
	for c := range 256 {
		want := c >= 0x80 || c == '\'' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if wordByte[c] != want {
			t.Errorf("wordByte[%#x] = %v, want %v", c, wordByte[c], want)
		}
	}
	for tg := annals.Tag(0); tg < 64; tg++ {
		want := tg == annals.COMMA || tg == annals.CC || tg == annals.WDT || tg == annals.WP ||
			tg == annals.QUOTE || tg == annals.PUNCT || tg == annals.WRB
		if boundaryTags.has(tg) != want {
			t.Errorf("boundaryTags.has(%v) = %v, want %v", tg, boundaryTags.has(tg), want)
		}
	}
}

// TestPlainWordAgreesWithPunctTag checks the tagger's shortcut past
// punctTag: every token that plainWord calls a word is one for which
// punctTag reports no punctuation tag, for every tag and for forms that
// begin with every byte.
func TestPlainWordAgreesWithPunctTag(t *testing.T) {
	var forms []string
	for c := range 256 {
		forms = append(forms, string([]byte{byte(c)}), string([]byte{byte(c)})+"s", string([]byte{byte(c)})+".")
	}
	forms = append(forms, "", "the", "U.S.", "'s", "...", "--", "1,000", "é")
	for tg := annals.Tag(0); tg < 64; tg++ {
		for _, f := range forms {
			tk := annals.Token{Norm: f, Tag: tg}
			if !plainWord(&tk) {
				continue
			}
			if p, ok := punctTag(&tk); ok {
				t.Errorf("plainWord(%q, %v) is true but punctTag gives %v", f, tg, p)
			}
		}
	}
}
