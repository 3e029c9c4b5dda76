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

// TestLoad measures API latency at a fixed rate (200 requests/s for 10 s
// over a mix of endpoints) against the database in $ANNALS_LOAD_DB, e.g.
// variant returns path p for request i: as is, or, with ANNALS_LOAD_UNCACHED
// set, made unique so that every request misses the response cache and
// reaches SQLite.
func variant(p string, i int) string {
	if os.Getenv("ANNALS_LOAD_UNCACHED") == "" {
		return p
	}
	sep := "?"
	if strings.Contains(p, "?") {
		sep = "&"
	}
	return fmt.Sprintf("%s%sn=%d", p, sep, i)
}

// one made by `annals serve --demo --db wiki.db`. It stops by itself and
// fails when p99 exceeds 250 ms.
func TestLoad(t *testing.T) {
	path := os.Getenv("ANNALS_LOAD_DB")
	if path == "" {
		t.Skip("set ANNALS_LOAD_DB to a database to run the load test")
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
	paths := []string{
		"/api/events?limit=100", "/api/events?actor=USA&limit=100", "/api/events?quad=4&from=2019-01-01",
		"/api/aggregates?by=day&group=quad", "/api/aggregates?by=week&group=root&country=USA",
		"/api/aggregates?by=all&group=country", "/api/actors?limit=200", "/api/network?limit=150",
		"/api/places?limit=500", "/api/quotes?q=government", "/api/events?text=police&limit=50",
	}
	const rate, dur = 200, 10 * time.Second
	tick := time.NewTicker(time.Second / rate)
	defer tick.Stop()
	var mu sync.Mutex
	var lat []time.Duration
	var fails int
	var wg sync.WaitGroup
	end := time.Now().Add(dur)
	for i := 0; time.Now().Before(end); i++ {
		<-tick.C
		wg.Add(1)
		go func(p string) {
			defer wg.Done()
			start := time.Now()
			res, err := http.Get(ts.URL + p)
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
		}(variant(paths[i%len(paths)], i))
	}
	wg.Wait()
	slices.Sort(lat)
	q := func(f float64) time.Duration { return lat[int(f*float64(len(lat)-1))] }
	n, _ := db.Counts(context.Background())
	msg := fmt.Sprintf("%d requests at %d/s over %d events: p50 %v p90 %v p99 %v max %v, %d failed",
		len(lat), rate, n["events"], q(.5), q(.9), q(.99), lat[len(lat)-1], fails)
	t.Log(msg)
	if fails > 0 || q(.99) > 250*time.Millisecond {
		t.Error(msg)
	}
}
