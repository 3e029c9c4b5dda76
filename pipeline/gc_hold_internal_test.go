package pipeline

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector's setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestHoldGC checks that overlapping holds keep the collector off until
// the last is released, in either order, and then restore its setting.
func TestHoldGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	for _, c := range []struct {
		name         string
		firstRelease int // which hold is released first
	}{
		{"nested", 1},
		{"crossed", 0},
	} {
		holds := []func(){holdGC(), holdGC()}
		if p := gcPercent(); p != -1 {
			t.Errorf("%s: held, percent %d, want -1", c.name, p)
		}
		holds[c.firstRelease]()
		if p := gcPercent(); p != -1 {
			t.Errorf("%s: one hold left, percent %d, want -1", c.name, p)
		}
		holds[1-c.firstRelease]()
		if p := gcPercent(); p != 150 {
			t.Errorf("%s: released, percent %d, want 150", c.name, p)
		}
	}
}

// TestNewRestoresGC checks that New leaves the collector as it found it.
func TestNewRestoresGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(120))
	if _, err := New(Options{}); err != nil {
		t.Fatal(err)
	}
	if p := gcPercent(); p != 120 {
		t.Errorf("after New, percent %d, want 120", p)
	}
}
