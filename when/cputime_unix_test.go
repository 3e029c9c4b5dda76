//go:build unix

package when_test

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time this process has used, so
// benchmarks on a shared machine can report throughput per core-second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
