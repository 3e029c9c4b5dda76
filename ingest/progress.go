package ingest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Progress reports how far a run has got: on a terminal, a one-line bar
// redrawn in place with articles/s and the time left; elsewhere, a plain
// log line every Every. The zero value reports nothing. It is safe for
// concurrent use.
type Progress struct {
	W     io.Writer     // where reports go (standard error); nil for none
	Bar   bool          // redraw one line in place (a terminal)
	Every time.Duration // between reports; 0 for 200ms with Bar, 10s without
	Total int           // articles expected; 0 when unknown (no ETA)

	done  atomic.Int64
	start time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
}

func (p *Progress) settle(n int) {
	if p != nil {
		p.done.Add(int64(n))
	}
}

// Start begins reporting until [Progress.Stop].
func (p *Progress) Start() {
	if p.W == nil {
		return
	}
	if p.Every == 0 {
		p.Every = 10 * time.Second
		if p.Bar {
			p.Every = 200 * time.Millisecond
		}
	}
	p.start = time.Now()
	p.stop = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(p.Every)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.report()
			}
		}
	}()
}

// Stop ends reporting, clearing the bar.
func (p *Progress) Stop() {
	if p.W == nil || p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	if p.Bar {
		fmt.Fprint(p.W, "\r\033[K")
	}
}

func (p *Progress) report() {
	fmt.Fprint(p.W, p.Line(int(p.done.Load()), time.Since(p.start)))
}

// Line formats one report of done articles after elapsed time.
func (p *Progress) Line(done int, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	eta := ""
	if p.Total > 0 && rate > 0 && done <= p.Total {
		left := time.Duration(float64(p.Total-done) / rate * float64(time.Second))
		eta = " ETA " + left.Round(time.Second).String()
	}
	if !p.Bar {
		if p.Total > 0 {
			return fmt.Sprintf("ingest: %d/%d articles, %.0f/s%s\n", done, p.Total, rate, eta)
		}
		return fmt.Sprintf("ingest: %d articles, %.0f/s\n", done, rate)
	}
	const width = 30
	bar := ""
	if p.Total > 0 {
		f := float64(done) / float64(p.Total)
		if f > 1 {
			f = 1
		}
		n := int(f * width)
		bar = "[" + strings.Repeat("=", n) + strings.Repeat(" ", width-n) + "] " + fmt.Sprintf("%3.0f%% ", f*100)
	}
	return fmt.Sprintf("\r\033[K%s%d articles %.0f/s%s", bar, done, rate, eta)
}

// Count estimates the articles in local sources for the ETA: a line per
// JSON Lines line, one per text or HTML file; feeds and URLs are unknown
// and give 0.
func Count(sources []string) int {
	n := 0
	for _, s := range sources {
		c := countSource(s)
		if c < 0 {
			return 0
		}
		n += c
	}
	return n
}
