package main

import (
	"os"
	"runtime/debug"
)

// batchMemLimit is the Go heap a batch run of annals code may fill before
// the collector runs: with collection by percentage off, a run over all of
// Reuters (a live heap of about 47 MB, most of it the dictionaries and the
// gazetteer) allocates about 135 MB in all and never collects, where the
// default would collect four times, each cycle marking those tables again
// for no gain. Peak resident memory stays near 160 MB, under issue 2's
// 300 MB.
const batchMemLimit = 192 << 20

// batchGC sets the collector for a batch run, unless the user set GOGC or
// GOMEMLIMIT, and returns the function that sets it back. Collection then
// happens only as the heap nears batchMemLimit, which the runtime keeps to
// by collecting as often as it must.
func batchGC() (restore func()) {
	if _, ok := os.LookupEnv("GOGC"); ok {
		return func() {}
	}
	if _, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		return func() {}
	}
	limit := debug.SetMemoryLimit(batchMemLimit)
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
