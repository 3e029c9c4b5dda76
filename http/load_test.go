package http

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-project/annals/sqlite"
)

// loadPaths is the dashboard's request mix: event pages, aggregates, actors,
// the network, places, quote and text search.
var loadPaths = []string{
	"/api/events?limit=100", "/api/events?actor=USA&limit=100", "/api/events?quad=4&from=2019-01-01",
	"/api/aggregates?by=day&group=quad", "/api/aggregates?by=week&group=root&country=USA",
	"/api/aggregates?by=all&group=country", "/api/actors?limit=200", "/api/network?limit=150",
	"/api/places?limit=500", "/api/quotes?q=government", "/api/events?text=police&limit=50",
}

// TestLoad measures API latency at a fixed rate: 200 requests/s for 10 s
// over loadPaths, after 2 s of warm-up that is not counted. It targets a
// running server at $ANNALS_LOAD_URL (the fair setting: the load comes from
// another process, e.g. `annals serve --db annals.db` started beforehand),
// or serves the database $ANNALS_LOAD_DB in this process. With
// $ANNALS_LOAD_UNCACHED set every request is made unique, so that each one
// misses the response cache and reaches SQLite. It stops by itself, sends
// traffic only to loopback, and fails when p99 exceeds 250 ms.
func TestLoad(t *testing.T) {
	base := os.Getenv("ANNALS_LOAD_URL")
	if base == "" {
		path := os.Getenv("ANNALS_LOAD_DB")
		if path == "" {
			t.Skip("set ANNALS_LOAD_URL to a running annals serve, or ANNALS_LOAD_DB to a database, to run the load test")
		}
		db, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.SQL().SetMaxIdleConns(4)
		db.SQL().SetMaxOpenConns(4)
		ts := httptest.NewServer((&Server{Store: db, Reader: db}).Handler())
		defer ts.Close()
		base = ts.URL
	}
	if !strings.HasPrefix(base, "http://127.") && !strings.HasPrefix(base, "http://localhost") && !strings.HasPrefix(base, "http://[::1]") {
		t.Fatalf("ANNALS_LOAD_URL %q is not on loopback", base)
	}
	uncached := os.Getenv("ANNALS_LOAD_UNCACHED") != ""
	seed := int(time.Now().UnixNano() % 1e9) // unique numbers differ from run to run
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	path := func(i int) string {
		p := loadPaths[i%len(loadPaths)]
		if !uncached {
			return p
		}
		sep := "?"
		if strings.Contains(p, "?") {
			sep = "&"
		}
		return fmt.Sprintf("%s%sn=%d", p, sep, seed+i)
	}
	run := func(rate int, dur time.Duration, first int) (lat []time.Duration, fails int) {
		tick := time.NewTicker(time.Second / time.Duration(rate))
		defer tick.Stop()
		var mu sync.Mutex
		var wg sync.WaitGroup
		end := time.Now().Add(dur)
		for i := first; time.Now().Before(end); i++ {
			<-tick.C
			wg.Add(1)
			go func(p string) {
				defer wg.Done()
				start := time.Now()
				res, err := client.Get(base + p)
				ok := err == nil && res.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				d := time.Since(start)
				mu.Lock()
				lat = append(lat, d)
				if !ok {
					fails++
				}
				mu.Unlock()
			}(path(i))
		}
		wg.Wait()
		return lat, fails
	}
	run(100, 2*time.Second, 1_000_000) // warm-up: connections, caches
	const rate = 200
	lat, fails := run(rate, 10*time.Second, 0)
	slices.Sort(lat)
	q := func(f float64) time.Duration { return lat[int(f*float64(len(lat)-1))] }
	msg := fmt.Sprintf("%d requests at %d/s (uncached: %v): p50 %v p90 %v p99 %v max %v, %d failed",
		len(lat), rate, uncached, q(.5), q(.9), q(.99), lat[len(lat)-1], fails)
	t.Log(msg)
	if fails > 0 || q(.99) > 250*time.Millisecond {
		t.Error(msg)
	}
}
