package input

import (
	"encoding/binary"
	"math/bits"
	"strings"

	"github.com/annals-project/annals"
)

// decodeFlat decodes the common shape of an article line without
// encoding/json, whose reflection cost about a twentieth of a whole
// Reuters run (issue 2): one object whose known fields (id, title, date,
// text, url, source) hold strings or null and whose other fields hold any
// JSON value, skipped. It reports false, and decode falls back to
// encoding/json, for anything else: a key in other than lower-case ASCII
// (encoding/json matches keys case-insensitively), a \u escape, a non-string
// id, a missing text, a nesting deeper than maxFlatDepth, or anything not
// strictly valid JSON. When it reports true, the article is the one
// encoding/json would give (TestDecodeFlat, FuzzDecodeFlat). b must be
// valid UTF-8.
func decodeFlat(b []byte) (annals.Article, bool) {
	var a annals.Article
	p := flatParser{b: b}
	if !p.byte('{') {
		return a, false
	}
	hasText := false
	if p.peek() == '}' {
		return a, false // no text
	}
	for {
		key, ok := p.key()
		if !ok || !p.byte(':') {
			return a, false
		}
		var dst *string
		switch string(key) { // compared in place: no string is made
		case "id":
			dst = &a.ID
		case "title":
			dst = &a.Title
		case "date":
			dst = &a.Date
		case "text":
			dst = &a.Text
		case "url":
			dst = &a.URL
		case "source":
			dst = &a.Source
		}
		switch c := p.peek(); {
		case dst == nil:
			if !p.skipValue(0) {
				return a, false
			}
		case c == '"':
			s, ok := p.str()
			if !ok {
				return a, false
			}
			*dst = s
			if dst == &a.Text {
				hasText = true
			}
		case c == 'n' && dst != &a.ID:
			// null leaves a string as it was and empties the text pointer.
			if !p.literal("null") {
				return a, false
			}
			if dst == &a.Text {
				a.Text, hasText = "", false
			}
		default:
			return a, false // a number or other id is kept as written: left to encoding/json
		}
		switch p.next() {
		case ',':
			continue
		case '}':
			p.space()
			return a, hasText && p.i == len(p.b)
		default:
			return a, false
		}
	}
}

// maxFlatDepth bounds the nesting of a skipped value: deeper lines go to
// encoding/json, which has its own limit.
const maxFlatDepth = 64

// flatParser scans one JSON line for decodeFlat.
type flatParser struct {
	b []byte
	i int
}

