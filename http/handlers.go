package http

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// Error codes of the HTTP layer itself, beside the root codes.
const (
	eUnauthorized = "unauthorized"
	eForbidden    = "forbidden"
	eTooLarge     = "too_large"
)

// statusOf maps error codes to HTTP statuses: the one place they meet.
var statusOf = map[string]int{
	annals.ECONFLICT: http.StatusConflict,
	annals.EINVALID:  http.StatusBadRequest,
	annals.ENOTFOUND: http.StatusNotFound,
	annals.EINTERNAL: http.StatusInternalServerError,
	eUnauthorized:    http.StatusUnauthorized,
	eForbidden:       http.StatusForbidden,
	eTooLarge:        http.StatusRequestEntityTooLarge,
}

// Page sizes of the list endpoints.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// route is one API endpoint; the table drives both the mux and the test
// that checks it against openapi.json.
type route struct {
	method, path string
	handle       func(*Server, http.ResponseWriter, *http.Request) error
}

var routes = []route{
	{"GET", "/api/events", (*Server).events},
	{"GET", "/api/aggregates", (*Server).aggregates},
	{"GET", "/api/actors", (*Server).actors},
	{"GET", "/api/network", (*Server).network},
	{"GET", "/api/places", (*Server).places},
	{"GET", "/api/quotes", (*Server).quotes},
	{"GET", "/api/articles/{id}", (*Server).article},
	{"POST", "/api/articles", (*Server).postArticle},
	{"GET", "/api/openapi.json", (*Server).openapi},
}

// Handler returns the server's handler: the API under /api/ and the
// dashboard at /.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	api := newCache(2048)
	for _, rt := range routes {
		h := rt.handle
		mux.Handle(rt.method+" "+rt.path, api.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := h(s, w, r); err != nil {
				s.fail(w, r, err)
			}
		})))
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, annals.Errorf(annals.ENOTFOUND, "no endpoint %s %s", r.Method, r.URL.Path))
	})
	if s.Assets != nil {
		files := http.FileServerFS(s.Assets)
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
				return
			}
			if strings.HasPrefix(r.URL.Path, "/vendor/") {
				w.Header().Set("Cache-Control", "public, max-age=86400")
			}
			files.ServeHTTP(w, r)
		})
	}
	return secure(mux)
}

// secure sets headers that keep the dashboard from loading anything from
// outside the server, and the API from being framed or sniffed.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := annals.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		s.logger().Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": annals.ErrorMessage(err)})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// filter reads the event filter shared by the list and aggregate endpoints.
func filter(r *http.Request) (annals.EventFilter, error) {
	q := r.URL.Query()
	f := annals.EventFilter{
		Actor: q.Get("actor"), Source: q.Get("source"), Target: q.Get("target"),
		Country: q.Get("country"), Code: q.Get("code"), Root: q.Get("root"),
		From: q.Get("from"), To: q.Get("to"), Place: q.Get("place"), Text: q.Get("text"),
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return f, annals.Errorf(annals.EINVALID, "quad %q: want 1 to 4", v)
		}
		f.Quad = n
	}
	n, err := limit(r)
	f.Limit = n
	return f, err
}

func limit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return defaultLimit, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxLimit {
		return 0, annals.Errorf(annals.EINVALID, "limit %q: want 1 to %d", v, maxLimit)
	}
	return n, nil
}

func cursor(r *http.Request) (int64, error) {
	v := r.URL.Query().Get("cursor")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, annals.Errorf(annals.EINVALID, "cursor %q: pass back the next value of the previous page", v)
	}
	return n, nil
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	f, err := filter(r)
	if err != nil {
		return err
	}
	after, err := cursor(r)
	if err != nil {
		return err
	}
	evs, err := s.Reader.EventPage(r.Context(), f, after)
	if err != nil {
		return err
	}
	next := ""
	if len(evs) == f.Limit {
		next = strconv.FormatInt(evs[len(evs)-1].EventID, 10)
	}
	return writeJSON(w, http.StatusOK, struct {
		Events []annals.StoredEvent `json:"events"`
		Next   string               `json:"next"`
	}{evs, next})
}

func (s *Server) aggregates(w http.ResponseWriter, r *http.Request) error {
	f, err := filter(r)
	if err != nil {
		return err
	}
	by, group := r.URL.Query().Get("by"), r.URL.Query().Get("group")
	if by == "" {
		by = "day"
	}
	if group == "" {
		group = "quad"
	}
	b, err := s.Reader.Aggregate(r.Context(), f, by, group)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		By      string          `json:"by"`
		Group   string          `json:"group"`
		Buckets []annals.Bucket `json:"buckets"`
	}{by, group, b})
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) error {
	f, err := filter(r)
	if err != nil {
		return err
	}
	a, err := s.Reader.Actors(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"actors": a})
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) error {
	f, err := filter(r)
	if err != nil {
		return err
	}
	e, err := s.Reader.Network(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"edges": e})
}

func (s *Server) places(w http.ResponseWriter, r *http.Request) error {
	f, err := filter(r)
	if err != nil {
		return err
	}
	p, err := s.Reader.Places(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"places": p})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) error {
	n, err := limit(r)
	if err != nil {
		return err
	}
	after, err := cursor(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	qs, err := s.Reader.Quotes(r.Context(), annals.QuoteFilter{Text: q.Get("q"), Speaker: q.Get("speaker"), After: after, Limit: n})
	if err != nil {
		return err
	}
	next := ""
	if len(qs) == n {
		next = strconv.FormatInt(qs[len(qs)-1].QuoteID, 10)
	}
	return writeJSON(w, http.StatusOK, struct {
		Quotes []annals.StoredQuote `json:"quotes"`
		Next   string               `json:"next"`
	}{qs, next})
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	a, err := s.Reader.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a)
}

// postArticle codes the article in the body and stores it. It answers 201
// with the result when the article is new and 200 when it was stored before.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if s.Token == "" || s.Coder == nil || s.Store == nil {
		return annals.Errorf(eForbidden, "writes are disabled: start the server with --token or ANNALS_TOKEN")
	}
	auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(auth), []byte(s.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
		return annals.Errorf(eUnauthorized, "missing or wrong bearer token")
	}
	var a annals.Article
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	if err := dec.Decode(&a); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return annals.Errorf(eTooLarge, "body over %d bytes", MaxBody)
		}
		return annals.Errorf(annals.EINVALID, "body: want a JSON article {id, title, date, text}: %v", err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return annals.Errorf(annals.EINVALID, "article has no text")
	}
	if a.ID == "" {
		return annals.Errorf(annals.EINVALID, "article has no id")
	}
	res, err := s.Coder.Code(r.Context(), a)
	if err != nil {
		return err
	}
	added, err := s.Store.Put(r.Context(), []annals.Coded{{Article: a, Hash: annals.ContentHash(a.Text), Result: res}})
	if err != nil {
		return err
	}
	if rf, ok := s.Store.(interface{ Refresh(context.Context) error }); ok && added > 0 {
		if err := rf.Refresh(r.Context()); err != nil {
			return err
		}
	}
	status := http.StatusOK
	if added > 0 {
		status = http.StatusCreated
	}
	return writeJSON(w, status, struct {
		Added  bool           `json:"added"`
		Result *annals.Result `json:"result"`
	}{added > 0, res})
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(OpenAPI)
	return err
}
