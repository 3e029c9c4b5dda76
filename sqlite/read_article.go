package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/annals-project/annals"
)

// Article returns the stored article with the external id, rebuilt with
// every annotation, or an ENOTFOUND error. When several stored articles
// share the id (different texts under one id), the first stored wins.
func (d *DB) Article(ctx context.Context, id string) (*annals.StoredArticle, error) {
	a := &annals.StoredArticle{}
	var key int64
	var spans []byte
	err := d.db.QueryRowContext(ctx, `SELECT id, ext_id, title, date, url, source, text, discarded, sentences
		FROM articles WHERE ext_id = ? ORDER BY id LIMIT 1`, id).
		Scan(&key, &a.ID, &a.Title, &a.Date, &a.URL, &a.Source, &a.Text, &a.Discarded, &spans)
	if err == sql.ErrNoRows {
		return nil, annals.Errorf(annals.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	r := &a.Result
	r.Sentences, r.Events, r.Quotes = []annals.SentSpan{}, []annals.Event{}, []annals.Quote{}
	r.Entities, r.Places, r.Times = []annals.Entity{}, []annals.Place{}, []annals.Time{}
	if r.Sentences, err = unpackSpans(r.Sentences, spans); err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	steps := []struct {
		name string
		sql  string
		scan func(*sql.Rows) error
	}{
		{"events", `SELECT sentence, date, code, root, plover, quad_class, goldstein, negated, mode,
			source_json, target_json, location_json, evidence_json FROM events WHERE article_id = ? ORDER BY id`, func(rs *sql.Rows) error {
			var e annals.Event
			var src, tgt, loc sql.NullString
			var evid string
			if err := rs.Scan(&e.Sentence, &e.Date, &e.Code, &e.Root, &e.Plover, &e.QuadClass, &e.Goldstein,
				&e.Negated, &e.Mode, &src, &tgt, &loc, &evid); err != nil {
				return err
			}
			r.Events = append(r.Events, e)
			return decodeEvent(&r.Events[len(r.Events)-1], src, tgt, loc, evid)
		}},
		{"quotes", `SELECT quote_json FROM quotes WHERE article_id = ? ORDER BY id`, func(rs *sql.Rows) error {
			var js string
			var q annals.Quote
			if err := rs.Scan(&js); err != nil {
				return err
			}
			err := json.Unmarshal([]byte(js), &q)
			r.Quotes = append(r.Quotes, q)
			return err
		}},
		{"entities", `SELECT name, type, role, affiliation, code, source, mentions FROM entities WHERE article_id = ? ORDER BY id`, func(rs *sql.Rows) error {
			var e annals.Entity
			var m string
			if err := rs.Scan(&e.Name, &e.Type, &e.Role, &e.Affiliation, &e.Code, &e.Source, &m); err != nil {
				return err
			}
			err := json.Unmarshal([]byte(m), &e.Mentions)
			r.Entities = append(r.Entities, e)
			return err
		}},
		{"places", `SELECT name, country, lat, lon, geonameid, dateline, mentions FROM places WHERE article_id = ? ORDER BY id`, func(rs *sql.Rows) error {
			var p annals.Place
			var m string
			if err := rs.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.GeonameID, &p.Dateline, &m); err != nil {
				return err
			}
			err := json.Unmarshal([]byte(m), &p.Mentions)
			if len(p.Mentions) == 0 {
				p.Mentions = nil // omitted when empty, as coded
			}
			r.Places = append(r.Places, p)
			return err
		}},
		{"times", `SELECT text, value, start, end, sentence FROM times WHERE article_id = ? ORDER BY id`, func(rs *sql.Rows) error {
			var t annals.Time
			err := rs.Scan(&t.Text, &t.Value, &t.Start, &t.End, &t.Sentence)
			r.Times = append(r.Times, t)
			return err
		}},
	}
	for _, s := range steps {
		if err := d.each(ctx, s.sql, key, s.scan); err != nil {
			return nil, fmt.Errorf("article %s: %s: %w", id, s.name, err)
		}
	}
	return a, nil
}

func (d *DB) each(ctx context.Context, q string, key int64, fn func(*sql.Rows) error) error {
	rows, err := d.db.QueryContext(ctx, q, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
