package sqlite

// Reads behind the HTTP API and dashboard: pages of events, counts by time
// bucket, actors, the actor network, places, quotes and whole articles.
// Each takes the same annals.EventFilter as Events, so every view of the
// dashboard agrees on what a filter selects.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// MaxPage caps the rows one read returns, so one request cannot pull the
// whole database into memory.
const MaxPage = 5000

func page(limit int) int {
	if limit <= 0 || limit > MaxPage {
		return MaxPage
	}
	return limit
}

func where(f annals.EventFilter, extra ...string) (string, []any, error) {
	w, args, err := filterSQL(f)
	if err != nil {
		return "", nil, err
	}
	conds := extra
	if w != "" {
		conds = append(conds, w)
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// EventPage returns up to f.Limit events (at most [MaxPage]) matching f
// whose id is greater than after, in id order: cursor pagination.
func (d *DB) EventPage(ctx context.Context, f annals.EventFilter, after int64) ([]annals.StoredEvent, error) {
	w, args, err := where(f, "e.id > ?")
	if err != nil {
		return nil, err
	}
	args = append([]any{after}, args...)
	q := `SELECT e.id, a.ext_id, a.url, a.source, e.sentence, e.date, e.code, e.root, e.plover,
		e.quad_class, e.goldstein, e.negated, e.mode, e.source_json, e.target_json, e.location_json, e.evidence_json,
		coalesce(g.num_mentions, 0), coalesce(g.num_articles, 0), coalesce(g.num_sources, 0)
		FROM events e JOIN articles a ON a.id = e.article_id
		LEFT JOIN event_groups g ON g.date = e.date AND g.source_code = e.source_code
			AND g.target_code = e.target_code AND g.code = e.code` + w +
		fmt.Sprintf(" ORDER BY e.id LIMIT %d", page(f.Limit))
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("event page: %w", err)
	}
	defer rows.Close()
	out := []annals.StoredEvent{}
	for rows.Next() {
		var ev annals.StoredEvent
		var src, tgt, loc sql.NullString
		var evid string
		err := rows.Scan(&ev.EventID, &ev.ArticleID, &ev.URL, &ev.ArticleSource, &ev.Sentence, &ev.Date, &ev.Code,
			&ev.Root, &ev.Plover, &ev.QuadClass, &ev.Goldstein, &ev.Negated, &ev.Mode, &src, &tgt, &loc, &evid,
			&ev.NumMentions, &ev.NumArticles, &ev.NumSources)
		if err != nil {
			return nil, fmt.Errorf("event page: %w", err)
		}
		if err := decodeEvent(&ev.Event, src, tgt, loc, evid); err != nil {
			return nil, fmt.Errorf("event page: event %d: %w", ev.EventID, err)
		}
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event page: %w", err)
	}
	return out, nil
}

func decodeEvent(ev *annals.Event, src, tgt, loc sql.NullString, evid string) error {
	var err error
	if ev.Source, err = decode[annals.ActorRef](src); err != nil {
		return err
	}
	if ev.Target, err = decode[annals.ActorRef](tgt); err != nil {
		return err
	}
	if ev.Location, err = decode[annals.Place](loc); err != nil {
		return err
	}
	return json.Unmarshal([]byte(evid), &ev.Evidence)
}

// Aggregate counts events matching f by period ("day", "week" starting on
// Monday, or "all") and group ("root", "quad", "pair" of source and target
// country or root code, "country" of the event). Events whose date is not a
// full day are left out of day and week buckets.
func (d *DB) Aggregate(ctx context.Context, f annals.EventFilter, by, group string) ([]annals.Bucket, error) {
	var period string
	var extra []string
	switch by {
	case "day", "":
		period = "e.date"
		extra = append(extra, "length(e.date) = 10")
	case "week":
		period = "date(e.date, 'weekday 0', '-6 days')"
		extra = append(extra, "length(e.date) = 10")
	case "all":
		period = "''"
	default:
		return nil, annals.Errorf(annals.EINVALID, "by %q: want day, week or all", by)
	}
	var key string
	switch group {
	case "quad", "":
		key = "cast(e.quad_class AS TEXT)"
	case "root":
		key = "e.root"
	case "pair":
		key = "substr(e.source_code, 1, 3) || '>' || substr(e.target_code, 1, 3)"
	case "country":
		key = eventCountry
	default:
		return nil, annals.Errorf(annals.EINVALID, "group %q: want root, quad, pair or country", group)
	}
	w, args, err := where(f, extra...)
	if err != nil {
		return nil, err
	}
	q := `SELECT ` + period + ` AS p, ` + key + ` AS k, count(*), avg(e.goldstein) FROM events e` + w +
		` GROUP BY p, k ORDER BY p, k`
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	defer rows.Close()
	out := []annals.Bucket{}
	for rows.Next() {
		var b annals.Bucket
		var p, k sql.NullString
		if err := rows.Scan(&p, &k, &b.Count, &b.Goldstein); err != nil {
			return nil, fmt.Errorf("aggregate: %w", err)
		}
		b.Period, b.Key = p.String, k.String
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	return out, nil
}

// eventCountry is the country an event is counted under on a map: where it
// happened, else its source's country, else its target's.
const eventCountry = "coalesce(nullif(e.place_country, ''), nullif(e.source_country, ''), e.target_country)"

// Actors returns the actor codes in events matching f with how often each
// is a source and a target, most active first.
func (d *DB) Actors(ctx context.Context, f annals.EventFilter) ([]annals.ActorCount, error) {
	w, args, err := where(f)
	if err != nil {
		return nil, err
	}
	q := `SELECT code, max(name), sum(s), sum(t) FROM (
		SELECT e.source_code AS code, e.source_name AS name, 1 AS s, 0 AS t FROM events e` + w + `
		UNION ALL
		SELECT e.target_code, e.target_name, 0, 1 FROM events e` + w + `)
		WHERE code <> '' GROUP BY code ORDER BY sum(s) + sum(t) DESC, code` +
		fmt.Sprintf(" LIMIT %d", page(f.Limit))
	rows, err := d.db.QueryContext(ctx, q, append(args, args...)...)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	out := []annals.ActorCount{}
	for rows.Next() {
		var a annals.ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.AsSource, &a.AsTarget); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return out, nil
}

// Network returns the source→target edges of events matching f that have
// both actors, largest first.
func (d *DB) Network(ctx context.Context, f annals.EventFilter) ([]annals.Edge, error) {
	w, args, err := where(f, "e.source_code <> ''", "e.target_code <> ''")
	if err != nil {
		return nil, err
	}
	q := `SELECT e.source_code, e.target_code, max(e.source_name), max(e.target_name), count(*),
		sum(e.quad_class IN (1, 2)), sum(e.quad_class IN (3, 4)), avg(e.goldstein)
		FROM events e` + w + ` GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code` +
		fmt.Sprintf(" LIMIT %d", page(f.Limit))
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	defer rows.Close()
	out := []annals.Edge{}
	for rows.Next() {
		var e annals.Edge
		if err := rows.Scan(&e.Source, &e.Target, &e.SourceName, &e.TargetName, &e.Count, &e.Cooperation, &e.Conflict, &e.Goldstein); err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	return out, nil
}

// Places returns the locations of events matching f with their event
// counts, most events first.
func (d *DB) Places(ctx context.Context, f annals.EventFilter) ([]annals.PlaceCount, error) {
	w, args, err := where(f, "e.location_json IS NOT NULL", "e.location_json <> 'null'")
	if err != nil {
		return nil, err
	}
	q := `SELECT e.place_name, max(e.place_country), avg(json_extract(e.location_json, '$.lat')),
		avg(json_extract(e.location_json, '$.lon')), count(*)
		FROM events e` + w + ` GROUP BY e.place_name, e.place_country ORDER BY count(*) DESC, e.place_name` +
		fmt.Sprintf(" LIMIT %d", page(f.Limit))
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	defer rows.Close()
	out := []annals.PlaceCount{}
	for rows.Next() {
		var p annals.PlaceCount
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&p.Name, &p.Country, &lat, &lon, &p.Count); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
		p.Lat, p.Lon = lat.Float64, lon.Float64
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	return out, nil
}

// Quotes returns quotes matching f in id order, with their articles.
func (d *DB) Quotes(ctx context.Context, f annals.QuoteFilter) ([]annals.StoredQuote, error) {
	conds := []string{"q.id > ?"}
	args := []any{f.After}
	if f.Text != "" {
		m := ftsQuery(f.Text)
		if m == "" {
			return nil, annals.Errorf(annals.EINVALID, "quote query %q has no words", f.Text)
		}
		conds = append(conds, "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
		args = append(args, m)
	}
	if f.Speaker != "" {
		s := strings.ToUpper(f.Speaker)
		conds = append(conds, "((q.speaker_code >= ? AND q.speaker_code < ?) OR q.speaker_name LIKE ? ESCAPE '\\')")
		like := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(f.Speaker)
		args = append(args, s, upper(s), "%"+like+"%")
	}
	q := `SELECT q.id, a.ext_id, a.title, a.date, q.quote_json FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE ` + strings.Join(conds, " AND ") + fmt.Sprintf(" ORDER BY q.id LIMIT %d", page(f.Limit))
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	out := []annals.StoredQuote{}
	for rows.Next() {
		var sq annals.StoredQuote
		var js string
		if err := rows.Scan(&sq.QuoteID, &sq.ArticleID, &sq.Title, &sq.Date, &js); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &sq.Quote); err != nil {
			return nil, fmt.Errorf("quotes: quote %d: %w", sq.QuoteID, err)
		}
		out = append(out, sq)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}
