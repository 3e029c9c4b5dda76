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
