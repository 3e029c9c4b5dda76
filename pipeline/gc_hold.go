package pipeline

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
)

// gcHold counts the calls of New under way, so that the collector is held
// off from the first one's start to the last one's end and then set back
// as it was, however calls overlap.
var gcHold struct {
	sync.Mutex
	n    int
	prev int // the GC percentage to restore

	// A release leaves the collector off under a memory limit until its
	// first cycle (deferFirstCycle): deferred is the generation of the
	// pending deferral (0 when none) and limit the memory limit it replaced.
	deferred uint64
	gen      uint64
	limit    int64
}

// holdGC stops the collector until the returned release runs. New builds
// some 30 MB of tables that live as long as the process; collecting while
// they grow only marks them again and again (seven cycles, a fifth of a
// one-article `annals code` run's CPU time), while holding off costs a
// few megabytes of garbage until the first collection after.
func holdGC() (release func()) {
	gcHold.Lock()
	if gcHold.n == 0 {
		if gcHold.deferred != 0 {
			// The collector is still off from the last release: keep its
			// percentage to restore and drop the pending limit.
			debug.SetMemoryLimit(gcHold.limit)
			gcHold.deferred = 0
		} else {
			gcHold.prev = debug.SetGCPercent(-1)
		}
	}
	gcHold.n++
	gcHold.Unlock()
	return func() {
		gcHold.Lock()
		if gcHold.n--; gcHold.n == 0 {
			deferFirstCycle()
		}
		gcHold.Unlock()
	}
}

// deferFirstCycle sets the collector back as it was before the first hold,
// except that its first cycle waits until the heap has grown by what the
// GC percentage allows over the heap New left. Set back at once, the
// percentage would start a cycle on the next allocation: the runtime's
// goal is still that of the empty heap it last marked, and that cycle's
// marking of the tables was a quarter of a one-article `annals code` run
// and a twentieth of a 3000-article one. Instead the collector stays off
// under a memory limit of the memory in use plus that growth, and a
// sentinel's cleanup, run after the first cycle, restores the percentage
// and the limit. Memory stays within what the percentage allows for a
// heap as large as the one New left. gcHold must be locked.
func deferFirstCycle() {
	prev := gcHold.prev
	if prev <= 0 {
		debug.SetGCPercent(prev)
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms) // one short stop; runtime/metrics costs more to start
	growth := float64(ms.HeapAlloc) * float64(prev) / 100
	want := float64(ms.Sys-ms.HeapReleased) + growth
	old := debug.SetMemoryLimit(-1)
	if want >= float64(old) || want >= math.MaxInt64 {
		debug.SetGCPercent(prev) // the limit already comes first
		return
	}
	debug.SetMemoryLimit(int64(want))
	gcHold.gen++
	gen := gcHold.gen
	gcHold.deferred, gcHold.limit = gen, old
	sentinel := new(gcSentinel)
	runtime.AddCleanup(sentinel, endDeferral, gen)
}

// gcSentinel is allocated only to be collected: its cleanup marks the
// first cycle after a release. It holds a pointer and is larger than the
// tiny allocator's blocks, so that it is freed on its own.
type gcSentinel struct {
	p *gcSentinel
	_ [24]byte
}

// endDeferral restores the collector's percentage and memory limit after
// the first cycle of the deferral gen, unless a later hold ended it.
func endDeferral(gen uint64) {
	gcHold.Lock()
	defer gcHold.Unlock()
	if gcHold.deferred != gen {
		return
	}
	gcHold.deferred = 0
	debug.SetMemoryLimit(gcHold.limit)
	debug.SetGCPercent(gcHold.prev)
}
