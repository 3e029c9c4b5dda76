package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/sqlite"
)

var queryCmd = &Command{
	Name: "query",
	Usage: "query [--db PATH] [--actor CODE|--source CODE|--target CODE] [--country ISO3] [--code CAMEO|--root NN] " +
		"[--quad N] [--from DATE] [--to DATE] [--place NAME] [--text WORDS] [--limit N] [--format table|jsonl|csv]",
	Short: "find stored events",
	Long: `Query prints the stored events that match every filter given, oldest
first (in the order stored). Actor and event codes match as prefixes:
--source USA finds USA, USAGOV and USAMIL; --code 19 finds every fight.
--country finds events whose source, target or location is in the country.
--from and --to are inclusive and take YYYY-MM-DD, YYYY-MM or YYYY.
--text finds events of articles whose text, title or quotes hold all the words.

The output is an aligned table on a terminal and JSON Lines otherwise (one
event per line, in the shape of annals code's events plus article_id,
event_id, url and the GDELT-style num_mentions, num_articles, num_sources);
--format chooses table, jsonl or csv.

The database is --db (default annals.db in the current directory), as
written by annals ingest.

Examples:
  annals query --source TUR --target SYR --from 1987-03 --to 1987-03
  annals query --root 19 --country SYR --format csv > fights.csv
  annals query --text "oil prices" --limit 20`,
}

func init() { queryCmd.Run = runQuery }

// QueryOptions are the flags of annals query.
type QueryOptions struct {
	DB     string
	Format string
	Filter annals.EventFilter
}

// filterFlags adds the event filter flags shared by query and export.
func filterFlags(fs *flag.FlagSet, f *annals.EventFilter) {
	fs.StringVar(&f.Actor, "actor", "", "source or target actor code (prefix)")
	fs.StringVar(&f.Source, "source", "", "source actor code (prefix)")
	fs.StringVar(&f.Target, "target", "", "target actor code (prefix)")
	fs.StringVar(&f.Country, "country", "", "ISO 3166 alpha-3 country of source, target or location")
	fs.StringVar(&f.Code, "code", "", "CAMEO event code (prefix)")
	fs.StringVar(&f.Root, "root", "", "CAMEO root code (01-20)")
	fs.IntVar(&f.Quad, "quad", 0, "quad class (1 verbal cooperation ... 4 material conflict)")
	fs.StringVar(&f.From, "from", "", "first date (YYYY-MM-DD, YYYY-MM or YYYY)")
	fs.StringVar(&f.To, "to", "", "last date, inclusive")
	fs.StringVar(&f.Place, "place", "", "location name")
	fs.StringVar(&f.Text, "text", "", "words the article or its quotes must hold")
}

func runQuery(ctx context.Context, env *Env, args []string) error {
	var o QueryOptions
	fs := newFlags(queryCmd, env)
	fs.StringVar(&o.DB, "db", sqlite.DefaultPath, "database file")
	fs.StringVar(&o.Format, "format", "", "table, jsonl or csv (default: table on a terminal, jsonl otherwise)")
	fs.IntVar(&o.Filter.Limit, "limit", 1000, "at most this many events (0 for all)")
	filterFlags(fs, &o.Filter)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	if o.Format == "" {
		o.Format = "jsonl"
		if isTerminal(env.Stdout) {
			o.Format = "table"
		}
	}
	return queryRun(ctx, env, o)
}

func queryRun(ctx context.Context, env *Env, o QueryOptions) error {
	w, err := newEventWriter(o.Format, env.Stdout)
	if err != nil {
		return err
	}
	db, err := openExisting(ctx, o.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	return writeEvents(ctx, db, o.Filter, w)
}

// openExisting opens a database that ingest has written; a missing file is
// an error rather than a new empty database.
func openExisting(ctx context.Context, path string) (*sqlite.DB, error) {
	if path != ":memory:" {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no database at %s (run annals ingest first, or give --db): %w", path, err)
		}
	}
	return sqlite.Open(ctx, path)
}

func writeEvents(ctx context.Context, db *sqlite.DB, f annals.EventFilter, w eventWriter) error {
	err := db.Events(ctx, f, w.write)
	if code := annals.ErrorCode(err); code == annals.EINVALID {
		return usageError{errors.New(annals.ErrorMessage(err))}
	}
	if ferr := w.flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	return err
}

// eventWriter writes events in one output format.
type eventWriter interface {
	write(e *annals.StoredEvent) error
	flush() error
}

func newEventWriter(format string, out io.Writer) (eventWriter, error) {
	switch format {
	case "jsonl", "json":
		return &jsonlWriter{w: bufio.NewWriterSize(out, 64<<10)}, nil
	case "csv":
		w := &csvWriter{w: csv.NewWriter(out)}
		w.w.Write(csvHeader)
		return w, nil
	case "table":
		w := &tableWriter{w: tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)}
		fmt.Fprintln(w.w, "EVENT\tDATE\tSOURCE\tCODE\tTARGET\tQUAD\tGOLD\tPLACE\tARTICLE")
		return w, nil
	case "gdelt":
		return &gdeltWriter{w: bufio.NewWriterSize(out, 64<<10)}, nil
	}
	return nil, usageError{fmt.Errorf("unknown format %q", format)}
}

type jsonlWriter struct{ w *bufio.Writer }

func (j *jsonlWriter) write(e *annals.StoredEvent) error {
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("event %d: %w", e.EventID, err)
	}
	j.w.Write(b)
	return j.w.WriteByte('\n')
}

func (j *jsonlWriter) flush() error { return j.w.Flush() }

var csvHeader = []string{"event_id", "article_id", "date", "source_code", "source_name", "target_code", "target_name",
	"code", "root", "quad_class", "goldstein", "plover", "negated", "mode", "place", "place_country", "lat", "lon",
	"sentence", "verb", "rule", "num_mentions", "num_articles", "num_sources", "url"}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) write(e *annals.StoredEvent) error {
	var place, pc, lat, lon string
	if l := e.Location; l != nil {
		place, pc, lat, lon = l.Name, l.Country, ftoa(l.Lat), ftoa(l.Lon)
	}
	sc, sn := actor(e.Source)
	tc, tn := actor(e.Target)
	return c.w.Write([]string{strconv.FormatInt(e.EventID, 10), e.ArticleID, e.Date, sc, sn, tc, tn,
		e.Code, e.Root, strconv.Itoa(e.QuadClass), ftoa(e.Goldstein), e.Plover, strconv.FormatBool(e.Negated), e.Mode,
		place, pc, lat, lon, strconv.Itoa(e.Sentence), e.Evidence.Verb, e.Evidence.Rule,
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources), e.URL})
}

func (c *csvWriter) flush() error { c.w.Flush(); return c.w.Error() }

type tableWriter struct{ w *tabwriter.Writer }

func (t *tableWriter) write(e *annals.StoredEvent) error {
	sc, _ := actor(e.Source)
	tc, _ := actor(e.Target)
	place := ""
	if e.Location != nil {
		place = e.Location.Name
	}
	_, err := fmt.Fprintf(t.w, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", e.EventID, e.Date, dash(sc), e.Code, dash(tc),
		e.QuadClass, ftoa(e.Goldstein), dash(place), e.ArticleID)
	return err
}

func (t *tableWriter) flush() error { return t.w.Flush() }

func actor(a *annals.ActorRef) (code, name string) {
	if a == nil {
		return "", ""
	}
	return a.Code, a.Name
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return strings.ReplaceAll(s, "\t", " ")
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
