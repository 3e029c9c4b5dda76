package tag

import (
	"math/bits"
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

// TestTagsFitTagSet checks what bit's masked shift relies on: every tag
// annals names is below 64, where bit(t) is 1 << t, a set of that tag
// alone that has and only read back.
func TestTagsFitTagSet(t *testing.T) {
	named := 0
	for n := range 256 {
		tg := annals.Tag(n)
		if tg != annals.TagUnknown && annals.ParseTag(tg.String()) != tg {
			continue // no tag of that number
		}
		named++
		if n >= 64 {
			t.Fatalf("tag %v is %d, beyond a tagSet's 64 bits", tg, n)
		}
		if got := bit(tg); uint64(got) != uint64(1)<<n || !got.has(tg) || !got.only(tg) || got.first() != tg || !got.single() {
			t.Errorf("bit(%v) = %#x, want %#x", tg, uint64(got), uint64(1)<<n)
		}
	}
	if named < 30 {
		t.Errorf("%d tags named, want annals's 32", named)
	}
}

// TestSingleIsOneTag checks single against a population count over the
// empty set and every set of one, two or three tags.
func TestSingleIsOneTag(t *testing.T) {
	check := func(s tagSet) {
		if got, want := s.single(), bits.OnesCount64(uint64(s)) == 1; got != want {
			t.Errorf("single(%#x) = %v, want %v", uint64(s), got, want)
		}
	}
	check(0)
	for a := range 64 {
		for b := range 64 {
			for c := range 64 {
				check(tagSet(1)<<a | tagSet(1)<<b | tagSet(1)<<c)
			}
		}
	}
}

// TestClauseMarkers checks the bit scan tests before its switch against
// the switch's cases, tag by tag: a tag left out would skip its case.
func TestClauseMarkers(t *testing.T) {
	for tg := annals.Tag(0); tg < 64; tg++ {
		want := false
		switch tg {
		case annals.COMMA, annals.WDT, annals.WP, annals.IN, annals.WRB, annals.CC:
			want = true
		}
		if clauseMarkers.has(tg) != want {
			t.Errorf("clauseMarkers.has(%v) = %v, want %v", tg, !want, want)
		}
	}
}
