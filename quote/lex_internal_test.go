package quote

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// wordEndByByte is wordEnd as it was before its run of ASCII letters and
// digits: every byte takes the general loop.
func wordEndByByte(text string, i, end, stop int) int {
	for i < end && i != stop {
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
			i += n
			continue
		}
		return i
	}
	return i
}

// TestWordEnd checks wordEnd against the byte-by-byte loop at every word
// start of the corpora, with no mark ahead and with a mark a few bytes on.
func TestWordEnd(t *testing.T) {
	check := func(text string) {
		t.Helper()
		for i := 0; i < len(text); i++ {
			if !asciiAlnum[text[i]] || i > 0 && asciiAlnum[text[i-1]] {
				continue
			}
			for _, stop := range []int{len(text) + 1, i + 1, i + 4} {
				for _, end := range []int{len(text), min(i+6, len(text))} {
					if got, want := wordEnd(text, i+1, end, stop), wordEndByByte(text, i+1, end, stop); got != want {
						t.Fatalf("wordEnd(%q, %d, %d, %d) = %d, want %d", text[i:min(i+20, len(text))], i+1, end, stop, got, want)
					}
				}
			}
		}
	}
	check("U.S. Secretary-General can’t Export–Import 3.5 AT&T x/y naïve Zürich's")
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Text)
			return !t.Failed()
		})
	}
}

// writtenAfterEach is writtenAfter as it was: one search of the text for
// each lead joined to the name.
func writtenAfterEach(text, name string) bool {
	s := &scratch{text: text}
	for _, pre := range bodyLeads {
		key := pre + name
		for i := 0; ; {
			k := strings.Index(text[i:], key)
			if k < 0 {
				break
			}
			e := i + k + len(key)
			if s.endsName(e) {
				return true
			}
			i = e
		}
	}
	return false
}

// TestWrittenAfter checks the one search for a name against a search for
// each lead joined to it, on chosen texts and on the capitalised words
// and word pairs of the first thousand articles of each corpus.
func TestWrittenAfter(t *testing.T) {
	check := func(text, name string) {
		t.Helper()
		s := &scratch{text: text}
		if got, want := s.writtenAfter(name), writtenAfterEach(text, name); got != want {
			t.Fatalf("writtenAfter(%q) in %q = %v, want %v", name, text[:min(len(text), 80)], got, want)
		}
	}
	for _, c := range []struct{ text, name string }{
		{"He met the Reagan administration.", "Reagan"},
		{"He lives in Hong Kong, she said.", "Hong Kong"},
		{"in Baker's plan", "Baker"},
		{"The Mahanagar Telephone Nigam mobilised", "Mahanagar Telephone Nigam"},
		{"the the the X the X.", "the X"},
		{"at at at", "at"},
		{"Smith", "Smith"},
	} {
		check(c.text, c.name)
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		n := 0
		corpus.Each(t, name, func(a annals.Article) bool {
			words := strings.Fields(a.Text)
			seen := map[string]bool{}
			for i, w := range words {
				if w[0] < 'A' || w[0] > 'Z' || seen[w] {
					continue
				}
				seen[w] = true
				check(a.Text, w)
				if i+1 < len(words) {
					check(a.Text, w+" "+words[i+1])
				}
			}
			n++
			return n < 1000 && !t.Failed()
		})
	}
}

