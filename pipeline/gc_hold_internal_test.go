package pipeline

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent reads the collector's setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// awaitRestore runs collections until the deferral of the collector's
// first cycle has ended (its cleanup runs on another goroutine) and
// reports the percentage and memory limit then.
func awaitRestore(t *testing.T) (int, int64) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		runtime.GC()
		gcHold.Lock()
		pending := gcHold.deferred != 0
		gcHold.Unlock()
		if !pending {
			return gcPercent(), debug.SetMemoryLimit(-1)
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the deferral of the first cycle never ended")
	return 0, 0
}

// TestHoldGC checks that overlapping holds keep the collector off until
// the last is released, in either order, that the release then defers
// the first cycle under a memory limit, and that after that cycle the
// setting and limit are restored.
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
		if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l == math.MaxInt64 {
			t.Errorf("%s: released, percent %d and limit %d, want -1 under a limit until a cycle", c.name, p, l)
		}
		if p, l := awaitRestore(t); p != 150 || l != math.MaxInt64 {
			t.Errorf("%s: after a cycle, percent %d and limit %d, want 150 and none", c.name, p, l)
		}
	}
}

// TestHoldDuringDeferral checks that a hold taken while the first cycle is
// deferred keeps the percentage to restore and drops the pending limit.
func TestHoldDuringDeferral(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(130))
	holdGC()()
	release := holdGC()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != math.MaxInt64 {
		t.Errorf("held again, percent %d and limit %d, want -1 and none", p, l)
	}
	release()
	if p, l := awaitRestore(t); p != 130 || l != math.MaxInt64 {
		t.Errorf("after a cycle, percent %d and limit %d, want 130 and none", p, l)
	}
}

// TestNewRestoresGC checks that New leaves the collector as it found it
// once its first cycle has run.
func TestNewRestoresGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(120))
	if _, err := New(Options{}); err != nil {
		t.Fatal(err)
	}
	if p, l := awaitRestore(t); p != 120 || l != math.MaxInt64 {
		t.Errorf("after New and a cycle, percent %d and limit %d, want 120 and none", p, l)
	}
}

// TestGCOffStaysOff checks that a collector turned off before New is left
// off, with no limit set.
func TestGCOffStaysOff(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	holdGC()()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != math.MaxInt64 {
		t.Errorf("percent %d and limit %d, want -1 and none", p, l)
	}
}
