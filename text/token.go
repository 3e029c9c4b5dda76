package text

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Tokenize appends the tokens of s to dst and returns the extended slice.
// Offsets index s. It cuts exactly as [Segmenter.Annotate] does, so a
// dictionary name tokenised here matches the same words in news text; it
// sets no sentence or paragraph flags. Quotation state (which marks are
// open) starts afresh at every blank line, as it does for each paragraph.
// Invalid UTF-8 bytes become one-byte SYM tokens. Tokenize is safe for
// concurrent use.
func Tokenize(s string, dst []annals.Token) []annals.Token {
	ar := tokenizeArenas.Get().(*arena)
	sc := scanner{s: s, toks: dst, ar: ar}
	sc.run()
	ar.flush(sc.toks) // copies the Norms out and empties the arena
	tokenizeArenas.Put(ar)
	if sc.split {
		sc.toks, _ = joinSplitHyphens(s, sc.toks, len(dst), len(sc.toks))
	}
	return sc.toks
}

// tokenizeArenas holds Tokenize's arenas between calls: a dictionary's
// thousands of names are tokenised one after another at start-up, and a
// fresh arena for each grew its two slices from nothing every time.
var tokenizeArenas = sync.Pool{New: func() any { return new(arena) }}

// arena collects the normalised forms that differ from the source text, so
// that a whole document's Norm strings cost one allocation. Tokens waiting
// for theirs are listed in pend; flush hands the strings out. It also
// lists in ends, in order, the tokens that may end a sentence (see
// [scanner.mayEnd]).
type arena struct {
	buf  []byte
	pend []pending
	ends []int32
}

type pending struct{ tok, off, end int32 }

func (a *arena) reset() {
	a.buf = a.buf[:0]
	a.pend = a.pend[:0]
	a.ends = a.ends[:0]
}

// grow makes room for n more bytes in buf. It is a function of its own,
// called only when the room is short, so that emitCapital, run for every
// capitalised word, keeps slices.Grow's rarely taken path out of its body
// and its values in registers.
//
//go:noinline
func (a *arena) grow(n int) {
	a.buf = slices.Grow(a.buf, n)
}

// flush sets the Norm of every pending token, converting the buffer to one
// string that the Norms share.
func (a *arena) flush(toks []annals.Token) {
	if len(a.pend) > 0 {
		str := string(a.buf)
		for _, p := range a.pend {
			toks[p.tok].Norm = str[p.off:p.end]
		}
	}
	a.reset()
}

// scanner cuts a string into tokens. It remembers which kinds of quotation
// are open, to tell a closing mark from an opening one and a possessive
// apostrophe from a closing single quote.
type scanner struct {
	s        string
	toks     []annals.Token
	ar       *arena
	dbl, sgl bool // a double / single quotation is open
	split    bool // a hyphen split by a line wrap was cut off (joinSplitHyphens)
}

// mayEnd records the token just appended as one that may end a sentence:
// a full stop, question or exclamation mark, an ellipsis, or a word
// holding an abbreviation's period. These are exactly the tokens that
// [appendSentences] looks at, so that it need not read every token to
// find them.
func (sc *scanner) mayEnd() {
	sc.ar.ends = append(sc.ar.ends, int32(len(sc.toks)-1))
}

func (sc *scanner) decode(i int) (rune, int) {
	if c := sc.s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(sc.s[i:])
}

// runeAt returns the rune at byte i, or a space past the end.
func (sc *scanner) runeAt(i int) rune {
	if i >= len(sc.s) {
		return ' '
	}
	r, _ := sc.decode(i)
	return r
}

// runeBefore returns the rune ending at byte i, or a space at the start.
func (sc *scanner) runeBefore(i int) rune {
	if i <= 0 {
		return ' '
	}
	if c := sc.s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(sc.s[:i])
	return r
}

