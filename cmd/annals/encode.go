package main

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// appendResult appends r as one JSON object, byte for byte what
// json.Marshal writes for it (HTML-safe escapes, omitempty, null for nil
// slices and pointers), or reports false for a value json.Marshal
// refuses (a NaN or infinite float), which the caller then encodes with
// encoding/json to get its error. annals code writes one object per
// article; encoding/json walks the records by reflection and allocates
// each line anew, and writing them directly into a reused buffer took
// annals code over Reuters from about 9.4 to 8.6 s of CPU on one core.
// TestAppendResult compares the two encoders over every field, awkward
// strings and floats, and coded corpus articles.
func appendResult(b []byte, r *annals.Result) ([]byte, bool) {
	e := encoder{b: b, ok: true}
	e.raw(`{"id":`)
	e.str(r.ID)
	if r.Title != "" {
		e.raw(`,"title":`)
		e.str(r.Title)
	}
	if r.Date != "" {
		e.raw(`,"date":`)
		e.str(r.Date)
	}
	e.raw(`,"sentences":`)
	if r.Sentences == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i, s := range r.Sentences {
			e.comma(i)
			e.raw(`{"start":`)
			e.int(s.Start)
			e.raw(`,"end":`)
			e.int(s.End)
			if s.Title {
				e.raw(`,"title":true`)
			}
			e.raw("}")
		}
		e.raw("]")
	}
	e.raw(`,"events":`)
	if r.Events == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i := range r.Events {
			e.comma(i)
			e.event(&r.Events[i])
		}
		e.raw("]")
	}
	e.raw(`,"quotes":`)
	if r.Quotes == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i := range r.Quotes {
			e.comma(i)
			e.quote(&r.Quotes[i])
		}
		e.raw("]")
	}
	e.raw(`,"entities":`)
	if r.Entities == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i := range r.Entities {
			e.comma(i)
			e.entity(&r.Entities[i])
		}
		e.raw("]")
	}
	e.raw(`,"places":`)
	if r.Places == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i := range r.Places {
			e.comma(i)
			e.place(&r.Places[i])
		}
		e.raw("]")
	}
	e.raw(`,"times":`)
	if r.Times == nil {
		e.raw("null")
	} else {
		e.raw("[")
		for i, t := range r.Times {
			e.comma(i)
			e.raw(`{"text":`)
			e.str(t.Text)
			e.raw(`,"value":`)
			e.str(t.Value)
			e.raw(`,"start":`)
			e.int(t.Start)
			e.raw(`,"end":`)
			e.int(t.End)
			e.raw(`,"sentence":`)
			e.int(t.Sentence)
			e.raw("}")
		}
		e.raw("]")
	}
	if r.Discarded != "" {
		e.raw(`,"discarded":`)
		e.str(r.Discarded)
	}
	e.raw("}")
	return e.b, e.ok
}

// encoder appends JSON to b; ok turns false on a float JSON cannot hold.
type encoder struct {
	b  []byte
	ok bool
}

func (e *encoder) raw(s string) { e.b = append(e.b, s...) }

func (e *encoder) comma(i int) {
	if i > 0 {
		e.b = append(e.b, ',')
	}
}

// int writes n in decimal. Offsets, lengths and indexes are small and
// never negative, and a record has many of them: such a number's digits
// are written in place, two at a time from the last, with 32-bit
// arithmetic and no call (strconv.AppendInt takes three calls and a copy
// for each); any other number goes through strconv.
func (e *encoder) int(n int) {
	if n < 0 || n >= 1e9 {
		e.b = strconv.AppendInt(e.b, int64(n), 10)
		return
	}
	u := uint32(n)
	digits := 1
	for p := uint32(10); p <= u; p *= 10 { // p ends at 1e9 at most: no overflow
		digits++
	}
	b := slices.Grow(e.b, digits)
	b = b[:len(b)+digits]
	i := len(b)
	for u >= 100 {
		q := u / 100
		r := (u - q*100) * 2
		i -= 2
		b[i], b[i+1] = digitPairs[r], digitPairs[r+1]
		u = q
	}
	if u >= 10 {
		b[i-2], b[i-1] = digitPairs[u*2], digitPairs[u*2+1]
	} else {
		b[i-1] = byte('0' + u)
	}
	e.b = b
}

// digitPairs spells 00 to 99, two bytes each, for int.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

func (e *encoder) bool(v bool) {
	if v {
		e.raw("true")
	} else {
		e.raw("false")
	}
}

// float writes f as encoding/json does: shortest form, exponent only
// below 1e-6 or from 1e21, with a one-digit negative exponent unpadded.
func (e *encoder) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.ok = false
		e.raw("null")
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if n := len(e.b); format == 'e' && n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
		e.b[n-2] = e.b[n-1]
		e.b = e.b[:n-1]
	}
}

const hexDigits = "0123456789abcdef"

