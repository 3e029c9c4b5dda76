package quote

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNameBreaks checks that the one set nameStart asks holds exactly the
// words of the five it stands for, over all their words and some that
// none holds, in the case they are written and in lower case.
func TestNameBreaks(t *testing.T) {
	sets := []map[string]bool{titles.words, determiners.words, pronouns.words, functionCaps.words, notNames.words}
	words := []string{"Smith", "Reuters", "Minister", "minister", "", "Said", "X"}
	for _, m := range sets {
		words = slices.AppendSeq(words, maps.Keys(m))
	}
	for _, w := range slices.Clone(words) {
		words = append(words, strings.ToLower(w), strings.ToUpper(w))
	}
	for _, w := range words {
		want := titles.words[w] || determiners.words[w] || pronouns.words[w] || functionCaps.words[w] || notNames.words[w]
		if got := nameBreaks.has(w); got != want {
			t.Errorf("nameBreaks[%q] = %v, want %v", w, got, want)
		}
	}
}

// TestAsciiAlnum checks wordEnd's byte table against isAlnum for every byte.
func TestAsciiAlnum(t *testing.T) {
	for c := range 256 {
		want := c < 0x80 && isAlnum(rune(c))
		if asciiAlnum[c] != want {
			t.Errorf("asciiAlnum[%#x] = %v, want %v", c, asciiAlnum[c], want)
		}
	}
}

// TestIsSpace checks isSpace's ASCII range test against the characters it
// stands for, and its call past ASCII against unicode.IsSpace, over the
// runes up to the end of the General Punctuation block and a few beyond.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= 0x3001; r++ {
		want := r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
		if r >= utf8.RuneSelf {
			want = unicode.IsSpace(r) || r == '\u200b'
		}
		if got := isSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestHyphenParticle checks the length guard of hyphenParticle, which
// holds only while every particle has two or three letters, and the words
// it must and must not take.
func TestHyphenParticle(t *testing.T) {
	for p := range hyphenParticles.words {
		if len(p) < 2 || len(p) > 3 {
			t.Errorf("particle %q: hyphenParticle assumes two or three letters", p)
		}
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"el-Sisi", true}, {"al-Quaety", true}, {"bin-Laden", true}, {"abu-Bakr", true},
		{"el-sisi", false}, {"el-", false}, {"el-S", true}, {"bin-", false}, {"x-Ray", false},
		{"pro-Western", false}, {"al", false}, {"", false}, {"a-B", false}, {"ab-C-d", false},
	}
	for _, tt := range tests {
		if got := hyphenParticle(tt.w); got != tt.want {
			t.Errorf("hyphenParticle(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
