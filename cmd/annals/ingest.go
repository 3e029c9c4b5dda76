package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"

	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/sqlite"
)

var ingestCmd = &Command{
	Name:  "ingest",
	Usage: "ingest [--db PATH] [--workers N] [--batch N] [--quiet] SOURCE...",
	Short: "code articles and store them in the database",
	Long: `Ingest reads articles, codes them on every core and stores articles,
sentences, events, quotes, entities, places and times in a SQLite database
(--db, default annals.db in the current directory; created when missing).

Sources are plain text files, JSON Lines files (.jsonl, .ndjson), RSS and
Atom feeds (.rss, .atom, .xml, or a URL serving one), web pages (.html, or a
URL), directories (walked recursively for all of these) and - for standard
input.

An article whose normalised text (lower case, single spaces) is already
stored is skipped before coding, so running ingest twice adds nothing, and a
run stopped with Ctrl-C (which commits the batch in hand) or killed resumes
where it stopped. Near duplicates (wire copies sharing 80% of their word
trigrams) are stored and recorded in the duplicates table. At the end the
GDELT-style counts (articles and sources reporting each date, source,
target and event code) are refreshed.

On a terminal a progress bar is drawn on standard error; otherwise a line is
logged every 10 seconds. Inputs that cannot be read or coded are reported on
standard error, the rest are stored, and the exit status is 1.

Examples:
  annals ingest ../shared/corpora/reuters21578.jsonl
  annals ingest --db news.db https://example.com/world/rss.xml articles/`,
}

func init() { ingestCmd.Run = runIngest }

// IngestOptions are the flags of annals ingest.
type IngestOptions struct {
	DB      string
	Workers int
	Batch   int
	Quiet   bool
	Sources []string
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	var o IngestOptions
	fs := newFlags(ingestCmd, env)
	fs.StringVar(&o.DB, "db", sqlite.DefaultPath, "database file")
	fs.IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fs.IntVar(&o.Batch, "batch", ingest.DefaultBatch, "articles stored per transaction")
	fs.BoolVar(&o.Quiet, "quiet", false, "no progress reports")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.Sources = fs.Args()
	if len(o.Sources) == 0 {
		return usageError{errors.New("no sources: give files, directories, feeds or URLs (- for standard input)")}
	}
	return ingestRun(ctx, env, o)
}

func ingestRun(ctx context.Context, env *Env, o IngestOptions) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	p, err := pipeline.New(pipeline.Options{Logger: log})
	if err != nil {
		return err
	}
	db, err := sqlite.Open(ctx, o.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	prog := &ingest.Progress{}
	if !o.Quiet {
		prog.W = env.Stderr
		prog.Bar = isTerminal(env.Stdout) && isTerminal(env.Stderr)
		prog.Total = ingest.Count(o.Sources)
	}
	prog.Start()
	st, err := ingest.Run(ctx, db, p, o.Sources, ingest.Options{
		Workers:   o.Workers,
		BatchSize: o.Batch,
		Stdin:     env.Stdin,
		Progress:  prog,
		Errorf: func(format string, args ...any) {
			fmt.Fprintf(env.Stderr, "annals ingest: "+format+"\n", args...)
		},
	})
	prog.Stop()
	rate := 0.0
	if s := st.Elapsed.Seconds(); s > 0 {
		rate = float64(st.Added) / s
	}
	fmt.Fprintf(env.Stderr, "annals ingest: %d read, %d added, %d duplicates skipped, %d near duplicates, %d failed, %d events, in %.1fs (%.0f articles/s) into %s\n",
		st.Read, st.Added, st.Exact, st.Near, st.Failed, st.Events, st.Elapsed.Seconds(), rate, o.DB)
	if err != nil {
		return err
	}
	if st.Failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
