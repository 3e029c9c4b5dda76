package wordtab

import (
	"fmt"
	"testing"
)

// TestFind checks the table against the list it is built from: every
// word is found with its id, other words are not, and an empty table
// finds nothing.
func TestFind(t *testing.T) {
	var empty Table
	if _, ok := empty.Find("gondor"); ok {
		t.Error("the empty table found a word")
	}
	for _, n := range []int{0, 1, 7, 8, 9, 1000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("w%d", i)
		}
		tb := New(keys)
		if tb.Slots() < 2*n {
			t.Errorf("n=%d: %d slots, want at least twice as many", n, tb.Slots())
		}
		for want, w := range keys {
			if got, ok := tb.Find(w); !ok || got != uint32(want) {
				t.Errorf("n=%d: Find(%q) = %d, %v; want %d, true", n, w, got, ok, want)
			}
		}
		for _, w := range []string{"", "w", fmt.Sprintf("w%d", n), "x0", "w01"} {
			if _, ok := tb.Find(w); ok {
				t.Errorf("n=%d: found %q, which is not in the table", n, w)
			}
		}
	}
}

// TestFindLongWords checks the words a slot's head cannot tell apart:
// words sharing their first eight bytes, differing only in length or in
// a later byte, and words with zero bytes that pad like shorter ones.
func TestFindLongWords(t *testing.T) {
	keys := []string{"internal", "internals", "international", "internationale", "interna", "a\x00", "a", "\x00", "", "conventionally", "conventionality"}
	tb := New(keys)
	for want, w := range keys {
		if got, ok := tb.Find(w); !ok || got != uint32(want) {
			t.Errorf("Find(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"internalz", "internationan", "internationalf", "intern", "a\x00\x00", "\x00\x00", "conventionalitz", "conventionall", "internationales"} {
		if id, ok := tb.Find(w); ok {
			t.Errorf("Find(%q) = %d, true; not in the table", w, id)
		}
	}
}

// TestFindEveryLength checks words of each length from 0 to 44 bytes,
// the cases Find spells out (one byte, two and four overlapping loads,
// eight bytes, and tails mixed and compared eight at a time with an
// overlapping last load), against words differing from them in one
// byte at each position, which none of the loads may miss.
func TestFindEveryLength(t *testing.T) {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"
	var keys []string
	for n := 0; n <= len(alphabet); n++ {
		keys = append(keys, alphabet[:n])
	}
	tb := New(keys)
	for want, w := range keys {
		if got, ok := tb.Find(w); !ok || got != uint32(want) {
			t.Errorf("Find(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
		for i := range len(w) {
			v := w[:i] + "Z" + w[i+1:]
			if id, ok := tb.Find(v); ok {
				t.Errorf("Find(%q) = %d, true; not in the table", v, id)
			}
		}
	}
}

// TestHashReference checks Hash, which calls nothing, against the hash
// as first written with helpers (the head byte by byte, the tail mixed
// after it), on words of every length to 40 with each byte value in
// each place: a Table built before and one built after place every
// word alike.
func TestHashReference(t *testing.T) {
	reference := func(w string) (head, h uint64) {
		for i := 0; i < len(w) && i < 8; i++ {
			head |= uint64(w[i]) << (8 * i)
		}
		if n := len(w); n > 0 && n < 8 {
			// A short word's head overlaps its last bytes as Hash reads them.
			head = 0
			switch {
			case n >= 4:
				head = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
				for i, c := range []byte(w[n-4:]) {
					head |= uint64(c) << (8 * (n - 4 + i))
				}
			case n >= 2:
				head = uint64(w[0]) | uint64(w[1])<<8
				for i, c := range []byte(w[n-2:]) {
					head |= uint64(c) << (8 * (n - 2 + i))
				}
			default:
				head = uint64(w[0])
			}
		}
		h = (head ^ uint64(len(w))<<59) * mulHead
		for i := 8; i < len(w); i += 8 {
			j := min(i, len(w)-8)
			var x uint64
			for k := 0; k < 8; k++ {
				x |= uint64(w[j+k]) << (8 * k)
			}
			h = (h ^ x) * mulTail
			h ^= h >> 32
		}
		return head, h
	}
	for n := 0; n <= 40; n++ {
		for pos := 0; pos < max(n, 1); pos++ {
			for c := 0; c < 256; c += 7 {
				b := make([]byte, n)
				for i := range b {
					b[i] = byte('a' + i%26)
				}
				if n > 0 {
					b[pos] = byte(c)
				}
				w := string(b)
				gh, gx := Hash(w)
				wh, wx := reference(w)
				if gh != wh || gx != wx {
					t.Fatalf("Hash(%q) = %x, %x; want %x, %x", w, gh, gx, wh, wx)
				}
			}
		}
	}
}
