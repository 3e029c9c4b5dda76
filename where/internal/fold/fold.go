// Package fold turns a place name into the key the gazetteer indexes it
// under, so that spelling variants of case, accents, apostrophes, hyphens
// and the abbreviations St., Mt. and Ft. meet on one form.
package fold

import (
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
// when dst must grow.
func Append(dst []byte, s string) []byte {
	base := len(dst)
	word := len(dst) // start of the current word in dst
	space := false   // a separator is pending
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
		case r >= 0x300 && r <= 0x36F: // combining marks
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
