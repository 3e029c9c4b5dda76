package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token of the light lexer used around quotes.
type tokKind uint8

const (
	tWord  tokKind = iota
	tComma         // ,
	tColon         // :
	tSemi          // ;
	tStop          // . ! ? … (runs merged)
	tDash          // — – or a lone -
	tParen         // ( ) [ ]
	tOpen          // a quotation's opening mark
	tClose         // a quotation's closing mark
	tPara          // a paragraph break
	tOther         // any other mark or symbol, nested quote marks included
)

// Token flags.
const (
	fCap     uint8 = 1 << iota // word starting with an upper-case letter
	fInQuote                   // inside a quotation's content
)

// tok is a word or punctuation mark; q is the quotation index of a tOpen or
// tClose.
type tok struct {
	start, end int32
	q          int32
	kind       tokKind
	flags      uint8
}

// markCursor walks the marks lex stops at, in text order: quotes do not
// overlap, so open0 close0 open1 ..., interleaved with the continuation
// marks. It is a type of its own, not closures over lex's variables, so
// that lex keeps the next mark's position in a register rather than
// reloading it from memory at every byte.
type markCursor struct {
	text    string
	quotes  []qspan
	cont    []int
	qi, ci  int  // the next quote and continuation mark
	closing bool // the next mark of quote qi is its close
}

// next returns the next mark's position, kind and end; the position is
// past the text when no mark is left.
func (c *markCursor) next() (int, tokKind, int) {
	pos, kind, end := len(c.text)+1, tOther, 0
	if c.qi < len(c.quotes) {
		q := &c.quotes[c.qi]
		if !c.closing {
			pos, kind, end = q.open, tOpen, q.openEnd
		} else if q.close >= 0 {
			pos, kind, end = q.close, tClose, q.closeEnd
		}
	}
	if c.ci < len(c.cont) && c.cont[c.ci] < pos {
		_, n := markAt(c.text, c.cont[c.ci])
		return c.cont[c.ci], tOther, c.cont[c.ci] + n
	}
	return pos, kind, end
}

// advance passes the mark at pos, the one next returned.
func (c *markCursor) advance(pos int) {
	if c.ci < len(c.cont) && c.cont[c.ci] == pos {
		c.ci++
	} else if !c.closing {
		c.closing = true
		if c.quotes[c.qi].close < 0 {
			// Unclosed: it ends with a paragraph; nothing to lex.
			c.closing = false
			c.qi++
		}
	} else {
		c.closing = false
		c.qi++
	}
}