func (sc *scanner) run() {
	s := sc.s
	newlines := 0
	for i := 0; i < len(s); {
		// ASCII bytes, most of the text, are told by their class alone.
		if c := s[i]; c < utf8.RuneSelf {
			if cl := asciiClass[c]; cl&cSpace != 0 {
				if c == '\n' {
					if newlines++; newlines == 2 {
						sc.dbl, sc.sgl = false, false
					}
				}
				i++
				continue
			} else if cl&(cLetter|cDigit) != 0 {
				// Most words are ASCII letters and digits ended by a
				// space, a mark that joins nothing or a full stop that
				// is no abbreviation's: such a word is one token,
				// emitted here without word's checks.
				newlines = 0
				n, seen := asciiWordRun(s[i:])
				if j := i + n; j == len(s) || s[j] < utf8.RuneSelf && (!asciiJoin[s[j]] ||
					joinsNothing(s, j) && (s[j] != '.' || !sc.abbrevPeriod(i, j, false))) {
					if seen&cUpper == 0 {
						// emitASCII's commonest case, spelt out to save the call
						sc.emit(i, j, s[i:j], annals.TagUnknown, digitFlag(seen))
					} else {
						sc.emitCapital(i, j, digitFlag(seen), seen)
					}
					if i = j; i < len(s) && s[i] == ' ' {
						i++ // the space after most words, skipped as the loop would
					}
				} else {
					i = sc.wordFrom(i, i, j, seen, true)
				}
				continue
			}
			// Any other ASCII byte is a mark: of the apostrophes only
			// the straight one is ASCII.
			newlines = 0
			if c == '\'' {
				i = sc.single(i, '\'', 1)
			} else {
				i = sc.punct(i, rune(c), 1)
			}
			continue
		}
		r, w := sc.decode(i)
		if isSpace(r) {
			if r == '\n' {
				if newlines++; newlines == 2 { // a blank line: a new paragraph
					sc.dbl, sc.sgl = false, false
				}
			}
			i += w
			continue
		}
		newlines = 0
		switch {
		case isWordChar(r):
			i = sc.word(i, i)
		case isApostrophe(r):
			i = sc.single(i, r, w)
		default:
			i = sc.punct(i, r, w)
		}
	}
}

// joinsNothing reports whether the joining mark at j, after a word of
// ASCII letters and digits, joins nothing to it: an ASCII byte that is no
// letter or digit, or the end, follows it. Each join of
// [scanner.wordFrom] needs a word character after its mark ("U.S.-led",
// "1,000", "can't"), so there the word can only take a period as an
// abbreviation's, which wordFrom would ask [scanner.abbrevPeriod] alone
// about; run asks it itself, and so emits a word before a full stop, at
// the end of most sentences, without wordFrom.
func joinsNothing(s string, j int) bool {
	return j+1 == len(s) || s[j+1] < utf8.RuneSelf && wordByte[s[j+1]] == 0
}

// asciiWordRun returns the length of the run of ASCII letters and digits
// that w starts with, and their classes ORed together. It is a function
// of its own so that its loop keeps its few variables in registers, where
// inside word they are spilled to the stack at every byte.
func asciiWordRun(w string) (n int, seen uint8) {
	for n < len(w) {
		cl := wordByte[w[n]]
		if cl == 0 {
			break
		}
		seen |= cl
		n++
	}
	return n, seen
}

// emit appends a token; an empty norm means the word's own normalised form.
// It writes the token's fields in place rather than appending a composite
// literal, which the compiler builds on the stack and then copies.
func (sc *scanner) emit(start, end int, norm string, tag annals.Tag, flags annals.TokFlag) {
	n := len(sc.toks)
	if n == cap(sc.toks) {
		sc.toks = append(sc.toks, annals.Token{})
	} else {
		sc.toks = sc.toks[:n+1]
	}
	t := &sc.toks[n]
	t.Start, t.End = int32(start), int32(end)
	t.Norm, t.Lemma = norm, ""
	t.Tag, t.Flags = tag, flags
}

// emitWord appends the word s[start:end] with its case and digit flags and
// its normalised form, borrowed from the text when it is already normal.
func (sc *scanner) emitWord(start, end int, flags annals.TokFlag) {
	w := sc.s[start:end]
	// Most words are ASCII: their classes ORed together settle the flags
	// without counting letters, and the Norm of one with no capital is
	// the text itself.
	var seen uint8
	j := 0
	for ; j < len(w) && w[j] < utf8.RuneSelf; j++ {
		seen |= asciiClass[w[j]]
	}
	if j == len(w) {
		sc.emitASCII(start, end, flags, seen)
		return
	}
	letters, uppers := 0, 0
	plain := true // ASCII without upper case: Norm is the text itself
	first := true // no letter seen yet
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			switch {
			case cl&cLetter != 0:
				letters++
				if cl&cUpper != 0 {
					uppers++
					plain = false
					if first {
						flags |= annals.Cap
					}
				}
				first = false
			case cl&cDigit != 0:
				flags |= annals.Digit
			}
			i++
			continue
		}
		plain = false
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				uppers++
				if first {
					flags |= annals.Cap
				}
			}
			first = false
		case unicode.IsNumber(r):
			flags |= annals.Digit
		}
	}
	if letters >= 2 && uppers == letters {
		flags |= annals.AllCaps
	}
	norm := w
	if !plain {
		norm = sc.norm(w)
	}
	sc.emit(start, end, norm, annals.TagUnknown, flags)
}

