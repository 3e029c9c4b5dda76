// Package ingest reads articles from files, directories, JSON Lines, feeds
// and web pages, codes them on every core and stores them in batches.
//
// Articles already stored (same content hash) are skipped before coding, so
// a second run over the same sources adds nothing and a run stopped part way
// resumes cheaply. Near duplicates (wire copies) are stored and recorded.
// Results are stored in input order, so the same inputs always give the
// same database, however many workers code them and however often the run
// was interrupted.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/input"
)

// Coder codes one article; *pipeline.Pipeline is one. It must be safe for
// concurrent use.
type Coder interface {
	Code(ctx context.Context, a annals.Article) (*annals.Result, error)
}

// Store is what ingest needs of a store: the root interface, the stored
// signatures to resume near-duplicate detection, and a final refresh of
// derived counts. *sqlite.DB is one.
type Store interface {
	annals.Store
	Signatures(ctx context.Context, fn func(hash string, sig []byte) error) error
	Refresh(ctx context.Context) error
}

// DefaultBatch is the number of articles stored per transaction when
// [Options] name none. Each commit flushes the full-text index and rewrites
// the index pages it touched, so fewer, larger transactions cost much less
// (a fifth of the 200-article batches' commits, two thirds of their store
// time); an interrupted run loses at most the batch in hand.
const DefaultBatch = 1000

// Options configure [Run]. The zero value is usable.
type Options struct {
	Workers   int          // articles coded in parallel; 0 for GOMAXPROCS
	BatchSize int          // articles per transaction; 0 for DefaultBatch
	Near      float64      // near-duplicate threshold (estimated Jaccard); 0 for 0.8
	Client    *http.Client // for URLs; nil for http.DefaultClient
	Stdin     io.Reader    // read for the source "-"
	// Errorf receives one message per input that could not be read or coded,
	// naming it; nil discards them.
	Errorf func(format string, args ...any)
	// Progress, when set, is told of every article settled.
	Progress *Progress
}

// Stats count what a run did.
type Stats struct {
	Read    int // articles read (including failures)
	Added   int // articles stored
	Exact   int // exact duplicates skipped (already stored or repeated in the input)
	Near    int // near duplicates stored and recorded
	Failed  int // inputs that could not be read or coded
	Events  int // events stored
	Batches int // transactions committed
	Elapsed time.Duration
}

type job struct {
	seq  int
	a    annals.Article
	hash string
}

type result struct {
	job
	r   *annals.Result
	sig Signature
	ok  bool // sig is usable
	err error
}

