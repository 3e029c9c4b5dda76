//go:build !race

// Package race says whether the race detector is on, so that tests counting
// allocations can skip: the detector changes what allocates and makes
// sync.Pool drop items at random.
package race

// Enabled is true when built with -race.
const Enabled = false
