package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// TestByteTables checks the word scanner's byte tables against the rune
// predicates they stand for, for every byte: wordByte is non-zero exactly
// for the ASCII word characters and holds their class, and a byte that
// asciiJoin leaves out is one at which none of the joins of
// [scanner.word] can hold; setting bit 0x20 of a word's byte lowers it
// as emitCapital does.
func TestByteTables(t *testing.T) {
	for c := range 256 {
		r := rune(c)
		ascii := c < utf8.RuneSelf
		if got, want := wordByte[c] != 0, ascii && isWordChar(r); got != want {
			t.Errorf("wordByte[%#x] set = %v, want %v", c, got, want)
		}
		if wordByte[c] != 0 && wordByte[c] != asciiClass[c] {
			t.Errorf("wordByte[%#x] = %b, want class %b", c, wordByte[c], asciiClass[c])
		}
		if !ascii {
			continue
		}
		joins := isJoinHyphen(r) || isApostrophe(r) || r == '.' || r == ',' || r == ':' || r == '&'
		if asciiJoin[c] != joins {
			t.Errorf("asciiJoin[%#x] = %v, want %v", c, asciiJoin[c], joins)
		}
		if got, want := asciiClass[c]&cLower != 0, c >= 'a' && c <= 'z'; got != want {
			t.Errorf("asciiClass[%#x] lower = %v, want %v", c, got, want)
		}
		// emitCapital lowers each byte of a word, a letter, digit or
		// joining mark, by setting its bit 0x20.
		want := byte(c)
		if c >= 'A' && c <= 'Z' {
			want += 'a' - 'A'
		}
		if got := byte(c) | 0x20; (wordByte[c] != 0 || asciiJoin[c]) && got != want {
			t.Errorf("lowered %#x = %#x, want %#x", c, got, want)
		}
	}
}

// TestCapitalNorms checks that a capitalised ASCII word's Norm is its text
// in lower case whatever ASCII byte it meets, so that no byte that lacks
// bit 0x20 reaches emitCapital's lowering inside a word.
func TestCapitalNorms(t *testing.T) {
	for c := range utf8.RuneSelf {
		for _, form := range []string{"AB%cCD", "A%cB", "Ab%cC", "U.S%cA", "1%cA", "A%c", "%cAB"} {
			s := fmt.Sprintf(form, c)
			for _, k := range Tokenize(s, nil) {
				w := s[k.Start:k.End]
				if k.Tag != annals.TagUnknown || strings.ToLower(w) == w {
					continue
				}
				if k.Norm != strings.ToLower(w) {
					t.Errorf("%q: Norm of %q = %q, want %q", s, w, k.Norm, strings.ToLower(w))
				}
			}
		}
	}
}

// TestTokensBefore checks the binary search for a paragraph's end
// against a walk over the tokens, for every offset and start index.
func TestTokensBefore(t *testing.T) {
	s := "Oil rose.  Talks in Doha, the U.S. said, ended.\n\nA new paragraph… with “quotes”."
	toks := Tokenize(s, nil)
	for lo := 0; lo <= len(toks); lo++ {
		for off := -1; off <= len(s)+1; off++ {
			want := lo
			for want < len(toks) && int(toks[want].Start) < off {
				want++
			}
			if got := tokensBefore(toks, lo, off); got != want {
				t.Errorf("tokensBefore(lo %d, off %d) = %d, want %d", lo, off, got, want)
			}
		}
	}
}

// TestWordBeforeMark checks run's shortcut for a word of ASCII letters and
// digits followed by a mark (a full stop above all) against wordFrom, which
// run called for every such word before: the word's token, its Norm and
// flags, and whether it was recorded as one that may end a sentence agree.
func TestWordBeforeMark(t *testing.T) {
	words := []string{"said", "Said", "SAID", "U", "u", "Mr", "mr", "No", "no", "Inc", "inc",
		"vs", "etc", "Jan", "Sept", "Corp", "Co", "co", "St", "Dr", "Jr", "1987", "3M", "A1", "Ab", "ABCDEF", "abcdef"}
	tails := []string{"", ".", ". ", ".\n", "..", "...", ". 10", ".)", ".\"", ".-", ".-led", ".a", ".S.", ", ", ",000", ",", "-", "-year", "'s", ":", ":30", "&", "&T", ". The"}
	for _, w := range words {
		for _, tail := range tails {
			s := w + tail
			n, seen := asciiWordRun(s)
			var viaRun, viaWord arena
			a := scanner{s: s, ar: &viaRun}
			a.run()
			b := scanner{s: s, ar: &viaWord}
			b.wordFrom(0, 0, n, seen, true)
			ra, rb := viaRun.ends, viaWord.ends
			viaRun.flush(a.toks)
			viaWord.flush(b.toks)
			if len(b.toks) == 0 || len(a.toks) < len(b.toks) {
				t.Fatalf("%q: run gave %d tokens, wordFrom %d", s, len(a.toks), len(b.toks))
			}
			for k := range b.toks {
				if a.toks[k] != b.toks[k] {
					t.Errorf("%q: token %d = %+v by run, %+v by wordFrom", s, k, a.toks[k], b.toks[k])
				}
			}
			if got, want := mayEndBefore(ra, len(b.toks)), mayEndBefore(rb, len(b.toks)); got != want {
				t.Errorf("%q: %d of the word's tokens may end a sentence by run, %d by wordFrom", s, got, want)
			}
		}
	}
}

// mayEndBefore counts the indices in ends below n.
func mayEndBefore(ends []int32, n int) int {
	c := 0
	for _, e := range ends {
		if int(e) < n {
			c++
		}
	}
	return c
}
