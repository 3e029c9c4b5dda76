// Package fold turns a place name into the key the gazetteer indexes it
// under, so that spelling variants of case, accents, apostrophes, hyphens
// and the abbreviations St., Mt. and Ft. meet on one form.
package fold

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// special holds the letters that do not decompose into a base letter and a
// combining mark but have a conventional ASCII spelling.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th",
	'Þ': "th", 'ı': "i", 'ə': "e", 'Ə': "e", 'ħ': "h", 'Ħ': "h",
}

// abbrev expands the abbreviations common in place names, so "St. Louis"
// and "Saint Louis" share a key. A switch rather than a map: it is asked
// about every word of two or three letters that is folded, and a map
// lookup with its hashing cost half of folding in the profile of
// `annals code`.
func abbrev(w []byte) (string, bool) {
	switch string(w) {
	case "st":
		return "saint", true
	case "ste":
		return "sainte", true
	case "mt":
		return "mount", true
	case "ft":
		return "fort", true
	}
	return "", false
}

// Key returns the folded form of s.
func Key(s string) string { return string(Append(nil, s)) }

// Append appends the folded form of s to dst: ASCII lower case, diacritics
// removed, apostrophes and full stops dropped, every other run of
// non-letters made one space, abbreviations expanded. It allocates only
// when dst lacks room for len(s) bytes more, or for an expansion.
func Append(dst []byte, s string) []byte {
	base := len(dst)
	// The opening word of ASCII letters and digits, most often the whole
	// of s (a capitalised word, a one-word name), is lowered into room
	// made once for all of s: a store a byte, with no capacity test or
	// loop state kept for the rest. It ends where the loop below would
	// first do anything else, and leaves the loop's state as the loop
	// would (the word open at base, no separator pending), so the loop
	// goes on from there. Room for s is room for all the word: a byte
	// folds to one byte at most until a word ends.
	dst = slices.Grow(dst, len(s))
	out := dst[base : base+len(s)]
	w := s[:len(out)]
	i := 0
	for ; i < len(w); i++ {
		b := wordByte[w[i]]
		if b == 0 {
			break
		}
		out[i] = b
	}
	dst = dst[:base+i]
	if i == len(s) {
		return endWord(dst, base)
	}
	word := base   // start of the current word in dst
	space := false // a separator is pending
	for i < len(s) {
		var b byte
		var str string
		if c := s[i]; c < utf8.RuneSelf {
			// Nearly every byte folded is ASCII: one table read says
			// what it becomes, without the tests below.
			switch b = asciiFold[c]; b {
			case asciiSep:
				i++
				if len(dst) > base {
					space = true
				}
				continue
			case asciiDrop:
				i++
				continue
			}
			if !space {
				// A letter or digit with no separator pending: it and
				// the ASCII letters and digits after it, the most of a
				// word, capital first or not, go in one loop.
				dst = append(dst, b)
				for i++; i < len(s); i++ {
					b = wordByte[s[i]]
					if b == 0 {
						break
					}
					dst = append(dst, b)
				}
				continue
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			switch {
			case r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == 'ʾ' || r == 'ʿ' || r == '´':
				continue
			case r >= 0x300 && r <= 0x36F: // combining marks
				continue
			}
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
			dst = endWord(dst, word)
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
	return endWord(dst, word)
}

// endWord expands the word of dst that starts at word when it is an
// abbreviation (see abbrev), and returns dst.
func endWord(dst []byte, word int) []byte {
	if w := dst[word:]; len(w) >= 2 && len(w) <= 3 {
		if long, ok := abbrev(w); ok {
			dst = append(dst[:word], long...)
		}
	}
	return dst
}

// asciiSep and asciiDrop mark, in asciiFold, an ASCII byte that
// separates words and one that is dropped; no letter or digit folds to
// either.
const (
	asciiSep  = 0
	asciiDrop = 0xFF
)

// asciiFold gives, for each ASCII byte, its folded form: a letter in
// lower case, a digit as it is, asciiDrop for the apostrophe, full stop
// and grave accent, asciiSep for the rest.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	t['\''], t['.'], t['`'] = asciiDrop, asciiDrop, asciiDrop
	return t
}()

// wordByte gives, for each byte, its folded form when it is an ASCII
// letter or digit, and 0 for any other byte: Append's loop over the
// rest of a word reads one table and tests one value a byte.
var wordByte = func() (t [256]byte) {
	for c := range asciiFold {
		if b := asciiFold[c]; b != asciiSep && b != asciiDrop {
			t[c] = b
		}
	}
	return t
}()

// ASCII returns s transliterated to ASCII where a conventional spelling
// exists, keeping case and punctuation: "Mazār-e Sharīf" becomes
// "Mazar-e Sharif". Letters with no Latin form are kept as they are.
func ASCII(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r >= 0x300 && r <= 0x36F:
		case r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == 'ʾ' || r == 'ʿ' || r == '´':
			b = append(b, '\'')
		default:
			if l, ok := letters[r]; ok {
				if unicode.IsUpper(r) {
					l -= 'a' - 'A'
				}
				b = append(b, l)
			} else if sp, ok := special[r]; ok {
				if unicode.IsUpper(r) {
					sp = string(sp[0]-('a'-'A')) + sp[1:]
				}
				b = append(b, sp...)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return string(b)
}