// TestLexWords checks every word token lex gives on the corpora against
// the general path: its end is wordEnd's from its first rune, with the
// paragraph's end and the next quotation or continuation mark as limits,
// and it is capitalised when unicode.IsUpper says its first rune is (or
// when it is a particle hyphened to a surname). lex reads the common
// ASCII word itself; this holds it to what wordEnd would have read.
func TestLexWords(t *testing.T) {
	check := func(text string) {
		t.Helper()
		paras := paragraphs(text, nil)
		lead := newLeadScan(text)
		quotes, cont := scanQuotes(&lead, paras, nil, nil)
		var marks []int
		for _, q := range quotes {
			marks = append(marks, q.open)
			if q.close >= 0 {
				marks = append(marks, q.close)
			}
		}
		marks = append(marks, cont...)
		slices.Sort(marks)
		toks := lex(text, paras, quotes, cont, nil)
		words := 0
		for _, tk := range toks {
			if tk.kind != tWord {
				continue
			}
			words++
			i := int(tk.start)
			end := -1
			for _, p := range paras {
				if p.start <= i && i < p.end {
					end = p.end
				}
			}
			stop := len(text) + 1
			if k, _ := slices.BinarySearch(marks, i); k < len(marks) {
				stop = marks[k]
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if want := wordEnd(text, i+n, end, stop); int(tk.end) != want {
				t.Fatalf("word at %d %q ends at %d, want %d", i, text[i:tk.end], tk.end, want)
			}
			w := text[i:tk.end]
			if got, want := tk.flags&fCap != 0, unicode.IsUpper(r) || hyphenParticle(w); got != want {
				t.Fatalf("word %q capitalised %v, want %v", w, got, want)
			}
		}
		if words == 0 && strings.TrimSpace(text) != "" && strings.ContainsAny(text, "abcdefghijklmnopqrstuvwxyz") {
			t.Fatalf("no words in %q", text[:min(len(text), 80)])
		}
	}
	check(`He said: "U.S. Secretary-General can’t Export–Import 3.5 AT&T x/y naïve Zürich's el-Sisi" and “a” "b`)
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Text)
			return !t.Failed()
		})
	}
}

// lexOneLoop is lex as it was before lexWords: every token, the common
// ASCII word too, read in lex's one loop.
func lexOneLoop(text string, paras []span, quotes []qspan, cont []int, dst []tok) []tok {
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
				// The common word, of ASCII letters and digits ended by a
				// space, read here: the run is wordEnd's own first loop
				// with its limit, and wordEnd is called only where the
				// run stops at a byte that may join (so from that byte on,
				// as if it had run from i+1). unicode.IsUpper accepts
				// only A-Z in ASCII.
				var flags uint8
				if inQuote >= 0 {
					flags = fInQuote
				}
				if c >= 'A' && c <= 'Z' {
					flags |= fCap
				}
				j, lim := i+1, p.end
				if mpos >= j && mpos < lim {
					lim = mpos
				}
				j += alnumRun(text[j:lim])
				if j < lim && text[j] != ' ' {
					j = wordEnd(text, j, p.end, mpos)
				}
				// (The length and hyphen test of hyphenParticle first,
				// inline: most words fail it.)
				if flags&fCap == 0 && j-i >= 4 && (text[i+2] == '-' || text[i+3] == '-') && hyphenParticle(text[i:j]) {
					flags |= fCap // "el-Sisi", "al-Quaety": a surname
				}
				dst = append(dst, tok{start: int32(i), end: int32(j), q: -1, kind: tWord, flags: flags})
				i = j
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

// TestLexWordsAgree checks lex, whose runs of ASCII words and spaces are
// read by lexWords, against lexOneLoop over the corpora and a sample of
// quotes closed, unclosed and carried on: the same tokens, and the same
// token indexes recorded on the quotes.
func TestLexWordsAgree(t *testing.T) {
	check := func(text string) {
		t.Helper()
		paras := paragraphs(text, nil)
		lead := newLeadScan(text)
		quotes, cont := scanQuotes(&lead, paras, nil, nil)
		got := lex(text, paras, quotes, cont, nil)
		gotQuotes := slices.Clone(quotes)
		want := lexOneLoop(text, paras, quotes, cont, nil)
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("token %d of %q: %+v, want %+v", i, text[:min(len(text), 80)], got[i], want[i])
				}
			}
			t.Fatalf("%d tokens of %q, want %d", len(got), text[:min(len(text), 80)], len(want))
		}
		if !slices.Equal(gotQuotes, quotes) {
			t.Fatalf("quotes of %q: %+v, want %+v", text[:min(len(text), 80)], gotQuotes, quotes)
		}
	}
	for _, text := range []string{
		`He said: "U.S. Secretary-General can’t Export–Import 3.5 AT&T x/y naïve Zürich's el-Sisi" and “a” "b`,
		"\"An unclosed quote runs to its paragraph's end,  with two spaces\n\n\"and carries on here\" he said.",
		"She said: \"the end of it all\"and then more words after it",
		"A plain paragraph with no quote at all, 12 words long and al-Sisi too.",
	} {
		check(text)
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Text)
			return !t.Failed()
		})
	}
}