// emitASCII appends the ASCII word s[start:end] whose byte classes ORed
// together are seen, as emitWord does.
func (sc *scanner) emitASCII(start, end int, flags annals.TokFlag, seen uint8) {
	flags |= digitFlag(seen)
	if seen&cUpper == 0 {
		sc.emit(start, end, sc.s[start:end], annals.TagUnknown, flags)
		return
	}
	sc.emitCapital(start, end, flags, seen)
}

// digitFlag returns the Digit flag when the byte classes seen include a
// digit's.
func digitFlag(seen uint8) annals.TokFlag {
	if seen&cDigit != 0 {
		return annals.Digit
	}
	return 0
}

// emitCapital appends the ASCII word s[start:end], which has a capital
// letter and whose byte classes ORed together are seen: it is capitalised
// when its first letter is a capital, all capitals when it has no
// lower-case letter and two letters or more, and its Norm, lower-cased,
// always differs from the text.
func (sc *scanner) emitCapital(start, end int, flags annals.TokFlag, seen uint8) {
	w := sc.s[start:end]
	a := sc.ar
	off := len(a.buf)
	if cap(a.buf)-off < len(w) {
		a.grow(len(w))
	}
	a.buf = a.buf[:off+len(w)]
	// The lower-cased form is written straight into the arena: setting
	// bit 0x20 lower-cases a capital and leaves every other byte of such
	// a word as it is (digits and the joining marks - . , : & ' have it
	// set already; see TestByteTables and TestCapitalNorms).
	low := a.buf[off:]
	for j := 0; j < len(w) && j < len(low); j++ {
		low[j] = w[j] | 0x20
	}
	for j := 0; j < len(w); j++ {
		if cl := wordByte[w[j]]; cl&cLetter != 0 {
			if cl&cUpper != 0 {
				flags |= annals.Cap
			}
			break
		}
	}
	if seen&cLower == 0 {
		letters := 0
		for j := 0; j < len(w) && letters < 2; j++ {
			if wordByte[w[j]]&cLetter != 0 {
				letters++
			}
		}
		if letters >= 2 {
			flags |= annals.AllCaps
		}
	}
	a.pend = append(a.pend, pending{tok: int32(len(sc.toks)), off: int32(off), end: int32(len(a.buf))})
	sc.emit(start, end, "", annals.TagUnknown, flags)
}

// norm returns w when its normalised form is w itself; otherwise it writes
// the form to the arena and returns "", the token's Norm to be set by
// [arena.flush]. The caller must append the token next.
func (sc *scanner) norm(w string) string {
	a := sc.ar
	off := len(a.buf)
	for _, r := range w {
		if r < utf8.RuneSelf {
			c := byte(r)
			if asciiClass[c]&cUpper != 0 {
				c += 'a' - 'A'
			}
			a.buf = append(a.buf, c)
			continue
		}
		a.buf = utf8.AppendRune(a.buf, normRune(r))
	}
	if string(a.buf[off:]) == w {
		a.buf = a.buf[:off]
		return w
	}
	a.pend = append(a.pend, pending{tok: int32(len(sc.toks)), off: int32(off), end: int32(len(a.buf))})
	return ""
}

// word scans the word starting at start, whose first word character is at
// i, and appends its tokens: hyphenated compounds and numbers are one token,
// an abbreviation keeps its period, and possessives and contractions are
// split off. It returns the end of the word.
func (sc *scanner) word(start, i int) int {
	// A word begun before i ('90s) is not known to be ASCII.
	return sc.wordFrom(start, i, i, 0, start == i)
}

