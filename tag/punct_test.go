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
