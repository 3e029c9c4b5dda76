package when

// This file splits a sentence into the small tokens the matcher works on:
// words (with a keyword id), numbers (digit groups and a suffix) and single
// punctuation marks. It never allocates beyond the caller's token slice.

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// Token flags.
const (
	fCap     uint8 = 1 << iota // first letter upper case
	fAllCaps                   // every letter upper case, two letters or more
	fApos                      // number right after an apostrophe ('90s)
)

// numForm says what shape a number token has.
type numForm uint8

const (
	nPlain   numForm = iota + 1 // 2021, 15
	nOrdinal                    // 15th, 1ST
	nDecade                     // 1990s, 90s, 1990's
	nMulti                      // digit groups joined by one kind of - or /: 2021-10-13, 10/13/2021, 1987-88
	nOther                      // anything else: 5.93, 155,221, 15bn
)

// tok is one token. For words id is the keyword (0 for any other word); for
// punctuation ch is the byte (0x80 for any non-ASCII mark); for numbers g
// holds the first three digit groups and glen their lengths.
type tok struct {
	start, end int32
	g          [3]int32
	glen       [3]uint8
	ng         uint8
	kind       tokKind
	id         word
	flags      uint8
	form       numForm
	sep        byte
	ch         byte
}

// Byte classes of wordClass.
const (
	cAlnum uint8 = 1 << iota // ASCII letter or digit
	cUpper                   // ASCII upper-case letter
	cLower                   // ASCII lower-case letter
	cHigh                    // a byte of a multi-byte character
	cSpace                   // an ASCII space, tab or line break
)

// wordClass holds the class of every byte, so that scanWord tells a
// byte's kind with one load instead of up to six comparisons.
var wordClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = cAlnum | cUpper
		case c >= 'a' && c <= 'z':
			t[c] = cAlnum | cLower
		case c >= '0' && c <= '9':
			t[c] = cAlnum
		case c >= 0x80:
			t[c] = cHigh
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = cSpace
		}
	}
	return t
}()

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// markLen returns the byte length of a non-ASCII punctuation or space mark
// at s[i] (general punctuation U+2000–U+206F, no-break space), or 0.
func markLen(s string, i int) int {
	switch s[i] {
	case 0xE2:
		if i+2 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x81 {
			return 3
		}
	case 0xC2:
		if i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0xAB || s[i+1] == 0xBB) {
			return 2
		}
	}
	return 0
}

// isApos reports whether s has an apostrophe (' or ’) ending at byte i.
func isApos(s string, i int) bool {
	if i >= 1 && s[i-1] == '\'' {
		return true
	}
	return i >= 3 && s[i-3:i] == "’"
}

// tokenize appends the tokens of s to dst.
func tokenize(s string, dst []tok) []tok {
	i := 0
	for i < len(s) {
		c := s[i]
		cl := wordClass[c]
		switch {
		case cl&cSpace != 0:
			i++
		case isDigit(c):
			var t tok
			i = scanNum(s, i, &t)
			dst = append(dst, t)
		case cl&(cUpper|cLower) != 0 || c >= 0x80 && markLen(s, i) == 0:
			dst = append(dst, tok{})
			if i = scanWord(s, i, &dst[len(dst)-1]); i < len(s) && s[i] == ' ' {
				i++ // the space after most words, skipped as the loop would
			}
		default:
			n := 1
			if c >= 0x80 {
				n = markLen(s, i)
				if c == 0xC2 && s[i+1] == 0xA0 { // no-break space
					i += n
					continue
				}
				c = 0x80
			}
			dst = append(dst, tok{start: int32(i), end: int32(i + n), kind: tPunct, ch: c})
			i += n
		}
	}
	return dst
}