// wordFrom is word for a word whose letters and digits from its first
// word character, first, to i are already read: seen holds their
// classes ORed together, and ascii whether every byte of s[start:i] is
// ASCII (false too where unsure), so that emitASCII need not read the
// word again.
func (sc *scanner) wordFrom(start, first, i int, seen uint8, ascii bool) int {
	s := sc.s
	var flags annals.TokFlag
	seg := first         // start of the current hyphen-separated part
	dots := false        // the part has inner periods (U.S, 5.93)
	apos, aposW := -1, 0 // the last inner apostrophe
	for {
		for i < len(s) {
			// Most word characters are ASCII letters and digits: step
			// over them without decoding a rune or calling isWordChar.
			n, cl := asciiWordRun(s[i:])
			seen |= cl
			if i += n; i == len(s) {
				break
			}
			c := s[i]
			r, w := rune(c), 1
			if c < utf8.RuneSelf {
				if !asciiJoin[c] {
					break // a space or a mark that joins nothing: no case below holds
				}
			} else {
				ascii = false
				if r, w = sc.decode(i); isWordChar(r) {
					i += w
					continue
				}
			}
			if j := i + w; j == len(s) || s[j] < utf8.RuneSelf && wordByte[s[j]] == 0 {
				break // each join below needs a word character after its mark
			}
			next := sc.runeAt(i + w)
			switch {
			case isJoinHyphen(r) && isWordChar(next):
				flags |= annals.Hyphen
				i += w
				seg, dots = i, false
				continue
			case r == '.' && isWordChar(next) && (dots || !sc.gluedStop(seg, i)):
				dots = true
				i += w
				continue
			case r == ',' && isDigit(sc.runeBefore(i)) && sc.thousands(i+1):
				i += w
				continue
			case r == ':' && isDigit(sc.runeBefore(i)) && next >= '0' && next <= '9':
				i += w
				continue
			case r == '&' && isUpperRune(sc.runeBefore(i)) && isUpperRune(next):
				i += w
				continue
			case isApostrophe(r) && isLetter(next) && (isLetter(sc.runeBefore(i)) || isDigit(sc.runeBefore(i))):
				apos, aposW = i, w
				i += w
				continue
			}
			break
		}
		if i < len(s) && s[i] == '.' && sc.abbrevPeriod(seg, i, dots) {
			i++
			flags |= annals.Abbrev
			// U.S.-led: the compound goes on after the period.
			if i < len(s) {
				if s[i] >= utf8.RuneSelf {
					ascii = false
				}
				if r, w := sc.decode(i); isJoinHyphen(r) && isWordChar(sc.runeAt(i+w)) {
					flags = flags&^annals.Abbrev | annals.Hyphen
					i += w
					seg, dots = i, false
					continue
				}
			}
		}
		break
	}
	if apos >= 0 && flags&annals.Abbrev == 0 {
		if sc.contraction(start, i, apos, aposW, flags) {
			return i
		}
	}
	if ascii {
		sc.emitASCII(start, i, flags, seen)
	} else {
		sc.emitWord(start, i, flags)
	}
	if flags&annals.Abbrev != 0 {
		sc.mayEnd()
	}
	return i
}

// gluedStop reports whether the period at i ends a sentence that the
// next one is glued to, with no space ("North Carolina.Image: ..."): a
// lower-case letter ends the word part s[seg:i], of two letters or more,
// and a capitalised word of two letters or more follows that is not a
// domain's last label (Amazon.Com).
func (sc *scanner) gluedStop(seg, i int) bool {
	s := sc.s
	if i-seg < 2 || i+2 >= len(s) || s[i-1] < 'a' || s[i-1] > 'z' ||
		s[i+1] < 'A' || s[i+1] > 'Z' || s[i+2] < 'a' || s[i+2] > 'z' {
		return false
	}
	e := i + 1
	for e < len(s) && isLetter(sc.runeAt(e)) {
		_, w := sc.decode(e)
		e += w
	}
	return !domainLabel(s[i+1 : e])
}

// domainLabel reports whether w, in any case, is a common top-level
// domain, the end of a name such as Amazon.com rather than a new sentence.
func domainLabel(w string) bool {
	for _, tld := range [...]string{"com", "org", "net", "gov", "edu", "info", "io", "co", "uk"} {
		if strings.EqualFold(w, tld) {
			return true
		}
	}
	return false
}