// Run ingests sources into st, coding with c. When ctx is cancelled it
// stores the articles coded so far, in order, and returns ctx's error with
// the stats; a later run resumes. Articles that cannot be read or coded are
// reported to opts.Errorf and counted, and never stop the run.
func Run(ctx context.Context, st Store, c Coder, sources []string, opts Options) (Stats, error) {
	start := time.Now()
	var stats Stats
	if opts.Workers < 1 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize < 1 {
		opts.BatchSize = DefaultBatch
	}
	if opts.Near == 0 {
		opts.Near = 0.8
	}
	errorf := opts.Errorf
	if errorf == nil {
		errorf = func(string, ...any) {}
	}
	prog := opts.Progress
	if prog == nil {
		prog = &Progress{}
	}

	// The stored hashes and signatures: exact duplicates are skipped before
	// coding, near ones found among everything stored before.
	seen := make(map[string]bool)
	index := NewIndex(opts.Near)
	err := st.Signatures(ctx, func(h string, b []byte) error {
		seen[h] = true
		if sig, ok := ParseSignature(b); ok {
			index.Add(h, &sig)
		}
		return nil
	})
	if err != nil {
		return stats, fmt.Errorf("ingest: %w", err)
	}

	// work stops early when the store fails; ctx's own cancellation is told
	// apart from that below.
	work, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, opts.Workers*4)
	results := make(chan result, opts.Workers*4)
	var wg sync.WaitGroup
	for w := 0; w < opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- code(work, c, j)
			}
		}()
	}

	var readErr error
	var read, exact, failed atomic.Int64
	go func() {
		seq := 0
		readErr = Read(work, sources, opts.Client, opts.Stdin, func(it input.Item) error {
			read.Add(1)
			if it.Err != nil {
				failed.Add(1)
				prog.settle(1)
				errorf("%v", it.Err)
				return nil
			}
			h := annals.ContentHash(it.Article.Text)
			if seen[h] {
				exact.Add(1)
				prog.settle(1)
				return nil
			}
			seen[h] = true
			select {
			case jobs <- job{seq: seq, a: it.Article, hash: h}:
				seq++
				return nil
			case <-work.Done():
				return work.Err()
			}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()

	// Store results in input order; stop at the first one the cancellation
	// cut short, so what is stored is always a prefix of the input.
	store := context.WithoutCancel(ctx) // the batch in hand is committed even when interrupted
	// A writer goroutine stores batches while the workers code the next.
	type batchOf struct {
		arts         []annals.Coded
		events, near int
	}
	batches := make(chan batchOf, 1)
	var putErr error
	var putFailed atomic.Bool
	wrote := make(chan struct{})
	go func() {
		defer close(wrote)
		for b := range batches {
			if putErr != nil {
				continue
			}
			n, err := st.Put(store, b.arts)
			if err != nil {
				putErr = err
				putFailed.Store(true)
				cancel()
				continue
			}
			stats.Added += n
			stats.Events += b.events
			stats.Near += b.near
			stats.Batches++
		}
	}()
	var batch []annals.Coded
	var batchEvents, batchNear int
	flush := func() {
		if len(batch) > 0 {
			batches <- batchOf{batch, batchEvents, batchNear}
		}
		batch, batchEvents, batchNear = make([]annals.Coded, 0, opts.BatchSize), 0, 0
	}
	pending := map[int]result{}
	next, stopped := 0, false
	for r := range results {
		pending[r.seq] = r
		for !stopped && !putFailed.Load() {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if d.err != nil {
				if ctx.Err() != nil && errors.Is(d.err, ctx.Err()) {
					stopped = true
					break
				}
				failed.Add(1)
				prog.settle(1)
				errorf("%s: %v", d.a.ID, d.err)
				continue
			}
			cd := annals.Coded{Article: d.a, Hash: d.hash, Result: d.r}
			if d.ok {
				cd.Signature = d.sig.Bytes()
				if h, sim := index.Nearest(&d.sig); h != "" {
					cd.DupOf, cd.Similarity = h, sim
					batchNear++
				}
				index.Add(d.hash, &d.sig)
			}
			batch = append(batch, cd)
			batchEvents += len(d.r.Events)
			prog.settle(1)
			if len(batch) >= opts.BatchSize {
				flush()
			}
		}
	}
	flush()
	close(batches)
	<-wrote
	stats.Read, stats.Exact, stats.Failed = int(read.Load()), int(exact.Load()), int(failed.Load())
	if putErr != nil {
		stats.Elapsed = time.Since(start)
		return stats, fmt.Errorf("ingest: %w", putErr)
	}
	if err := st.Refresh(store); err != nil {
		stats.Elapsed = time.Since(start)
		return stats, fmt.Errorf("ingest: %w", err)
	}
	stats.Elapsed = time.Since(start)
	if err := ctx.Err(); err != nil {
		return stats, err
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return stats, fmt.Errorf("ingest: %w", readErr)
	}
	return stats, nil
}

func code(ctx context.Context, c Coder, j job) result {
	r := result{job: j}
	if err := ctx.Err(); err != nil {
		r.err = err
		return r
	}
	r.r, r.err = c.Code(ctx, j.a)
	if r.err == nil && r.r == nil {
		r.err = errors.New("coder returned no result")
	}
	if r.err == nil {
		r.sig, r.ok = Sign(j.a.Text)
	}
	return r
}
