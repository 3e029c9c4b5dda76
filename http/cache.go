package http

import (
	"bytes"
	"net/http"
	"sync"
)

// cache keeps the bodies of successful GET /api responses. The store only
// changes through POST /api/articles (or an ingest, which serve does not run
// concurrently), so a POST clears it; a bounded size keeps memory in check.
// Dashboards ask the same aggregate questions again and again, and each
// costs SQLite milliseconds that 200 requests a second cannot afford.
type cache struct {
	mu      sync.Mutex
	entries map[string]cached
	max     int
}

type cached struct {
	ctype string
	body  []byte
}

func newCache(max int) *cache { return &cache{entries: map[string]cached{}, max: max} }

func (c *cache) clear() {
	c.mu.Lock()
	c.entries = map[string]cached{}
	c.mu.Unlock()
}

// recorder captures a response while passing it on.
type recorder struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.buf.Write(b)
	return r.ResponseWriter.Write(b)
}

// wrap serves GET requests from the cache and clears it after any other
// method that succeeded.
func (c *cache) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			rec := &recorder{ResponseWriter: w, status: http.StatusOK}
			h.ServeHTTP(rec, r)
			if rec.status < 300 {
				c.clear()
			}
			return
		}
		key := r.URL.RequestURI()
		c.mu.Lock()
		e, ok := c.entries[key]
		c.mu.Unlock()
		if ok {
			w.Header().Set("Content-Type", e.ctype)
			w.Header().Set("X-Cache", "hit")
			w.Write(e.body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		if rec.status != http.StatusOK {
			return
		}
		c.mu.Lock()
		if len(c.entries) >= c.max {
			c.entries = map[string]cached{}
		}
		c.entries[key] = cached{ctype: rec.Header().Get("Content-Type"), body: rec.buf.Bytes()}
		c.mu.Unlock()
	})
}