// lex appends the tokens of text's paragraphs to dst, with a tPara between
// paragraphs and tOpen/tClose at the marks of quotes, whose openTok and
// closeTok it fills. cont lists continuation marks, lexed as tOther.
func lex(text string, paras []span, quotes []qspan, cont []int, dst []tok) []tok {
	marks := markCursor{text: text, quotes: quotes, cont: cont}
	mpos, mkind, mend := marks.next()
	inQuote := -1 // index of the quote whose content we are in
	for pi, p := range paras {
		if pi > 0 {
			dst = append(dst, tok{start: int32(p.start), end: int32(p.start), q: -1, kind: tPara})
		}
		i := p.start
		for i < p.end {
			if i == mpos {
				t := tok{start: int32(i), end: int32(mend), q: -1, kind: mkind}
				if qi := marks.qi; mkind == tOpen {
					t.q = int32(qi)
					quotes[qi].openTok = len(dst)
					quotes[qi].closeTok = -1
					inQuote = qi
				} else if mkind == tClose {
					t.q = int32(qi)
					quotes[qi].closeTok = len(dst)
					inQuote = -1
				}
				dst = append(dst, t)
				i = mend
				marks.advance(t.start32())
				mpos, mkind, mend = marks.next()
				continue
			}
			if text[i] == ' ' {
				// A space is no token and no mark. The quote's end
				// below is tested at the next character, which the
				// paragraph has: paragraphs are trimmed.
				i++
				continue
			}
			if inQuote >= 0 && i >= quotes[inQuote].end && quotes[inQuote].close < 0 && quotes[inQuote].lastPara == pi {
				inQuote = -1
			}
			c := text[i]
			if asciiAlnum[c] {
				// The common run of ASCII words and spaces, read by
				// lexWords. Its tokens may not start past the mark, the
				// paragraph's end or, in the last paragraph of an
				// unclosed quote, the quote's end, where the test above
				// must run again.
				runLim := min(p.end, mpos) // mpos >= i: no token runs past a mark
				tokLim := runLim
				var inq uint8
				if inQuote >= 0 {
					inq = fInQuote
					if q := &quotes[inQuote]; q.close < 0 && q.lastPara == pi && q.end < tokLim {
						tokLim = q.end // > i, as the test above passed
					}
				}
				dst, i = lexWords(text, i, tokLim, runLim, p.end, mpos, inq, dst)
				continue
			}
			var r rune
			n := 1
			if c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if isSpace(r) {
				i += n
				continue
			}
			var flags uint8
			if inQuote >= 0 {
				flags = fInQuote
			}
			if c >= utf8.RuneSelf && isAlnum(r) {
				if unicode.IsUpper(r) {
					flags |= fCap
				}
				j := wordEnd(text, i+n, p.end, mpos)
				if flags&fCap == 0 && j-i >= 4 && (text[i+2] == '-' || text[i+3] == '-') && hyphenParticle(text[i:j]) {
					flags |= fCap // as in the ASCII path above
				}
				dst = append(dst, tok{start: int32(i), end: int32(j), q: -1, kind: tWord, flags: flags})
				i = j
				continue
			}
			k := tOther
			switch r {
			case ',':
				k = tComma
			case ':':
				k = tColon
			case ';':
				k = tSemi
			case '.', '!', '?', '…':
				k = tStop
				for i+n < p.end && i+n != mpos {
					r2, n2 := utf8.DecodeRuneInString(text[i+n:])
					if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
						break
					}
					n += n2
				}
			case '—', '–', '-':
				k = tDash
			case '(', ')', '[', ']':
				k = tParen
			}
			dst = append(dst, tok{start: int32(i), end: int32(i + n), q: -1, kind: k, flags: flags})
			i += n
		}
	}
	return dst
}

func (t tok) start32() int { return int(t.start) }

// lexWords appends the tokens of the words at text[i:], an ASCII letter or
// digit, and of the words after it while only spaces come between and the
// next starts before tokLim; it returns dst and the end of what it read.
// The first rune of a word is ASCII, so it is capitalised when it is A-Z
// (unicode.IsUpper accepts no other ASCII byte), or when it is a particle
// hyphened to a surname. Its run of ASCII letters and digits is wordEnd's
// own first loop, with runLim (the paragraph's end or the next mark) as
// the limit, and wordEnd is called only where the run stops at a byte
// that may join, as if it had run from the word's second byte. Words of
// letters and digits alone are read by plainWords; lexWords takes the
// word plainWords stops at.
func lexWords(text string, i, tokLim, runLim, end, stop int, inQuote uint8, dst []tok) ([]tok, int) {
	for {
		dst = slices.Grow(dst, 32)
		var j int
		var done bool
		if dst, i, j, done = plainWords(text[:runLim], i, tokLim, inQuote, dst); done {
			return dst, i
		}
		if j < 0 {
			continue // dst is full
		}
		flags := inQuote
		if c := text[i]; c >= 'A' && c <= 'Z' {
			flags |= fCap
		}
		j = wordEnd(text, j, end, stop)
		// (The length and hyphen test of hyphenParticle first, inline:
		// most words fail it.)
		if flags&fCap == 0 && j-i >= 4 && (text[i+2] == '-' || text[i+3] == '-') && hyphenParticle(text[i:j]) {
			flags |= fCap // "el-Sisi", "al-Quaety": a surname
		}
		dst = append(dst, tok{start: int32(i), end: int32(j), q: -1, kind: tWord, flags: flags})
		i = j
		for i < tokLim && text[i] == ' ' {
			i++
		}
		if i >= tokLim || !asciiAlnum[text[i]] {
			return dst, i
		}
	}
}

