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