// scanWord reads a word starting at s[i]: letters, then letters and digits;
// non-ASCII letters belong to the word. It fills t and returns the end.
// Only the classes of the word's bytes, ORed together, are kept while
// scanning: a word with no capital is its own lower-case key, and the
// capitals are counted only for a word that has no lower-case letter.
// Most words of the news are no keyword, and their length and end bytes
// tell so (see keywordShapes) before any lower-casing or lookup.
func scanWord(s string, i int, t *tok) int {
	start := i
	var seen uint8 // the classes of the word's bytes, together
	ascii := true
	rest := s[start:] // indexed from 0, so the loop needs no bounds checks
	n := 0
	for ; n < len(rest); n++ {
		cl := wordClass[rest[n]]
		if cl&cAlnum != 0 {
			seen |= cl
			continue
		}
		if cl&cHigh == 0 || markLen(s, start+n) != 0 {
			break
		}
		ascii = false
	}
	i = start + n
	t.start, t.end, t.kind = int32(start), int32(i), tWord
	w := rest[:n]
	if w[0] >= 'A' && w[0] <= 'Z' {
		t.flags |= fCap
		if seen&cLower == 0 && capitals(w) >= 2 {
			t.flags |= fAllCaps
		}
	}
	if !ascii || len(w) > maxKeyword || !keywordShapes.fits(w) {
		return i // no keyword: lookup would answer wNone
	}
	if seen&cUpper == 0 {
		t.id = lookup(w)
		return i
	}
	var buf [maxKeyword]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if wordClass[c]&cUpper != 0 {
			c |= 0x20
		}
		buf[k] = c
	}
	t.id = lookup(buf[:len(w)])
	return i
}

// capitals counts the ASCII capital letters of w.
func capitals(w string) int {
	n := 0
	for k := 0; k < len(w); k++ {
		if wordClass[w[k]]&cUpper != 0 {
			n++
		}
	}
	return n
}

// scanNum reads a number starting at s[i]: digit groups joined by , . / or -
// (each followed by a digit), then any letters stuck to it.
func scanNum(s string, i int, t *tok) int {
	start := i
	mixed := false
	for {
		gs := i
		var v int32
		for i < len(s) && isDigit(s[i]) {
			if i-gs < 9 {
				v = v*10 + int32(s[i]-'0')
			}
			i++
		}
		if t.ng < 3 {
			t.g[t.ng] = v
			t.glen[t.ng] = uint8(min(i-gs, 255))
		}
		if t.ng < 255 {
			t.ng++
		}
		if i+1 < len(s) && isDigit(s[i+1]) {
			switch c := s[i]; c {
			case ',', '.', '/', '-':
				if t.sep == 0 {
					t.sep = c
				} else if t.sep != c {
					mixed = true
				}
				i++
				continue
			}
		}
		break
	}
	t.start, t.kind = int32(start), tNum
	if isApos(s, start) {
		t.flags |= fApos
	}
	// A suffix: 15th, 1990s, 15bn; or an apostrophe s: 1990's.
	ss := i
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	suffix := s[ss:i]
	if suffix == "" && i+1 < len(s) && s[i] == '\'' && (s[i+1] == 's') && (i+2 == len(s) || !isAlnum(s[i+2])) {
		suffix = "s"
		i += 2
	} else if suffix == "" && i+3 < len(s) && s[i:i+3] == "’" && s[i+3] == 's' && (i+4 == len(s) || !isAlnum(s[i+4])) {
		suffix = "s"
		i += 4
	}
	t.end = int32(i)
	switch {
	case mixed || t.ng > 3:
		t.form = nOther
	case t.ng > 1:
		if suffix == "" && (t.sep == '-' || t.sep == '/') {
			t.form = nMulti
		} else {
			t.form = nOther
		}
	case suffix == "":
		t.form = nPlain
	case len(suffix) == 1 && suffix[0]|0x20 == 's':
		t.form = nDecade
	case len(suffix) == 2 && isOrdinalSuffix(suffix[0]|0x20, suffix[1]|0x20):
		t.form = nOrdinal
	default:
		t.form = nOther
	}
	return i
}

func isOrdinalSuffix(a, b byte) bool {
	switch {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
		return true
	}
	return false
}
