package text

import (
	"testing"
	"unicode/utf8"
)

// TestByteTables checks the word scanner's byte tables against the rune
// predicates they stand for, for every byte: wordByte is non-zero exactly
// for the ASCII word characters and holds their class, and a byte that
// asciiJoin leaves out is one at which none of the joins of
// [scanner.word] can hold.
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
	}
}
