package text

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes, so the common case needs no unicode lookups.
const (
	cSpace uint8 = 1 << iota
	cLetter
	cUpper
	cDigit
	cLower // lower-case letter, so a word's classes ORed together tell whether it has one
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c <= ' ' || c == 0x7f: // whitespace and control characters
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLetter | cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cLetter | cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// wordByte holds the class of the ASCII letters and digits, indexed by
// any byte and zero for every other, so that a loop over a word's bytes
// tests each with one load and gathers their classes as it goes.
var wordByte = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if cl := asciiClass[c]; cl&(cLetter|cDigit) != 0 {
			t[c] = cl
		}
	}
	return t
}()

// asciiJoin marks the ASCII marks that may join two word parts into one
// token (a hyphen, an inner period, comma, colon, ampersand or apostrophe):
// any other ASCII byte that is no letter or digit ends a word outright.
var asciiJoin = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "-.,:&'" {
		t[c] = true
	}
	return t
}()

// isSpace reports whether r separates tokens: ASCII and Unicode spaces
// (non-breaking ones included), control characters, and the invisible
// zero-width space and byte-order mark.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cSpace != 0
	}
	switch r {
	case 0x200B, 0x2060, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// isWordChar reports whether r can be part of a word: letters, numbers,
// combining marks and invisible format characters (a soft hyphen inside a
// word). The modifier letter apostrophe is excluded: it is handled with the
// other apostrophes.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(cLetter|cDigit) != 0
	}
	if r == 'ʼ' || isSpace(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cLetter != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cDigit != 0
	}
	return unicode.IsNumber(r)
}

// isApostrophe reports whether r may be an apostrophe or a single quotation
// mark; which one it is depends on its neighbours.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '′':
		return true
	}
	return false
}

// isJoinHyphen reports whether r joins two words into one token.
func isJoinHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// normRune maps typographic characters to their plain form: quotes and
// apostrophes straightened, dashes and the minus sign made ASCII. Other runes
// are lower-cased.
func normRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ', '′':
		return '\''
	case '“', '”', '„', '«', '»', '″':
		return '"'
	case '–', '—', '−', '\u2010', '\u2011', '\u2012', '\u2015':
		return '-'
	}
	return unicode.ToLower(r)
}

// abbrKind classifies a word that a period may belong to.
type abbrKind uint8

const (
	notAbbr   abbrKind = iota
	titleAbbr          // a title or label before a name or number: never ends a sentence
	endAbbr            // may end a sentence (Inc., Jr.)
	lowerAbbr          // written in lower case too (vs., etc.)
)

// abbreviation returns the kind of the lower-cased word w when followed by a
// period. Capitalised kinds apply only when the word is capitalised in the
// text, so "no." and "co." at the end of a sentence stay words.
func abbreviation(w string) abbrKind {
	switch w {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col",
		"capt", "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "prof", "rev",
		"hon", "pres", "gens", "sens", "reps", "st", "mt", "ft", "fr", "det",
		// "Ste." is French Sainte before a place's name ("Ste. Therese,
		// Quebec"), never a word that ends a sentence.
		"ste",
		"supt", "insp", "no", "nos",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec":
		return titleAbbr
	case "inc", "corp", "ltd", "co", "jr", "sr", "bros", "ave", "blvd":
		return endAbbr
	case "vs", "v", "etc":
		return lowerAbbr
	}
	return notAbbr
}

// neverEnds reports whether the abbreviation with normalised form norm (with
// its period) always continues its sentence: a title before a name, a month
// before a day, "e.g." before an example.
func neverEnds(norm string) bool {
	switch norm {
	case "e.g.", "i.e.", "vs.", "v.", "cf.":
		return true
	}
	if len(norm) < 2 || len(norm) > 8 {
		return false
	}
	return abbreviation(norm[:len(norm)-1]) == titleAbbr
}

// startsSentence reports whether a capitalised word with normalised form
// norm typically begins a sentence. After an abbreviation that can end a
// sentence ("in the U.S. The talks"), only such a word splits it, since a
// capitalised name is more likely to continue it ("U.S. President").
func startsSentence(norm string) bool {
	switch norm {
	case "the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
		"but", "so", "yet", "in", "on", "at", "as", "if",
		"when", "while", "after", "before", "this", "that", "these", "those",
		"there", "here", "its", "his", "her", "their", "our", "my", "your",
		"however", "meanwhile", "also", "some", "many", "most", "for",
		"from", "with", "by", "since", "although", "though", "despite",
		"during", "under", "over", "then", "still", "what", "why", "how",
		"who", "where", "no", "not", "both", "each", "all", "according",
		"earlier", "later", "last", "thus", "instead", "such", "other",
		"several", "among", "until", "once", "now", "today", "yesterday":
		return true
	}
	return false
}
