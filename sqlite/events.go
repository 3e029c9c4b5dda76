package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/annals-project/annals"
)

// datePrefix accepts YYYY, YYYY-MM and YYYY-MM-DD.
var datePrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// Events calls fn for each stored event matching f, in storage order. A
// malformed filter (a bad date, a quad class outside 1-4) gives EINVALID.
// The event passed to fn is reused between calls.
func (d *DB) Events(ctx context.Context, f annals.EventFilter, fn func(*annals.StoredEvent) error) error {
	where, args, err := filterSQL(f)
	if err != nil {
		return err
	}
	q := `SELECT e.id, a.ext_id, a.url, a.source, e.sentence, e.date, e.code, e.root, e.plover,
		e.quad_class, e.goldstein, e.negated, e.mode, e.source_json, e.target_json, e.location_json, e.evidence_json,
		coalesce(g.num_mentions, 0), coalesce(g.num_articles, 0), coalesce(g.num_sources, 0)
		FROM events e JOIN articles a ON a.id = e.article_id
		LEFT JOIN event_groups g ON g.date = e.date AND g.source_code = e.source_code
			AND g.target_code = e.target_code AND g.code = e.code`
	if where != "" {
		q += " WHERE " + where
	}
	q += " ORDER BY e.id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var ev annals.StoredEvent
	for rows.Next() {
		var src, tgt, loc sql.NullString
		var evid string
		ev = annals.StoredEvent{}
		err := rows.Scan(&ev.EventID, &ev.ArticleID, &ev.URL, &ev.ArticleSource, &ev.Sentence, &ev.Date, &ev.Code,
			&ev.Root, &ev.Plover, &ev.QuadClass, &ev.Goldstein, &ev.Negated, &ev.Mode, &src, &tgt, &loc, &evid,
			&ev.NumMentions, &ev.NumArticles, &ev.NumSources)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if ev.Source, err = decode[annals.ActorRef](src); err == nil {
			if ev.Target, err = decode[annals.ActorRef](tgt); err == nil {
				if ev.Location, err = decode[annals.Place](loc); err == nil {
					err = json.Unmarshal([]byte(evid), &ev.Evidence)
				}
			}
		}
		if err != nil {
			return fmt.Errorf("events: event %d: %w", ev.EventID, err)
		}
		if err := fn(&ev); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

func decode[T any](s sql.NullString) (*T, error) {
	if !s.Valid || s.String == "null" {
		return nil, nil
	}
	v := new(T)
	if err := json.Unmarshal([]byte(s.String), v); err != nil {
		return nil, err
	}
	return v, nil
}

// filterSQL turns a filter into a WHERE clause over events e. Code filters
// are prefix ranges so the indexes serve them.
func filterSQL(f annals.EventFilter) (string, []any, error) {
	var conds []string
	var args []any
	prefix := func(col, p string) {
		conds = append(conds, col+" >= ? AND "+col+" < ?")
		args = append(args, p, upper(p))
	}
	if f.Actor != "" {
		a := strings.ToUpper(f.Actor)
		conds = append(conds, "((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))")
		args = append(args, a, upper(a), a, upper(a))
	}
	if f.Source != "" {
		s := strings.ToUpper(f.Source)
		if len(s) == 3 && Country(s) != "" {
			conds = append(conds, "e.source_country = ?") // lets the dyad index serve country pairs
			args = append(args, s)
		} else {
			prefix("e.source_code", s)
		}
	}
	if f.Target != "" {
		t := strings.ToUpper(f.Target)
		if len(t) == 3 && Country(t) != "" {
			conds = append(conds, "e.target_country = ?")
			args = append(args, t)
		} else {
			prefix("e.target_code", t)
		}
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		if len(c) != 3 {
			return "", nil, annals.Errorf(annals.EINVALID, "country %q: want an ISO 3166 alpha-3 code such as SYR", f.Country)
		}
		conds = append(conds, "(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
		args = append(args, c, c, c)
	}
	if f.Code != "" {
		prefix("e.code", f.Code)
	}
	if f.Root != "" {
		r := f.Root
		if len(r) == 1 {
			r = "0" + r
		}
		conds = append(conds, "e.root = ?")
		args = append(args, r)
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return "", nil, annals.Errorf(annals.EINVALID, "quad class %d: want 1 to 4", f.Quad)
		}
		conds = append(conds, "e.quad_class = ?")
		args = append(args, f.Quad)
	}
	if f.From != "" {
		if !datePrefix.MatchString(f.From) {
			return "", nil, annals.Errorf(annals.EINVALID, "from date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f.From)
		}
		conds = append(conds, "e.date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		if !datePrefix.MatchString(f.To) {
			return "", nil, annals.Errorf(annals.EINVALID, "to date %q: want YYYY-MM-DD, YYYY-MM or YYYY", f.To)
		}
		conds = append(conds, "e.date < ?")
		args = append(args, f.To+"~") // '~' sorts after digits and '-': the whole of To is included
	}
	if f.Place != "" {
		conds = append(conds, "e.place_name = ?")
		args = append(args, f.Place)
	}
	if f.Text != "" {
		m := ftsQuery(f.Text)
		if m == "" {
			return "", nil, annals.Errorf(annals.EINVALID, "text query %q has no words", f.Text)
		}
		conds = append(conds, `e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
			UNION SELECT q.article_id FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH ?)`)
		args = append(args, m, m)
	}
	return strings.Join(conds, " AND "), args, nil
}

// upper returns the smallest string greater than every string with prefix p.
func upper(p string) string { return p + "\U0010FFFF" }

// ftsQuery turns user text into an FTS5 query matching documents holding
// every word. It splits where the unicode61 tokenizer does (at anything but
// letters, digits and private-use characters), so "al-Assad" asks for "al"
// and "assad" anywhere in the text: the indexes keep no positions
// (detail=none) and so answer no phrases. Each word is quoted, so FTS5
// operators in the text are taken literally.
func ftsQuery(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r))
	}) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(`"` + w + `"`)
	}
	return b.String()
}
