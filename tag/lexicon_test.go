package tag

import (
	"strings"
	"testing"
)

// TestParseEntries checks the one-pass line reader on the cases of the
// format: comments and blank lines skipped, a trailing space or a missing
// last newline harmless, and a word without readings, an empty reading or
// words out of order refused.
func TestParseEntries(t *testing.T) {
	tests := []struct {
		data    string
		words   []string
		wantErr bool
	}{
		{data: "# header a b\n\nable a5\nact n3 v7\n", words: []string{"able", "act"}},
		{data: "able a5\nact n3 v7", words: []string{"able", "act"}},
		{data: "able a5 \nact n3\n", words: []string{"able", "act"}},
		{data: "able \nact n3\n", words: []string{"able", "act"}},
		{data: "went vDN>go\n", words: []string{"went"}},
		{data: "able\n", wantErr: true},
		{data: "able", wantErr: true},
		{data: "able a5  n3\n", wantErr: true},
		{data: "able  a5\n", wantErr: true},
		{data: "act n3\nable a5\n", wantErr: true},
		{data: "act n3\nact v2\n", wantErr: true},
		{data: "act q3\n", wantErr: true},
	}
	for _, tt := range tests {
		store, err := parseEntries(tt.data)
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: err %v, want error %v", tt.data, err, tt.wantErr)
			continue
		}
		var words []string
		for _, e := range store {
			words = append(words, e.word)
		}
		if strings.Join(words, " ") != strings.Join(tt.words, " ") {
			t.Errorf("%q: words %q, want %q", tt.data, words, tt.words)
		}
	}
}

// TestParseEntriesMatchesCut checks the one-pass reader against lines
// split with strings.Cut over the whole of lexicon.txt: the same words in
// the same order, with the same readings.
func TestParseEntriesMatchesCut(t *testing.T) {
	store, err := parseEntries(lexiconData)
	if err != nil {
		t.Fatal(err)
	}
	var want []entry
	for _, line := range strings.Split(lexiconData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		word, fields, _ := strings.Cut(line, " ")
		e := entry{word: word}
		for _, f := range strings.Split(fields, " ") {
			if err := e.addReading(f); err != nil {
				t.Fatal(err)
			}
		}
		want = append(want, e)
	}
	if len(store) != len(want) {
		t.Fatalf("%d entries, want %d", len(store), len(want))
	}
	for i := range want {
		got, w := store[i], want[i]
		if got.word != w.word || got.cls != w.cls || got.vIrr != w.vIrr || got.n != w.n || got.v != w.v || got.a != w.a || got.r != w.r ||
			(got.irr == nil) != (w.irr == nil) || got.irr != nil && *got.irr != *w.irr {
			t.Errorf("entry %d: %+v, want %+v", i, got, w)
		}
	}
}

// TestFieldEnd checks fieldEnd's one-comparison test against a test of
// each stop in turn, at every offset of the embedded lexicon and with
// each byte value at each position of a field, beside spaces, newlines
// and bytes that differ from them in one bit or only in the high bit.
func TestFieldEnd(t *testing.T) {
	byByte := func(s string, k int) int {
		for k < len(s) && s[k] != ' ' && s[k] != '\n' {
			k++
		}
		return k
	}
	for k := 0; k <= len(lexiconData); k++ {
		if got, want := fieldEnd(lexiconData, k), byByte(lexiconData, k); got != want {
			t.Fatalf("fieldEnd(lexicon, %d) = %d, want %d", k, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for _, fill := range []byte{'a', ' ', '\n', 0x00, 0x0b, 0x21, 0x7f, 0x80, 0x8a, 0xa0, 0xff} {
			for n := 0; n < 20; n++ {
				for pos := 0; pos < n; pos++ {
					b := make([]byte, n)
					for i := range b {
						b[i] = fill
					}
					b[pos] = byte(c)
					s := string(b)
					for k := 0; k <= min(n, 3); k++ {
						if got, want := fieldEnd(s, k), byByte(s, k); got != want {
							t.Fatalf("fieldEnd(%q, %d) = %d, want %d", s, k, got, want)
						}
					}
				}
			}
		}
	}
}
