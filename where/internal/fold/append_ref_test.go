package fold

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendRune is Append as it was written before its ASCII table: a test
// of each rune in turn. The fuzz target holds the table to it.
func appendRune(dst []byte, s string) []byte {
	base := len(dst)
	word := len(dst)
	space := false
	endWord := func() {
		if w := dst[word:]; len(w) >= 2 && len(w) <= 3 {
			if long, ok := abbrev(w); ok {
				dst = append(dst[:word], long...)
			}
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		var b byte
		var str string
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b = byte(r)
		case r >= 'A' && r <= 'Z':
			b = byte(r) + 'a' - 'A'
		case r == '\'' || r == '.' || r == '`' || r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == 'ʾ' || r == 'ʿ' || r == '´':
			continue
		case r >= 0x300 && r <= 0x36F:
			continue
		case r < utf8.RuneSelf:
			if len(dst) > base {
				space = true
			}
			continue
		default:
			if l, ok := letters[r]; ok {
				b = l
			} else if sp, ok := special[r]; ok {
				str = sp
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				str = string(unicode.ToLower(r))
			} else {
				if len(dst) > base {
					space = true
				}
				continue
			}
		}
		if space {
			endWord()
			dst = append(dst, ' ')
			word = len(dst)
			space = false
		}
		if str != "" {
			dst = append(dst, str...)
		} else {
			dst = append(dst, b)
		}
	}
	endWord()
	return dst
}

// appendCases covers each branch of Append: ASCII letters of both cases
// and digits, dropped marks, separators leading, inner and trailing,
// abbreviations, accented and special letters, combining marks, other
// scripts and invalid UTF-8.
var appendCases = []string{
	"", "Reuters", "NEW YORK", "St. Louis", "Ste-Foy", "Mt. Fuji", "Ft Worth",
	"  lead and trail  ", "O'Hare", "Côte d’Ivoire", "Mazār-e Sharīf",
	"Łódź", "Straße", "Cafe\u0301", "Москва", "東京", "a\xffb", "\x00x\x7f",
	"U.S.", "Kitchener-Waterloo", "st", "Sainte ST", "1987", "x`y",
	// An opening ASCII word ended by each kind of byte after it.
	"Mt", "Ste.", "Québec", "Abc def", "Ab'c", "Sts-", "Ab\xff",
}

func TestAppendMatchesRunes(t *testing.T) {
	for _, s := range appendCases {
		for _, prefix := range []string{"", "keep "} {
			got := Append([]byte(prefix), s)
			want := appendRune([]byte(prefix), s)
			if !bytes.Equal(got, want) {
				t.Errorf("Append(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
}

func FuzzAppendMatchesRunes(f *testing.F) {
	for _, s := range appendCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Append(nil, s), appendRune(nil, s)
		if !bytes.Equal(got, want) {
			t.Fatalf("Append(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkAppend(b *testing.B) {
	buf := make([]byte, 0, 64)
	for b.Loop() {
		for _, s := range appendCases {
			buf = Append(buf[:0], s)
		}
	}
}
