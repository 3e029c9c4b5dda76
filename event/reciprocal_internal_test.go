package event

import "testing"

// TestTwoBodies checks which pairs of one country the reciprocal pass
// treats as two parties: bodies of different sectors only.
func TestTwoBodies(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"JPNGOV", "USAGOV", true},
		{"BRAGOV", "BRABUS", true},
		{"USALAB", "USAGOV", true},
		{"JPN", "JPNBUS", false},
		{"USAOPP", "USA", false},
		{"USAGOV", "USAGOVTRD", false},
		{"IGOBUSIMF", "BEL", true},
	}
	for _, tt := range tests {
		if got := twoBodies(tt.a, tt.b); got != tt.want {
			t.Errorf("twoBodies(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
