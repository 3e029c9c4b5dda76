package cameo_test

import (
	"testing"

	"github.com/annals-project/annals/cameo"
)

func TestLookup(t *testing.T) {
	cb := cameo.New()
	if cb.Len() != 311 {
		t.Errorf("Len = %d, want 311 codes", cb.Len())
	}
	tests := []struct {
		code      string
		goldstein float64
		plover    string
		quad      int
	}{
		{"043", 2.8, "CONSULT", 1},
		{"0233", 3.4, "REQUEST", 1},
		{"073", 7.4, "AID", 2},
		{"111", -2.0, "ACCUSE", 3},
		{"138", -7.0, "THREATEN", 3},
		{"190", -10.0, "ASSAULT", 4},
		{"010", 0.0, "", 1},
	}
	for _, tt := range tests {
		got, ok := cb.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q) missing", tt.code)
			continue
		}
		if got.Goldstein != tt.goldstein || got.Plover != tt.plover || got.QuadClass != tt.quad || got.Root != tt.code[:2] {
			t.Errorf("Lookup(%q) = %+v, want goldstein %v plover %q quad %d", tt.code, got, tt.goldstein, tt.plover, tt.quad)
		}
	}
	if _, ok := cb.Lookup("999"); ok {
		t.Error("Lookup(999) found a code that does not exist")
	}
}

func TestQuadClass(t *testing.T) {
	for root, want := range map[string]int{"01": 1, "04": 1, "05": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4, "21": 0, "x": 0, "001": 0} {
		if got := cameo.QuadClass(root); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", root, got, want)
		}
	}
}