// str writes s as a JSON string with encoding/json's escapes: control
// bytes, quote and backslash, the HTML characters <, > and &, U+2028
// and U+2029, and U+FFFD for each byte of invalid UTF-8. Most strings
// written are short (codes, names, dates), so the bytes after the last
// whole word are stepped over with a table rather than a chain of tests.
func (e *encoder) str(s string) {
	b := append(e.b, '"')
	start := 0
	for i := 0; ; {
		// Skip plain bytes eight at a time, up to the first other: m has
		// the high bit set of each byte str cannot copy as it is (a
		// control byte, quote, backslash, <, >, & or a byte of a
		// multi-byte character), exact from the lowest set byte. x-k*ones
		// sets a byte's high bit where it is below k (zero after the xor:
		// equal) or a lower byte borrowed; &^x drops the bytes whose own
		// high bit was set, which x&highs flags apart.
		for i+8 <= len(s) {
			w := s[i : i+8] // one bounds check, so the eight loads merge into one
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			low := x - 0x20*ones | (x ^ '"'*ones - ones) | (x ^ '\\'*ones - ones) |
				(x ^ '<'*ones - ones) | (x ^ '>'*ones - ones) | (x ^ '&'*ones - ones)
			if m := (low&^x | x) & highs; m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		// The word loop stops at a byte to look at or fewer than eight
		// bytes before the end; plainJSON steps over what it left.
		for i < len(s) && plainJSON[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	e.b = append(b, '"')
}

// plainJSON holds the bytes that str copies as they are: printable ASCII
// but for the quote, the backslash and the HTML characters <, > and &.
var plainJSON = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// Bytes repeated across a word, for str.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

func (e *encoder) actor(a *annals.ActorRef) {
	if a == nil {
		e.raw("null")
		return
	}
	e.raw(`{"text":`)
	e.str(a.Text)
	e.raw(`,"name":`)
	e.str(a.Name)
	e.raw(`,"code":`)
	e.str(a.Code)
	e.raw(`,"start":`)
	e.int(a.Start)
	e.raw(`,"end":`)
	e.int(a.End)
	if a.Via != "" {
		e.raw(`,"via":`)
		e.str(a.Via)
	}
	if a.Entry != "" {
		e.raw(`,"entry":`)
		e.str(a.Entry)
	}
	e.raw("}")
}

func (e *encoder) event(v *annals.Event) {
	e.raw(`{"sentence":`)
	e.int(v.Sentence)
	e.raw(`,"source":`)
	e.actor(v.Source)
	e.raw(`,"target":`)
	e.actor(v.Target)
	e.raw(`,"code":`)
	e.str(v.Code)
	e.raw(`,"root":`)
	e.str(v.Root)
	e.raw(`,"plover":`)
	e.str(v.Plover)
	e.raw(`,"quad_class":`)
	e.int(v.QuadClass)
	e.raw(`,"goldstein":`)
	e.float(v.Goldstein)
	e.raw(`,"date":`)
	e.str(v.Date)
	e.raw(`,"location":`)
	if v.Location == nil {
		e.raw("null")
	} else {
		e.place(v.Location)
	}
	e.raw(`,"negated":`)
	e.bool(v.Negated)
	e.raw(`,"mode":`)
	e.str(v.Mode)
	ev := &v.Evidence
	e.raw(`,"evidence":{"verb":`)
	e.str(ev.Verb)
	e.raw(`,"start":`)
	e.int(ev.Start)
	e.raw(`,"end":`)
	e.int(ev.End)
	e.raw(`,"rule":`)
	e.str(ev.Rule)
	if ev.Pattern != "" {
		e.raw(`,"pattern":`)
		e.str(ev.Pattern)
	}
	if len(ev.Notes) > 0 {
		e.raw(`,"notes":[`)
		for i, n := range ev.Notes {
			e.comma(i)
			e.str(n)
		}
		e.raw("]")
	}
	e.raw("}}")
}

func (e *encoder) quote(q *annals.Quote) {
	e.raw(`{"text":`)
	e.str(q.Text)
	e.raw(`,"start":`)
	e.int(q.Start)
	e.raw(`,"end":`)
	e.int(q.End)
	e.raw(`,"speaker":`)
	e.actor(q.Speaker)
	e.raw(`,"cue":`)
	e.str(q.Cue)
	e.raw(`,"sentence":`)
	e.int(q.Sentence)
	if q.Kind != "" {
		e.raw(`,"kind":`)
		e.str(q.Kind)
	}
	if q.CueStart != 0 {
		e.raw(`,"cue_start":`)
		e.int(q.CueStart)
	}
	if q.CueEnd != 0 {
		e.raw(`,"cue_end":`)
		e.int(q.CueEnd)
	}
	e.raw("}")
}

func (e *encoder) mentions(m [][2]int) {
	if m == nil {
		e.raw("null")
		return
	}
	e.raw("[")
	for i, s := range m {
		e.comma(i)
		e.raw("[")
		e.int(s[0])
		e.raw(",")
		e.int(s[1])
		e.raw("]")
	}
	e.raw("]")
}

func (e *encoder) entity(n *annals.Entity) {
	e.raw(`{"name":`)
	e.str(n.Name)
	e.raw(`,"type":`)
	e.str(n.Type)
	if n.Role != "" {
		e.raw(`,"role":`)
		e.str(n.Role)
	}
	if n.Affiliation != "" {
		e.raw(`,"affiliation":`)
		e.str(n.Affiliation)
	}
	if n.Code != "" {
		e.raw(`,"code":`)
		e.str(n.Code)
	}
	e.raw(`,"mentions":`)
	e.mentions(n.Mentions)
	if n.Source != "" {
		e.raw(`,"source":`)
		e.str(n.Source)
	}
	e.raw("}")
}

func (e *encoder) place(p *annals.Place) {
	e.raw(`{"name":`)
	e.str(p.Name)
	if p.Country != "" {
		e.raw(`,"country":`)
		e.str(p.Country)
	}
	e.raw(`,"lat":`)
	e.float(p.Lat)
	e.raw(`,"lon":`)
	e.float(p.Lon)
	if len(p.Mentions) > 0 {
		e.raw(`,"mentions":`)
		e.mentions(p.Mentions)
	}
	if p.GeonameID != 0 {
		e.raw(`,"geonameid":`)
		e.int(p.GeonameID)
	}
	if p.Dateline {
		e.raw(`,"dateline":true`)
	}
	e.raw("}")
}
