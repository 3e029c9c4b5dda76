package where

import (
	"slices"
	"strings"
	"testing"
)

// TestBracketNames checks the firm-name keys read from angle brackets.
func TestBracketNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"cut its share in <Peabody Holding Co Inc> today", []string{"peabody", "peabody holding", "peabody holding co"}},
		{"PESCH SEES SUPPORT IN AMI <AMI> BID", []string{"ami"}},
		{"a < b and c > d", []string{"b", "b and", "b and c"}},
		{"no brackets", nil},
		{"unclosed <Merlin International", nil},
	}
	for _, tt := range tests {
		if got := bracketNames(tt.in, nil); !slices.Equal(got, tt.want) {
			t.Errorf("bracketNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzBracketNames checks that any text gives at most three keys per
// bracket, none empty, without panicking.
func FuzzBracketNames(f *testing.F) {
	f.Add("<Peabody Holding Co Inc> said")
	f.Add("<<>><a b c d e>")
	f.Fuzz(func(t *testing.T, s string) {
		keys := bracketNames(s, nil)
		if len(keys) > 3*(strings.Count(s, "<")+1) {
			t.Fatalf("%d keys for %q", len(keys), s)
		}
		for _, k := range keys {
			if k == "" {
				t.Fatalf("empty key for %q", s)
			}
		}
	})
}
