package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/examples"
	annalshttp "github.com/annals-project/annals/http"
	"github.com/annals-project/annals/input"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/sqlite"
	"github.com/annals-project/annals/web"
)

var serveCmd = &Command{
	Name:  "serve",
	Usage: "serve [--addr HOST:PORT] [--db PATH | --demo [--demo-from PATH]...] [--token T]",
	Short: "serve the JSON API and the dashboard over a database",
	Long: `Serve answers the read-only JSON API (/api/events, /api/aggregates,
/api/actors, /api/network, /api/places, /api/quotes, /api/articles/{id};
described at /api/openapi.json) and serves the dashboard at /.

--db names the database to serve (made by annals ingest). --demo codes a
small corpus into a temporary database first and serves that: by default
the 41 Wikinews articles bundled in the binary (examples/); --demo-from
names other files or directories. With
--demo and --db together the demo database is written to --db and kept.

POST /api/articles, which codes and stores one article, is enabled only
when a token is given (--token or ANNALS_TOKEN); requests must then carry
"Authorization: Bearer TOKEN".

Examples:
  annals serve --demo
  annals serve --addr 127.0.0.1:8080 --db annals.db`,
}

func init() { serveCmd.Run = runServe }

// ServeOptions are the flags of annals serve.
type ServeOptions struct {
	Addr     string
	DB       string
	Demo     bool
	DemoFrom []string
	Token    string
}

func runServe(ctx context.Context, env *Env, args []string) error {
	o := ServeOptions{Token: os.Getenv("ANNALS_TOKEN")}
	fs := newFlags(serveCmd, env)
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	fs.StringVar(&o.DB, "db", "", "database file (default "+sqlite.DefaultPath+")")
	fs.BoolVar(&o.Demo, "demo", false, "code a demo corpus into a temporary database and serve it")
	fs.Func("demo-from", "file or directory coded by --demo (repeatable)", func(s string) error {
		o.DemoFrom = append(o.DemoFrom, s)
		return nil
	})
	fs.StringVar(&o.Token, "token", o.Token, "bearer token enabling POST /api/articles (default $ANNALS_TOKEN)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	m := NewServeMain()
	m.Stderr = env.Stderr
	if err := m.Run(ctx, o); err != nil {
		m.Close()
		return err
	}
	fmt.Fprintf(env.Stdout, "annals serve: listening on %s\n", m.Server.URL())
	<-ctx.Done()
	return m.Close()
}

// ServeMain is a running annals serve: the database and the HTTP server.
// The command and the end-to-end tests both drive it.
type ServeMain struct {
	DB     *sqlite.DB
	Server *annalshttp.Server
	Stderr io.Writer
	tmp    string
}

// NewServeMain returns a ServeMain that logs to standard error.
func NewServeMain() *ServeMain { return &ServeMain{Stderr: os.Stderr} }

// Run opens (or, with Demo, builds) the database and starts serving; it
// returns once the listener is bound.
func (m *ServeMain) Run(ctx context.Context, o ServeOptions) error {
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	path := o.DB
	switch {
	case o.Demo && path == "":
		dir, err := os.MkdirTemp("", "annals-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		m.tmp = dir
		path = filepath.Join(dir, "demo.db")
	case path == "":
		path = sqlite.DefaultPath
		fallthrough
	case !o.Demo:
		if _, err := os.Stat(path); err != nil {
			return usageError{fmt.Errorf("database %s: %w (make one with annals ingest, or use --demo)", path, err)}
		}
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	// Keep warm connections for concurrent readers: opening a SQLite
	// connection costs more than most API queries.
	db.SQL().SetMaxIdleConns(2 * runtime.GOMAXPROCS(0))
	db.SQL().SetMaxOpenConns(2 * runtime.GOMAXPROCS(0))
	m.DB = db
	var coder annalshttp.Coder
	if o.Demo || o.Token != "" {
		p, err := pipeline.New(pipeline.Options{Logger: log})
		if err != nil {
			return err
		}
		coder = p
		if o.Demo {
			start := time.Now()
			n, err := demoIngest(ctx, db, p, o.DemoFrom)
			if err != nil {
				return err
			}
			log.Info("demo coded", "articles", n, "took", time.Since(start))
		}
	}
	m.Server = &annalshttp.Server{
		Addr: o.Addr, Store: db, Reader: db, Coder: coder, Token: o.Token,
		Assets: web.FS, Logger: log,
	}
	return m.Server.Open()
}

// Close stops the server, closes the database and removes a demo database.
func (m *ServeMain) Close() error {
	var errs []error
	if m.Server != nil {
		errs = append(errs, m.Server.Close())
	}
	if m.DB != nil {
		errs = append(errs, m.DB.Close())
	}
	if m.tmp != "" {
		errs = append(errs, os.RemoveAll(m.tmp))
	}
	return errors.Join(errs...)
}

// demoIngest codes the demo corpus with every core and stores it.
func demoIngest(ctx context.Context, db *sqlite.DB, p *pipeline.Pipeline, from []string) (int, error) {
	if len(from) == 0 {
		// The bundled articles are embedded, so the demo works from any
		// directory of a fresh clone or with the binary alone.
		dir, err := os.MkdirTemp("", "annals-examples-")
		if err != nil {
			return 0, fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		if err := os.CopyFS(dir, examples.FS); err != nil {
			return 0, fmt.Errorf("demo: %w", err)
		}
		from = []string{dir}
	}
	var arts []annals.Article
	err := input.Read(ctx, from, input.Options{}, nil, func(it input.Item) error {
		if it.Err == nil {
			arts = append(arts, it.Article)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	if len(arts) == 0 {
		return 0, fmt.Errorf("demo: no articles in %q: %w", from, fs.ErrNotExist)
	}
	coded := make([]annals.Coded, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := arts[i]
				c := annals.Coded{Article: a, Hash: annals.ContentHash(a.Text)}
				if r, err := p.Code(ctx, a); err == nil {
					c.Result = r
				}
				coded[i] = c
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	if _, err := db.Put(ctx, coded); err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	if err := db.Refresh(ctx); err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	return len(arts), nil
}
