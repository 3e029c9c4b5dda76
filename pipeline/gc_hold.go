package pipeline

import (
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
}

// holdGC stops the collector until the returned release runs. New builds
// some 30 MB of tables that live as long as the process; collecting while
// they grow only marks them again and again (seven cycles, a fifth of a
// one-article `annals code` run's CPU time), while holding off costs a
// few megabytes of garbage until the first collection after.
func holdGC() (release func()) {
	gcHold.Lock()
	if gcHold.n == 0 {
		gcHold.prev = debug.SetGCPercent(-1)
	}
	gcHold.n++
	gcHold.Unlock()
	return func() {
		gcHold.Lock()
		if gcHold.n--; gcHold.n == 0 {
			debug.SetGCPercent(gcHold.prev)
		}
		gcHold.Unlock()
	}
}
