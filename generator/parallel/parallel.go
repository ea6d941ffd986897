// Package parallel runs the independent steps of a stage on every core:
// reading and decoding files, rendering pages, writing them.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i in [0, n), on one goroutine per core. The
// steps are handed out one at a time, so slow ones do not hold up a core.
func For(n int, f func(i int)) { ForWorkers(runtime.GOMAXPROCS(0), n, f) }

// ForWorkers is For with a given number of goroutines, for steps that
// wait on system calls more than they compute. A panic in f stops the
// handing out of steps and is raised again in the caller's goroutine once
// every worker has stopped, where the caller's recover can turn it into an
// error: a panic in a worker goroutine would end the whole process, and
// with it `kimppa serve`.
func ForWorkers(workers, n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Pointer[workerPanic]
	for range max(1, min(n, workers)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					failed.CompareAndSwap(nil, &workerPanic{r})
					next.Store(int64(n)) // no more steps
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
	if p := failed.Load(); p != nil {
		panic(p.value)
	}
}

// workerPanic carries a worker's panic value to the caller.
type workerPanic struct{ value any }
