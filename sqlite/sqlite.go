// Package sqlite is annals' embedded store: one SQLite file (annals.db by
// default) holding articles (each with its sentence offsets packed in one
// column), events, quotes, entities, places, times, near duplicates and
// word indexes (FTS5, detail=none) over article and quote text.
//
// It uses modernc.org/sqlite (pure Go, no cgo) in WAL mode. Writes go
// through one writer in batched transactions, so a crash loses at most the
// batch in flight, and articles are keyed by content hash, so writing an
// article twice adds nothing.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/annals-project/annals"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultPath is the database file used when no --db is given: annals.db in
// the current directory.
const DefaultPath = "annals.db"

//go:embed migrations/*.sql
var migrations embed.FS

// upgrades are the Go steps of migrations, run after the SQL file of the
// same version and in its transaction, for conversions SQL cannot express.
var upgrades = map[int]func(context.Context, *sql.Tx) error{
	2: packSentenceRows,
}

// DB is an open annals database. It is safe for concurrent use; writes are
// serialised.
type DB struct {
	db   *sql.DB
	path string
	mu   sync.Mutex // one writer
}

var (
	_ annals.Store  = (*DB)(nil)
	_ annals.Reader = (*DB)(nil)
)

// Open opens (creating if needed) the database at path and applies any
// migrations it lacks. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*DB, error) {
	// A 16 MiB page cache (SQLite's default is 2 MiB) holds the pages a
	// 1,000-article batch dirties, so they are not spilled to the log and
	// written again before the commit; a 32 MiB log between checkpoints
	// writes a page that several batches touch to the database file once.
	// Together they halve the writes and reads of an ingest.
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate" +
		"&_pragma=cache_size(-16384)&_pragma=wal_autocheckpoint(8192)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // each connection would get its own database
	}
	d := &DB{db: db, path: path}
	if err := d.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return d, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL returns the underlying handle, for ad hoc reads (tests, reports).
func (d *DB) SQL() *sql.DB { return d.db }

