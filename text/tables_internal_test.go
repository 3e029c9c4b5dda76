package text

import (
	"testing"
	"unicode/utf8"
)

// TestByteTables checks the word scanner's byte tables against the rune
// predicates they stand for, for every byte: wordByte is non-zero exactly
// for the ASCII word characters and holds their class, and a byte that
// asciiJoin leaves out is one at which none of the joins of
// [scanner.word] can hold; adding a capital's cUpper bit, shifted, lowers
// it as emitCapital does.
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
		// emitCapital lowers a byte by adding its cUpper bit shifted to 'a'-'A'.
		want := byte(c)
		if c >= 'A' && c <= 'Z' {
			want += 'a' - 'A'
		}
		if got := byte(c) + (wordByte[c]&cUpper)<<3; got != want {
			t.Errorf("lowered %#x = %#x, want %#x", c, got, want)
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
