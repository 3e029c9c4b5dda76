package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/input"
	"github.com/annals-project/annals/pipeline"
)

var codeCmd = &Command{
	Name:  "code",
	Usage: "code [--date YYYY-MM-DD] [--workers N] [--petrarch DIR | --tabari FILE.project] [--cpuprofile FILE] [FILE|DIR|-]...",
	Short: "code articles into events, quotes, entities, places and times (JSON Lines)",
	Long: `Code reads articles and writes one JSON object per article per line to
standard output, in the order read (see DESIGN.md for the fields).

Inputs are plain text files (the first line is the title when a blank line
follows it; --date gives the publication date), JSON Lines files (.jsonl,
.ndjson: id, title, date, text, url, source), directories (walked for .txt,
.jsonl, .ndjson) and - for standard input (JSON Lines when it starts with {).

An article that cannot be read or coded gives an error record
{"id": ..., "error": ...} on standard output and a message on standard
error; the rest are coded, and the exit status is 1.

--petrarch DIR or --tabari FILE.project code with dictionaries users
already own instead of annals' own.

--cpuprofile FILE writes a CPU profile of the whole run (loading, reading,
coding and writing) for go tool pprof.

Examples:
  annals code --date 2019-10-15 examples/kurds-turkey-syria.txt
  annals code --petrarch ../shared/dictionaries/phoenix ../shared/corpora/wikinews.jsonl
  annals code ../shared/corpora/wikinews.jsonl > events.jsonl
  cat articles.jsonl | annals code -`,
}

func init() { codeCmd.Run = runCode }

// CodeOptions are the flags of annals code.
type CodeOptions struct {
	Date     string
	Workers  int
	Petrarch string // directory of a PETRARCH/Phoenix dictionary set to code with
	Tabari   string // TABARI .project file to code with
	// CPUProfile names a file for a runtime/pprof CPU profile of the run,
	// so the end-to-end cost (input, JSON output, GC) can be profiled, not
	// only the pipeline's benchmark.
	CPUProfile string
	Paths      []string
}

func runCode(ctx context.Context, env *Env, args []string) error {
	var o CodeOptions
	fs := newFlags(codeCmd, env)
	fs.StringVar(&o.Date, "date", "", "publication date of plain-text articles (YYYY-MM-DD)")
	fs.IntVar(&o.Workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fs.StringVar(&o.Petrarch, "petrarch", "", "code with the PETRARCH/Phoenix dictionaries in this directory instead of annals' own")
	fs.StringVar(&o.Tabari, "tabari", "", "code with the dictionaries this TABARI .project file names instead of annals' own")
	fs.StringVar(&o.CPUProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o.Paths = fs.Args()
	if len(o.Paths) == 0 {
		o.Paths = []string{"-"}
	}
	defer batchGC()()
	if o.CPUProfile != "" {
		f, err := os.Create(o.CPUProfile)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		err = codeRun(ctx, env, o)
		pprof.StopCPUProfile()
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("--cpuprofile: %w", cerr)
		}
		return err
	}
	return codeRun(ctx, env, o)
}

type job struct {
	seq  int
	item input.Item
}

type done struct {
	seq  int
	line []byte
	buf  *[]byte // the pooled buffer line was written in, or nil
	err  error
	id   string
}

func codeRun(ctx context.Context, env *Env, o CodeOptions) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	d, err := importedDict(o, log)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Options{Logger: log, Dict: d})
	if err != nil {
		return err
	}
	if o.Workers < 1 {
		o.Workers = 1
	}
	jobs := make(chan job, o.Workers*4)
	results := make(chan done, o.Workers*4)
	var wg sync.WaitGroup
	for w := 0; w < o.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- codeOne(ctx, p, j)
			}
		}()
	}
	var readErr error
	go func() {
		seq := 0
		readErr = input.Read(ctx, o.Paths, input.Options{Date: o.Date}, env.Stdin, func(it input.Item) error {
			select {
			case jobs <- job{seq: seq, item: it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()

	out := bufio.NewWriterSize(env.Stdout, 256*1024)
	pending := map[int]done{}
	next, failed := 0, 0
	for r := range results {
		pending[r.seq] = r
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if d.err != nil {
				failed++
				fmt.Fprintf(env.Stderr, "annals code: %s: %v\n", d.id, d.err)
			}
			out.Write(d.line)
			if d.buf != nil {
				*d.buf = d.line[:0]
				linePool.Put(d.buf)
			}
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if readErr != nil {
		return readErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "annals code: %d of %d articles failed\n", failed, next)
		return exitError{exitFailed}
	}
	return nil
}

// importedDict loads the dictionaries named by --petrarch or --tabari, or
// returns nil for annals' own. Malformed lines are warnings, as in dict check.
func importedDict(o CodeOptions, log *slog.Logger) (*dict.Dict, error) {
	var d *dict.Dict
	var err error
	switch {
	case o.Petrarch != "" && o.Tabari != "":
		return nil, usageError{errors.New("give --petrarch or --tabari, not both")}
	case o.Petrarch != "":
		files, ferr := dict.PhoenixFiles(os.DirFS(o.Petrarch), ".")
		if ferr != nil {
			return nil, fmt.Errorf("--petrarch %s: %w", o.Petrarch, ferr)
		}
		d, err = dict.LoadPetrarch(os.DirFS(o.Petrarch), files)
	case o.Tabari != "":
		d, err = dict.LoadTabari(o.Tabari)
	default:
		return nil, nil
	}
	var list dict.ErrorList
	if errors.As(err, &list) && d != nil {
		log.Warn("dictionary lines skipped", "count", len(list), "first", list[0].Error())
		return d, nil
	}
	return d, err
}

type errorRecord struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

func codeOne(ctx context.Context, p *pipeline.Pipeline, j job) done {
	d := done{seq: j.seq, id: j.item.Article.ID}
	var v any
	if j.item.Err != nil {
		d.err = j.item.Err
	} else {
		r, err := p.Code(ctx, j.item.Article)
		d.err, v = err, r
	}
	if d.err != nil {
		msg := d.err.Error()
		if code := annals.ErrorCode(d.err); code != annals.EINTERNAL {
			msg = annals.ErrorMessage(d.err)
		}
		v = errorRecord{ID: d.id, Error: msg}
	}
	if r, ok := v.(*annals.Result); ok {
		bp := linePool.Get().(*[]byte)
		if b, ok := appendResult((*bp)[:0], r); ok {
			d.line, d.buf = append(b, '\n'), bp
			return d
		}
		linePool.Put(bp)
	}
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(errorRecord{ID: d.id, Error: "encode: " + err.Error()})
	}
	d.line = append(b, '\n')
	return d
}

// linePool holds output line buffers: the writer returns each after
// writing it, so a run allocates a few lines' worth, not one per article.
var linePool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}
