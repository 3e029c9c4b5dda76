// Package http is annals' HTTP adapter: a read-only JSON API over a stored
// database, an optional token-protected endpoint that codes and stores an
// article, the OpenAPI description, and the embedded dashboard.
package http

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/annals-project/annals"
)

// OpenAPI is the API description served at /api/openapi.json. Every route
// the server handles is listed in it, and a test keeps the two in step.
//
//go:embed openapi.json
var OpenAPI []byte

// MaxBody is the largest request body accepted (1 MiB): an article, not an archive.
const MaxBody = 1 << 20

// Reader is the read side the API serves (annals.Reader); *sqlite.DB
// implements it.
type Reader = annals.Reader

// Coder codes one article; *pipeline.Pipeline implements it.
type Coder interface {
	Code(ctx context.Context, a annals.Article) (*annals.Result, error)
}

// Server serves the API and dashboard. Set the fields, then call Open.
type Server struct {
	// Addr is the address to listen on, host:port; ":0" picks a free port.
	Addr string
	// Store receives articles posted to the API.
	Store annals.Store
	// Reader answers the read endpoints.
	Reader Reader
	// Coder codes posted articles; nil, or an empty Token, disables posting.
	Coder Coder
	// Token, when set, enables POST /api/articles for requests carrying
	// "Authorization: Bearer <Token>".
	Token string
	// Assets is the dashboard served at /; nil serves none.
	Assets fs.FS
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger

	ln  net.Listener
	srv *http.Server
}

// Open binds the listener synchronously, so a busy port is reported here,
// and starts serving in the background.
func (s *Server) Open() error {
	if s.Reader == nil {
		return errors.New("http: server has no Reader")
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("http: listen %s: %w", s.Addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	go s.srv.Serve(ln)
	return nil
}

// URL returns the base URL the server listens on, once open.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	a := s.ln.Addr().(*net.TCPAddr)
	host := a.IP.String()
	if a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(a.Port))
}

// Close stops accepting requests and waits up to five seconds for those in
// flight to finish.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}