// thousands reports whether s[i:] starts with exactly three digits, the
// group after a thousands separator.
func (sc *scanner) thousands(i int) bool {
	s := sc.s
	if i+3 > len(s) {
		return false
	}
	if !isASCIIDigit(s[i]) || !isASCIIDigit(s[i+1]) || !isASCIIDigit(s[i+2]) {
		return false
	}
	return i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9'
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cUpper != 0
	}
	return unicode.IsUpper(r)
}

// abbrevPeriod reports whether the period at i belongs to the word part
// s[seg:i]: a known abbreviation, a single capital initial, or a sequence of
// one- or two-letter parts joined by periods (U.S, e.g, Ph.D).
func (sc *scanner) abbrevPeriod(seg, i int, dots bool) bool {
	s := sc.s
	if i+1 < len(s) && s[i+1] == '.' { // an ellipsis follows
		return false
	}
	w := s[seg:i]
	if dots {
		n := 0
		for _, r := range w {
			switch {
			case r == '.':
				if n == 0 {
					return false
				}
				n = 0
			case isLetter(r) && n < 2:
				n++
			default:
				return false
			}
		}
		return n > 0
	}
	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) && isUpperRune(first) {
		return true
	}
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= utf8.RuneSelf {
			return false
		}
		if asciiClass[c]&cUpper != 0 {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	lower := buf[:len(w)]
	switch abbreviation(string(lower)) {
	case lowerAbbr:
		return true
	case titleAbbr:
		if !isUpperRune(first) {
			return false
		}
		if string(lower) == "no" || string(lower) == "nos" { // No. 10, not "said no."
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			return j > i+1 && j < len(s) && s[j] >= '0' && s[j] <= '9'
		}
		return true
	case endAbbr:
		return isUpperRune(first)
	}
	return false
}

// contraction splits a word with an inner apostrophe at apos the Penn
// Treebank way: can't → ca n't, we're → we 're, Taliban’s → Taliban ’s. It
// reports false, emitting nothing, when the word is not a contraction
// (O'Brien, Qur'an).
func (sc *scanner) contraction(start, end, apos, aposW int, flags annals.TokFlag) bool {
	s := sc.s
	suffix := s[apos+aposW : end]
	if len(suffix) > 2 {
		return false
	}
	var low [2]byte
	for j := 0; j < len(suffix); j++ {
		c := suffix[j]
		if c >= utf8.RuneSelf {
			return false
		}
		low[j] = c | 0x20
	}
	var norm string
	switch string(low[:len(suffix)]) {
	case "t":
		if apos-1 <= start || s[apos-1]|0x20 != 'n' {
			return false
		}
		stem := s[start : apos-1]
		sc.emitWord(start, apos-1, flags)
		switch {
		case strings.EqualFold(stem, "ca"):
			sc.setNorm("can")
		case strings.EqualFold(stem, "wo"):
			sc.setNorm("will")
		case strings.EqualFold(stem, "sha"):
			sc.setNorm("shall")
		}
		sc.emitWord(apos-1, end, 0)
		sc.setNorm("n't")
		return true
	case "s":
		norm = "'s"
	case "m":
		norm = "'m"
	case "re":
		norm = "'re"
	case "ve":
		norm = "'ve"
	case "ll":
		norm = "'ll"
	case "d":
		norm = "'d"
	default:
		return false
	}
	sc.emitWord(start, apos, flags)
	sc.emit(apos, end, norm, annals.TagUnknown, 0)
	return true
}

// setNorm overrides the Norm of the last token, withdrawing a form that
// was waiting in the arena.
func (sc *scanner) setNorm(norm string) {
	last := int32(len(sc.toks) - 1)
	if p := sc.ar.pend; len(p) > 0 && p[len(p)-1].tok == last {
		sc.ar.buf = sc.ar.buf[:p[len(p)-1].off]
		sc.ar.pend = p[:len(p)-1]
	}
	sc.toks[last].Norm = norm
}