// space skips JSON whitespace.
func (p *flatParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// peek returns the next byte after whitespace without taking it, or 0.
func (p *flatParser) peek() byte {
	p.space()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

// next takes the next byte after whitespace, or 0 at the end.
func (p *flatParser) next() byte {
	c := p.peek()
	if c != 0 {
		p.i++
	}
	return c
}

// byte takes c after whitespace.
func (p *flatParser) byte(c byte) bool {
	if p.peek() != c {
		return false
	}
	p.i++
	return true
}

// literal takes the literal word w (null, true, false).
func (p *flatParser) literal(w string) bool {
	if len(p.b)-p.i < len(w) || string(p.b[p.i:p.i+len(w)]) != w {
		return false
	}
	p.i += len(w)
	return true
}

// key takes an object key written in lower-case ASCII letters, digits,
// '_' and '-' alone, which only the same key matches in encoding/json.
func (p *flatParser) key() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for ; p.i < len(p.b); p.i++ {
		c := p.b[p.i]
		switch {
		case c == '"':
			k := p.b[start:p.i]
			p.i++
			return k, len(k) > 0
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '_', c == '-':
		default:
			return nil, false
		}
	}
	return nil, false
}

// str takes a string value, with the escapes other than \u.
func (p *flatParser) str() (string, bool) {
	p.i++ // the opening quote
	start := p.i
	p.i = plainEnd(p.b, p.i)
	if p.i == len(p.b) {
		return "", false
	}
	switch p.b[p.i] {
	case '"':
		s := string(p.b[start:p.i])
		p.i++
		return s, true
	case '\\':
		return p.escaped(start)
	}
	return "", false // a control byte
}

// Bytes repeated across a word, for plainEnd.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainEnd returns the index of the first quote, backslash or control byte
// in b from i (at most len(b)), or len(b): the end of a run that a string
// copies as it is. It tests sixteen bytes at a time, since article texts
// run to kilobytes between escapes, and looks into a pair of words only
// when one holds a stop. In each word, x-k*ones has a byte's high bit
// set where that byte is below k (or a lower one borrowed), and ^x keeps
// only the bytes that had it clear; a borrow only flags bytes above a true
// match, so the lowest flag is exact.
func plainEnd(b []byte, i int) int {
	for ; i+16 <= len(b); i += 16 {
		w := b[i : i+16]
		mx := plainStops(binary.LittleEndian.Uint64(w))
		my := plainStops(binary.LittleEndian.Uint64(w[8:]))
		if mx|my != 0 {
			if mx != 0 {
				return i + bits.TrailingZeros64(mx)/8
			}
			return i + 8 + bits.TrailingZeros64(my)/8
		}
	}
	if i+8 <= len(b) {
		if m := plainStops(binary.LittleEndian.Uint64(b[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return i
}

// plainStops flags, in the high bit of its byte, each quote, backslash or
// control byte of the eight bytes of x, exact from the lowest flag up to
// the first (see plainEnd).
func plainStops(x uint64) uint64 {
	return ((x - 0x20*ones) | ((x ^ '"'*ones) - ones) | ((x ^ '\\'*ones) - ones)) &^ x & highs
}

// escaped finishes a string that began at start and has an escape at p.i.
func (p *flatParser) escaped(start int) (string, bool) {
	var sb strings.Builder
	sb.Grow(len(p.b) - start)
	sb.Write(p.b[start:p.i])
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return sb.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			// Copy the run up to the next quote, escape or control byte.
			j := plainEnd(p.b, p.i+1)
			sb.Write(p.b[p.i:j])
			p.i = j
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
		}
		var r byte
		switch p.b[p.i+1] {
		case '"', '\\', '/':
			r = p.b[p.i+1]
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		default:
			return "", false // \u (surrogates, replacement) is left to encoding/json
		}
		sb.WriteByte(r)
		p.i += 2
	}
	return "", false
}

// skipValue takes any JSON value, checking its grammar.
func (p *flatParser) skipValue(depth int) bool {
	if depth > maxFlatDepth {
		return false
	}
	switch c := p.peek(); {
	case c == '"':
		return p.skipString()
	case c == '{':
		p.i++
		if p.peek() == '}' {
			p.i++
			return true
		}
		for {
			if p.peek() != '"' || !p.skipString() || !p.byte(':') || !p.skipValue(depth+1) {
				return false
			}
			switch p.next() {
			case ',':
				continue
			case '}':
				return true
			default:
				return false
			}
		}
	case c == '[':
		p.i++
		if p.peek() == ']' {
			p.i++
			return true
		}
		for {
			if !p.skipValue(depth + 1) {
				return false
			}
			switch p.next() {
			case ',':
				continue
			case ']':
				return true
			default:
				return false
			}
		}
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return p.skipNumber()
	}
	return false
}

// skipString takes a string, checking its escapes.
func (p *flatParser) skipString() bool {
	p.i++ // the opening quote
	for p.i < len(p.b) {
		p.i = plainEnd(p.b, p.i)
		if p.i == len(p.b) {
			return false
		}
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if p.i+1 >= len(p.b) {
				return false
			}
			switch p.b[p.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i += 2
			case 'u':
				if p.i+6 > len(p.b) {
					return false
				}
				for _, h := range p.b[p.i+2 : p.i+6] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return false
					}
				}
				p.i += 6
			default:
				return false
			}
		default:
			p.i++
		}
	}
	return false
}

// skipNumber takes a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *flatParser) skipNumber() bool {
	if p.b[p.i] == '-' {
		p.i++
	}
	if p.i >= len(p.b) {
		return false
	}
	if p.b[p.i] == '0' {
		p.i++
	} else if !p.digits() {
		return false
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if !p.digits() {
			return false
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if !p.digits() {
			return false
		}
	}
	return true
}

// digits takes one or more decimal digits.
func (p *flatParser) digits() bool {
	start := p.i
	for p.i < len(p.b) && '0' <= p.b[p.i] && p.b[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}