// plainWords is lexWords' loop over words of ASCII letters and digits
// alone, each ended by a space or by the end of text (cut at lexWords'
// runLim), into dst's spare capacity. It calls nothing, so that its
// variables stay in registers. done reports that it read the whole run;
// else it stopped at the word at i, whose run of letters and digits ends
// at j before a byte that may join it to more, or, with j = -1, at a word
// dst has no room for. A word with no byte but letters and digits is no
// hyphened particle.
func plainWords(text string, i, tokLim int, inQuote uint8, dst []tok) (_ []tok, _, j int, done bool) {
	for {
		if len(dst) == cap(dst) {
			return dst, i, -1, false
		}
		flags := inQuote
		if c := text[i]; c >= 'A' && c <= 'Z' {
			flags |= fCap
		}
		j = i + 1
		for j < len(text) && asciiAlnum[text[j]] {
			j++
		}
		if j < len(text) && text[j] != ' ' {
			return dst, i, j, false
		}
		n := len(dst)
		dst = dst[:n+1]
		dst[n] = tok{start: int32(i), end: int32(j), q: -1, kind: tWord, flags: flags}
		i = j
		if i < tokLim {
			// text[j] is the space the test above found: tokLim is
			// no more than len(text), so j < len(text). It is
			// stepped over without a second look.
			i++
			for i < tokLim && text[i] == ' ' {
				i++
			}
		}
		if i >= tokLim || !asciiAlnum[text[i]] {
			return dst, i, j, true
		}
	}
}

// wordEnd returns the end of the word whose first rune ends at i: letters
// and digits, joined by an apostrophe, hyphen, period, ampersand or slash
// when a letter or digit follows (can’t, Secretary-General, U.S, 3.5), or
// by an en dash between letters (Export–Import, the name of a body). The
// word never runs past end or into the quotation mark at stop.
func wordEnd(text string, i, end, stop int) int {
	lim := end // where the run of ASCII letters and digits must stop
	if stop >= i && stop < end {
		lim = stop
	}
	for i < end && i != stop {
		// Most of a word is ASCII letters and digits: one load each.
		for i < lim && asciiAlnum[text[i]] {
			i++
		}
		if i == lim {
			return i
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiAlnum[c] {
				i++
				continue
			}
			if (c == '\'' || c == '-' || c == '.' || c == '&' || c == '/') && i+1 < end && i+1 != stop && isAlnum(runeAt(text, i+1)) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if r == '’' && i+n < end && isAlnum(runeAt(text, i+n)) {
			i += n
			continue
		}
		if r == '–' && i+n < end && i+n != stop && isLetter(runeBefore(text, i)) && isLetter(runeAt(text, i+n)) {
			i += n // "Export–Import": an en dash between letters joins
			continue
		}
		return i
	}
	return i
}

// alnumRun returns the length of the run of ASCII letters and digits that
// s starts with. It is a function of its own, kept out of line, so that its
// loop keeps its few variables in registers: inlined, they were spilled
// and reloaded at every byte (11 to 13 instructions a byte against 5).
//
//go:noinline
func alnumRun(s string) int {
	n := 0
	for n < len(s) && asciiAlnum[s[n]] {
		n++
	}
	return n
}

// asciiAlnum marks the ASCII letters and digits, so that wordEnd tests
// each byte of a word with one load.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isAlnum(rune(c))
	}
	return t
}()

// hyphenParticle reports whether w is a lower-case Arabic article or
// particle hyphened to a capitalised surname ("el-Sisi", "al-Quaety",
// "bin-Laden"): the whole word is a name, written capitalised or not.
func hyphenParticle(w string) bool {
	// Every particle has two or three letters: a word with no hyphen
	// after them is none, and most words are told so without a search.
	if (len(w) < 4 || w[2] != '-') && (len(w) < 5 || w[3] != '-') {
		return false
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	return hyphenParticles.has(w[:i])
}

// hyphenParticles are the particles hyphenParticle accepts.
var hyphenParticles = set(`al el ad ar as ash at az ud ul bin ibn abu`)