// single handles an apostrophe or single quotation mark that is not inside
// a word: the start of a decade ('90s), a possessive after a plural (the
// states' rights), or a quotation mark, opening or closing.
func (sc *scanner) single(i int, r rune, w int) int {
	s := sc.s
	if j := i + w; r != '‘' && j+2 < len(s) && isASCIIDigit(s[j]) && isASCIIDigit(s[j+1]) && s[j+2] == 's' && !isWordChar(sc.runeAt(j+3)) {
		return sc.word(i, j)
	}
	prev := sc.runeBefore(i)
	possessive := (prev == 's' || prev == 'S') && !sc.sgl &&
		len(sc.toks) > 0 && int(sc.toks[len(sc.toks)-1].End) == i
	switch {
	case r == '‘':
		sc.quote(i, w, "'", !sc.sgl, &sc.sgl)
	case possessive:
		sc.emit(i, i+w, "'", annals.TagUnknown, 0)
	case r == '’' || r == 'ʼ' || sc.sgl:
		sc.quote(i, w, "'", false, &sc.sgl)
	default:
		sc.quote(i, w, "'", sc.opens(i, w), &sc.sgl)
	}
	return i + w
}

// double handles a double quotation mark. Curly marks and guillemets open or
// close by their shape, except that a second opening mark while a quotation
// is open is taken as a misplaced closing one (“… unstable “Muttaqi said).
// Straight marks close an open quotation, and otherwise open only where
// [scanner.opens] says so.
func (sc *scanner) double(i int, r rune, w int) int {
	switch r {
	case '“', '„', '«':
		sc.quote(i, w, `"`, !sc.dbl, &sc.dbl)
	case '”', '»':
		sc.quote(i, w, `"`, false, &sc.dbl)
	default:
		sc.quote(i, w, `"`, !sc.dbl && sc.opens(i, w), &sc.dbl)
	}
	return i + w
}

// opens reports whether a straight quotation mark at i opens a quotation:
// it follows whitespace, the start, an opening bracket, a dash or another
// opening mark, and a non-space follows it.
func (sc *scanner) opens(i, w int) bool {
	if isSpace(sc.runeAt(i + w)) {
		return false
	}
	switch prev := sc.runeBefore(i); {
	case isSpace(prev):
		return true
	case prev == '(' || prev == '[' || prev == '{' || prev == '-' || prev == '–' || prev == '—':
		return true
	}
	n := len(sc.toks)
	return n > 0 && int(sc.toks[n-1].End) == i && sc.toks[n-1].Has(annals.OpenQuote)
}

// quote appends a quotation mark and records in *open whether a quotation
// of its kind is now open.
func (sc *scanner) quote(i, w int, norm string, opening bool, open *bool) {
	f := annals.Punct | annals.CloseQuote
	if opening {
		f = annals.Punct | annals.OpenQuote
	}
	*open = opening
	sc.emit(i, i+w, norm, annals.QUOTE, f)
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// punct appends the punctuation mark or symbol at i: runs of periods and of
// hyphens stay together, and each other mark is a token of its own.
func (sc *scanner) punct(i int, r rune, w int) int {
	s := sc.s
	run := func(c byte) int {
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		return j
	}
	switch r {
	case '"', '“', '”', '„', '«', '»', '″':
		return sc.double(i, r, w)
	case '.':
		j := run('.')
		switch j - i {
		case 1:
			sc.emit(i, j, ".", annals.STOP, annals.Punct)
			sc.mayEnd()
		case 3:
			sc.emit(i, j, "...", annals.PUNCT, annals.Punct)
			sc.mayEnd()
		default:
			sc.emit(i, j, s[i:j], annals.PUNCT, annals.Punct)
		}
		return j
	case '-':
		j := run('-')
		sc.split = sc.split || j == i+1 && splitHyphenAt(s, i)
		sc.emit(i, j, s[i:j], annals.PUNCT, annals.Punct)
		return j
	case '…':
		sc.emit(i, i+w, "...", annals.PUNCT, annals.Punct)
		sc.mayEnd()
	case '!', '?':
		sc.emit(i, i+w, s[i:i+w], annals.STOP, annals.Punct)
		sc.mayEnd()
	case ',':
		sc.emit(i, i+w, ",", annals.COMMA, annals.Punct)
	case '–', '—', '−', '\u2010', '\u2011', '\u2012', '\u2015':
		sc.emit(i, i+w, "-", annals.PUNCT, annals.Punct)
	case '%':
		sc.emit(i, i+w, "%", annals.SYM, 0)
	default:
		norm := s[i : i+w]
		if r >= utf8.RuneSelf {
			norm = sc.norm(norm)
		}
		if r != utf8.RuneError && unicode.IsPunct(r) {
			sc.emit(i, i+w, norm, annals.PUNCT, annals.Punct)
		} else {
			sc.emit(i, i+w, norm, annals.SYM, 0)
		}
	}
	return i + w
}
