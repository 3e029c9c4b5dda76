package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestBatchGC checks that a batch run turns collection by percentage off
// under batchMemLimit and sets both back, and that a user's GOGC or
// GOMEMLIMIT is left to rule.
func TestBatchGC(t *testing.T) {
	for _, tc := range []struct {
		name, env, value string
		set              bool
	}{
		{"defaults", "", "", true},
		{"user GOGC", "GOGC", "150", false},
		{"user GOMEMLIMIT", "GOMEMLIMIT", "1GiB", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// An empty value of GOGC is still the user's: unset both to
			// test the defaults.
			for _, k := range []string{"GOGC", "GOMEMLIMIT"} {
				t.Setenv(k, "")
				unsetenv(t, k)
			}
			if tc.env != "" {
				t.Setenv(tc.env, tc.value)
			}
			percent := debug.SetGCPercent(100)
			limit := debug.SetMemoryLimit(-1)
			defer debug.SetGCPercent(percent)
			restore := batchGC()
			gotPercent := debug.SetGCPercent(-1)
			debug.SetGCPercent(gotPercent)
			gotLimit := debug.SetMemoryLimit(-1)
			if tc.set && (gotPercent != -1 || gotLimit != batchMemLimit) {
				t.Errorf("during the run: GC percent %d, limit %d; want -1, %d", gotPercent, gotLimit, batchMemLimit)
			}
			if !tc.set && (gotPercent != 100 || gotLimit != limit) {
				t.Errorf("during the run: GC percent %d, limit %d; want the user's 100, %d", gotPercent, gotLimit, limit)
			}
			restore()
			if p := debug.SetGCPercent(percent); p != 100 {
				t.Errorf("after the run: GC percent %d, want 100 back", p)
			}
			if l := debug.SetMemoryLimit(-1); l != limit {
				t.Errorf("after the run: memory limit %d, want %d back", l, limit)
			}
		})
	}
}

// unsetenv removes k from the environment for the rest of the test; t.Setenv
// has already arranged for its value to be put back.
func unsetenv(t *testing.T, k string) {
	t.Helper()
	if err := os.Unsetenv(k); err != nil {
		t.Fatal(err)
	}
}
