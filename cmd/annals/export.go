package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/sqlite"
)

var exportCmd = &Command{
	Name:  "export",
	Usage: "export [--db PATH] --format jsonl|csv|gdelt [--header] [filters as for query]",
	Short: "write stored events as JSON Lines, CSV or GDELT-style TSV",
	Long: `Export writes every stored event matching the filters (the same as annals
query's, with no limit unless --limit is given) to standard output.

Formats:
  jsonl  one event per line, as annals query --format jsonl
  csv    a header row, then one row per event
  gdelt  tab-separated columns of the GDELT 2.0 event table, without a header
         unless --header: GLOBALEVENTID (annals' event id), SQLDATE,
         MonthYear, Year, FractionDate, the Actor1 and Actor2 code, name,
         country and type fields, IsRootEvent (the event is in the headline or
         first sentence), EventCode, EventBaseCode, EventRootCode, QuadClass,
         GoldsteinScale, NumMentions, NumSources, NumArticles, the ActionGeo
         fields and SOURCEURL. Columns annals does not produce (tone, known
         group, ethnicity, religion, actor geography, ADM codes, DATEADDED)
         are empty, and ActionGeo_CountryCode is ISO 3166 alpha-3, not FIPS.

The database is --db (default annals.db in the current directory).

Examples:
  annals export --format gdelt --root 19 > conflict.tsv
  annals export --format csv --from 1987-01 --to 1987-06 > h1.csv`,
}

func init() { exportCmd.Run = runExport }

// ExportOptions are the flags of annals export.
type ExportOptions struct {
	DB     string
	Format string
	Header bool
	Filter annals.EventFilter
}

func runExport(ctx context.Context, env *Env, args []string) error {
	var o ExportOptions
	fs := newFlags(exportCmd, env)
	fs.StringVar(&o.DB, "db", sqlite.DefaultPath, "database file")
	fs.StringVar(&o.Format, "format", "jsonl", "jsonl, csv or gdelt")
	fs.BoolVar(&o.Header, "header", false, "write a header row of column names with --format gdelt")
	fs.IntVar(&o.Filter.Limit, "limit", 0, "at most this many events (0 for all)")
	filterFlags(fs, &o.Filter)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	return exportRun(ctx, env, o)
}

func exportRun(ctx context.Context, env *Env, o ExportOptions) error {
	if o.Format == "table" {
		return usageError{fmt.Errorf("format %q is for annals query; export writes jsonl, csv or gdelt", o.Format)}
	}
	w, err := newEventWriter(o.Format, env.Stdout)
	if err != nil {
		return err
	}
	if g, ok := w.(*gdeltWriter); ok && o.Header {
		g.w.WriteString(strings.Join(gdeltColumns, "\t") + "\n")
	}
	db, err := openExisting(ctx, o.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	return writeEvents(ctx, db, o.Filter, w)
}

// gdeltColumns are the 61 columns of the GDELT 2.0 event table.
var gdeltColumns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
	Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
	Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
	IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
	Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
	Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
	ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
	DATEADDED SOURCEURL`)

type gdeltWriter struct {
	w   *bufio.Writer
	row [61]string
}

func (g *gdeltWriter) write(e *annals.StoredEvent) error {
	r := &g.row
	clear(r[:])
	r[0] = strconv.FormatInt(e.EventID, 10)
	if t, ok := eventDay(e.Date); ok {
		r[1] = t.Format("20060102")
		r[2] = t.Format("200601")
		r[3] = t.Format("2006")
		r[4] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	gdeltActor(r[5:15], e.Source)
	gdeltActor(r[15:25], e.Target)
	r[25] = "0"
	if e.Sentence <= 1 {
		r[25] = "1"
	}
	r[26] = e.Code
	if len(e.Code) >= 3 {
		r[27] = e.Code[:3]
	} else {
		r[27] = e.Code
	}
	r[28] = e.Root
	r[29] = strconv.Itoa(e.QuadClass)
	r[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
	r[31], r[32], r[33] = strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles)
	if l := e.Location; l != nil {
		r[52] = clean(l.Name)
		r[53] = l.Country
		if l.Lat != 0 || l.Lon != 0 {
			r[56], r[57] = strconv.FormatFloat(l.Lat, 'f', 4, 64), strconv.FormatFloat(l.Lon, 'f', 4, 64)
		}
		if l.GeonameID != 0 {
			r[58] = strconv.Itoa(l.GeonameID)
		}
	}
	r[60] = clean(e.URL)
	for i, f := range r {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(f)
	}
	return g.w.WriteByte('\n')
}

func (g *gdeltWriter) flush() error { return g.w.Flush() }

// gdeltActor fills the ten actor columns: code, name, country, known group,
// ethnic, two religions and three types (the three-letter roles after the
// country: USAGOVMIL gives GOV and MIL).
func gdeltActor(cols []string, a *annals.ActorRef) {
	if a == nil || a.Code == "" {
		return
	}
	cols[0], cols[1] = a.Code, clean(strings.ToUpper(a.Name))
	country := sqlite.Country(a.Code)
	cols[2] = country
	rest := a.Code
	if country != "" {
		rest = a.Code[3:]
	} else if len(a.Code) >= 3 {
		rest = a.Code[3:]
		cols[7] = a.Code[:3] // IGO, NGO, MNC... as the first type
	}
	for t := 7; len(rest) >= 3 && t < 10; t++ {
		if cols[t] != "" {
			continue
		}
		cols[t], rest = rest[:3], rest[3:]
	}
}

// eventDay parses the day of an event date: YYYY-MM-DD, or the start of a
// range YYYY-MM-DD/YYYY-MM-DD. Vaguer dates have no GDELT day.
func eventDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// clean keeps a field on its line and in its column.
func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
