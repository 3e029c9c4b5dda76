package quote

import "testing"

// TestMarkIn8 checks the eight-byte test that scanQuotes uses to pass over
// plain text: it must flag every chunk holding a byte of markLead, and an
// ASCII chunk holding none must not be flagged.
func TestMarkIn8(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"abcdefgh", false},
		{"the cat ", false},
		{"said 10,", false},
		{"\"abcdefg", true},
		{"abcdefg\"", true},
		{"abc'defg", true},
		{"abc\u201cde", true},   // a curly double mark
		{"ab\u00abcdef", true},  // a guillemet
		{"caf\u00e9 xyz", true}, // any other multi-byte character
		{"!#$%&()*", false},
		{"\x00\x01\x21\x23\x26\x28\x7f\x7e", false},
	}
	for _, tt := range tests {
		if got := markIn8(tt.in, 0); got != tt.want {
			t.Errorf("markIn8(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// Every single byte at every position, among plain letters.
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 8; pos++ {
			buf := []byte("xxxxxxxx")
			buf[pos] = byte(b)
			want := markLead[b] || b >= 0x80
			if got := markIn8(string(buf), 0); got != want {
				t.Errorf("markIn8 with byte %#x at %d = %v, want %v", b, pos, got, want)
			}
		}
	}
}

// TestSkipPlain checks skipPlain against a byte-by-byte reading of the
// same eight-byte steps, with one byte of every value at every position
// among plain letters: it must stop at the first straight mark or byte
// above ASCII of the first step that holds one, and pass over the rest.
func TestSkipPlain(t *testing.T) {
	ref := func(s string, i int) int {
		for ; i+8 <= len(s); i += 8 {
			for k := i; k < i+8; k++ {
				if c := s[k]; c == '"' || c == '\'' || c >= 0x80 {
					return k
				}
			}
		}
		return i
	}
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 24; pos++ {
			buf := []byte("xxxxxxxxxxxxxxxxxxxxxxxx")
			buf[pos] = byte(b)
			for from := 0; from <= len(buf); from++ {
				if got, want := skipPlain(string(buf), from, len(buf)), ref(string(buf), from); got != want {
					t.Fatalf("skipPlain with byte %#x at %d from %d = %d, want %d", b, pos, from, got, want)
				}
			}
		}
	}
	// Two flagged bytes in one step: the first is returned, whatever
	// the borrow of the second.
	if got := skipPlain(`ab"'"cde`, 0, 8); got != 2 {
		t.Errorf("skipPlain = %d, want 2", got)
	}
}