// migrate applies the embedded migrations/NNN_name.sql files in order, each
// in its own transaction, recording the versions applied.
func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("migrate: %s: name must start with a number", base)
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		// Check inside the (immediate, so exclusive) transaction: another
		// process may be opening the same file.
		tx, err := d.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate: %w", err)
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if up := upgrades[v]; up != nil {
			if err := up(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrate %s: %w", base, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, v, base); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

// Has reports whether an article with the content hash is stored.
func (d *DB) Has(ctx context.Context, hash string) (bool, error) {
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE hash = ?`, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("has: %w", err)
	}
	return n > 0, nil
}

// Signatures calls fn with the hash and near-duplicate signature of every
// stored article, in storage order, so an ingester can resume with the
// duplicate index it had.
func (d *DB) Signatures(ctx context.Context, fn func(hash string, sig []byte) error) error {
	rows, err := d.db.QueryContext(ctx, `SELECT hash, signature FROM articles ORDER BY id`)
	if err != nil {
		return fmt.Errorf("signatures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h string
		var sig []byte
		if err := rows.Scan(&h, &sig); err != nil {
			return fmt.Errorf("signatures: %w", err)
		}
		if err := fn(h, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Put stores a batch of coded articles in one transaction and returns how
// many were new; articles whose hash is already stored are skipped.
func (d *DB) Put(ctx context.Context, batch []annals.Coded) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("put: %w", err)
	}
	defer w.close()
	added := 0
	for i := range batch {
		ok, err := w.put(ctx, &batch[i])
		if err != nil {
			return 0, fmt.Errorf("put %s: %w", batch[i].Article.ID, err)
		}
		if ok {
			added++
		}
	}
	if err := w.index(ctx); err != nil {
		return 0, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("put: commit: %w", err)
	}
	return added, nil
}

// writer holds the prepared statements of one Put transaction.
type writer struct {
	// Full-text rows are written last: FTS5 flushes its pending index at
	// every statement savepoint, and inserts into indexed tables may open
	// one each.
	artText, quoteText []ftsRow

	spans []byte // packed sentences, reused

	article, event, quote, entity, place, tm, dup, dupOf, artFTS, quoteFTS *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.article, `INSERT INTO articles (hash, ext_id, title, date, url, source, text, discarded, signature, coded, sentences)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`},
		{&w.event, `INSERT INTO events (article_id, sentence, date, source_code, source_name, source_country,
			target_code, target_name, target_country, code, root, plover, quad_class, goldstein, negated, mode,
			place_name, place_country, source_json, target_json, location_json, evidence_json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.quote, `INSERT INTO quotes (article_id, sentence, text, start, end, kind, cue, speaker_name, speaker_code, speaker_json, quote_json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.entity, `INSERT INTO entities (article_id, name, type, role, affiliation, code, source, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.place, `INSERT INTO places (article_id, name, country, lat, lon, geonameid, dateline, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.tm, `INSERT INTO times (article_id, sentence, text, value, start, end) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.dupOf, `SELECT id FROM articles WHERE hash = ?`},
		{&w.dup, `INSERT OR IGNORE INTO duplicates (article_id, of_id, similarity) VALUES (?, ?, ?)`},
		{&w.artFTS, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&w.quoteFTS, `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, s.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*s.dst = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.article, w.event, w.quote, w.entity, w.place, w.tm, w.dup, w.dupOf, w.artFTS, w.quoteFTS} {
		if s != nil {
			s.Close()
		}
	}
}

func (w *writer) put(ctx context.Context, c *annals.Coded) (bool, error) {
	a := &c.Article
	hash := c.Hash
	if hash == "" {
		hash = annals.ContentHash(a.Text)
	}
	r := c.Result
	discarded, coded := "", 0
	var packed any // NULL when not coded
	if r != nil {
		discarded, coded = r.Discarded, 1
		w.spans = packSpans(w.spans[:0], r.Sentences)
		packed = w.spans
	}
	res, err := w.article.ExecContext(ctx, hash, a.ID, a.Title, a.Date, a.URL, a.Source, a.Text, discarded, c.Signature, coded, packed)
	if err != nil {
		return false, fmt.Errorf("article: %w", err)
	}
	id, err := insertedID(res)
	if err != nil {
		return false, fmt.Errorf("article: %w", err)
	}
	if id == 0 {
		return false, nil // already stored
	}
	w.artText = append(w.artText, ftsRow{id, a.Title, a.Text})
	if c.DupOf != "" {
		var of int64
		switch err := w.dupOf.QueryRowContext(ctx, c.DupOf).Scan(&of); {
		case err == sql.ErrNoRows:
		case err != nil:
			return false, fmt.Errorf("duplicate: %w", err)
		default:
			if _, err := w.dup.ExecContext(ctx, id, of, c.Similarity); err != nil {
				return false, fmt.Errorf("duplicate: %w", err)
			}
		}
	}
	if r == nil {
		return true, nil
	}
	for i := range r.Events {
		if err := w.putEvent(ctx, id, a, &r.Events[i]); err != nil {
			return false, fmt.Errorf("event %d: %w", i, err)
		}
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		var name, code string
		if q.Speaker != nil {
			name, code = q.Speaker.Name, q.Speaker.Code
		}
		res, err := w.quote.ExecContext(ctx, id, q.Sentence, q.Text, q.Start, q.End, q.Kind, q.Cue, name, code,
			jsonOrNil(q.Speaker), mustJSON(q))
		if err != nil {
			return false, fmt.Errorf("quote %d: %w", i, err)
		}
		qid, err := insertedID(res)
		if err != nil {
			return false, fmt.Errorf("quote %d: %w", i, err)
		}
		w.quoteText = append(w.quoteText, ftsRow{id: qid, text: q.Text})
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		if _, err := w.entity.ExecContext(ctx, id, e.Name, e.Type, e.Role, e.Affiliation, e.Code, e.Source, mustJSON(spans(e.Mentions))); err != nil {
			return false, fmt.Errorf("entity %d: %w", i, err)
		}
	}
	for i := range r.Places {
		p := &r.Places[i]
		if _, err := w.place.ExecContext(ctx, id, p.Name, p.Country, p.Lat, p.Lon, p.GeonameID, p.Dateline, mustJSON(spans(p.Mentions))); err != nil {
			return false, fmt.Errorf("place %d: %w", i, err)
		}
	}
	for i := range r.Times {
		t := &r.Times[i]
		if _, err := w.tm.ExecContext(ctx, id, t.Sentence, t.Text, t.Value, t.Start, t.End); err != nil {
			return false, fmt.Errorf("time %d: %w", i, err)
		}
	}
	return true, nil
}

// insertedID returns the id of the row an INSERT added, or 0 when it added
// none (ON CONFLICT DO NOTHING). Plain inserts cost less than RETURNING
// ones, which run a statement transaction each.
func insertedID(res sql.Result) (int64, error) {
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return 0, err
	}
	return res.LastInsertId()
}

type ftsRow struct {
	id          int64
	title, text string
}

// index writes the full-text rows of the batch.
func (w *writer) index(ctx context.Context) error {
	for _, r := range w.artText {
		if _, err := w.artFTS.ExecContext(ctx, r.id, r.title, r.text); err != nil {
			return fmt.Errorf("article text index: %w", err)
		}
	}
	for _, r := range w.quoteText {
		if _, err := w.quoteFTS.ExecContext(ctx, r.id, r.text); err != nil {
			return fmt.Errorf("quote text index: %w", err)
		}
	}
	return nil
}

func (w *writer) putEvent(ctx context.Context, id int64, a *annals.Article, e *annals.Event) error {
	var sc, sn, tc, tn, pn, pc string
	if e.Source != nil {
		sc, sn = e.Source.Code, e.Source.Name
	}
	if e.Target != nil {
		tc, tn = e.Target.Code, e.Target.Name
	}
	if e.Location != nil {
		pn, pc = e.Location.Name, e.Location.Country
	}
	date := e.Date
	if date == "" {
		date = a.Date // GDELT dates events by the article when the text gives no date
	}
	_, err := w.event.ExecContext(ctx, id, e.Sentence, date, sc, sn, Country(sc), tc, tn, Country(tc),
		e.Code, e.Root, e.Plover, e.QuadClass, e.Goldstein, e.Negated, e.Mode, pn, pc,
		jsonOrNil(e.Source), jsonOrNil(e.Target), jsonOrNil(e.Location), mustJSON(e.Evidence))
	return err
}

func spans(m [][2]int) [][2]int {
	if m == nil {
		return [][2]int{}
	}
	return m
}

// mustJSON encodes v; the record types hold only encodable fields, and a
// NaN coordinate or score is the only way to fail, which is stored as null.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

func jsonOrNil[T any](p *T) any {
	if p == nil {
		return nil
	}
	return mustJSON(p)
}

// nonCountries are the three-letter CAMEO roots that are not countries:
// international and transnational actors, and regions.
var nonCountries = map[string]bool{
	"IGO": true, "NGO": true, "IMG": true, "MNC": true, "INT": true, "UIS": true,
	"AFR": true, "ASA": true, "BLK": true, "BAL": true, "CAS": true, "CAU": true,
	"CFR": true, "CRB": true, "EAF": true, "EEU": true, "EIN": true, "EUR": true,
	"LAM": true, "MEA": true, "MDT": true, "NAF": true, "NMR": true, "PGS": true,
	"SAF": true, "SAM": true, "SAS": true, "SEA": true, "SCN": true, "WAF": true,
	"WST": true,
}

// Country returns the ISO 3166 alpha-3 country at the start of a CAMEO actor
// code ("USA" for "USAGOV"), or "" for international, regional and empty codes.
func Country(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return ""
		}
	}
	if nonCountries[c] {
		return ""
	}
	return c
}

// Refresh recomputes the GDELT-style counts: for every (date, source code,
// target code, event code), how many events, articles and distinct sources
// report it. Ingest calls it once at the end.
func (d *DB) Refresh(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM event_groups`); err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO event_groups
		SELECT e.date, e.source_code, e.target_code, e.code, count(*), count(DISTINCT e.article_id), count(DISTINCT a.source)
		FROM events e JOIN articles a ON a.id = e.article_id
		GROUP BY e.date, e.source_code, e.target_code, e.code`)
	if err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("refresh: %w", err)
	}
	return nil
}

// Tables lists the tables Counts and Dump cover, in dump order.
var Tables = []string{"articles", "events", "quotes", "entities", "places", "times", "duplicates", "event_groups"}

// Counts returns the number of rows in each of [Tables].
func (d *DB) Counts(ctx context.Context) (map[string]int, error) {
	m := make(map[string]int, len(Tables))
	for _, t := range Tables {
		var n int
		if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM `+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		m[t] = n
	}
	return m, nil
}

// Dump writes every row of [Tables] as text, in key order, so two databases
// can be compared with a diff.
func (d *DB) Dump(ctx context.Context, w io.Writer) error {
	for _, t := range Tables {
		order := "rowid"
		switch t {
		case "event_groups":
			order = "date, source_code, target_code, code"
		case "duplicates":
			order = "article_id"
		}
		rows, err := d.db.QueryContext(ctx, `SELECT * FROM `+t+` ORDER BY `+order)
		if err != nil {
			return fmt.Errorf("dump %s: %w", t, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(w, "== %s %s\n", t, strings.Join(cols, ","))
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return fmt.Errorf("dump %s: %w", t, err)
			}
			for i, v := range vals {
				if i > 0 {
					io.WriteString(w, "\t")
				}
				if b, ok := v.([]byte); ok {
					fmt.Fprintf(w, "%x", b)
					continue
				}
				fmt.Fprintf(w, "%v", v)
			}
			io.WriteString(w, "\n")
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("dump %s: %w", t, err)
		}
	}
	return nil
}
