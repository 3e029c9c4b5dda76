package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/annals-project/annals"
)

// spansVersion is the first byte of a packed sentence column, so the layout
// can change without guessing.
const spansVersion = 1

// packSpans appends the sentence offsets to dst in a few bytes each: a
// version byte, then per sentence two signed varints, the start less the
// previous end and (the length << 1 | title). An article's sentences are
// stored with it in one column, not as a row each: rows were most of the
// work of an ingest.
func packSpans(dst []byte, ss []annals.SentSpan) []byte {
	dst = append(dst, spansVersion)
	prev := 0
	for _, s := range ss {
		t := 0
		if s.Title {
			t = 1
		}
		dst = binary.AppendVarint(dst, int64(s.Start-prev))
		dst = binary.AppendVarint(dst, int64(s.End-s.Start)<<1|int64(t))
		prev = s.End
	}
	return dst
}

// errSpans reports a packed sentence column that cannot be read.
var errSpans = errors.New("malformed sentence offsets")

// unpackSpans decodes what packSpans wrote, appending to dst. An empty or
// NULL column holds no sentences.
func unpackSpans(dst []annals.SentSpan, b []byte) ([]annals.SentSpan, error) {
	if len(b) == 0 {
		return dst, nil
	}
	if b[0] != spansVersion {
		return dst, fmt.Errorf("%w: version %d", errSpans, b[0])
	}
	b = b[1:]
	prev := 0
	for len(b) > 0 {
		d, n := binary.Varint(b)
		if n <= 0 {
			return dst, errSpans
		}
		b = b[n:]
		l, n := binary.Varint(b)
		if n <= 0 {
			return dst, errSpans
		}
		b = b[n:]
		start := prev + int(d)
		s := annals.SentSpan{Start: start, End: start + int(l>>1), Title: l&1 == 1}
		dst = append(dst, s)
		prev = s.End
	}
	return dst, nil
}

// packSentenceRows is the Go half of migration 2: it packs the rows of the
// old sentences table into articles.sentences and drops the table.
func packSentenceRows(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET sentences = ? WHERE coded = 1`, packSpans(nil, nil)); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT article_id, start, end, title FROM sentences ORDER BY article_id, n`)
	if err != nil {
		return err
	}
	type packed struct {
		id int64
		b  []byte
	}
	var all []packed
	var cur int64 = -1
	var ss []annals.SentSpan
	done := func() {
		if cur >= 0 {
			all = append(all, packed{cur, packSpans(nil, ss)})
		}
		ss = ss[:0]
	}
	for rows.Next() {
		var id int64
		var s annals.SentSpan
		if err := rows.Scan(&id, &s.Start, &s.End, &s.Title); err != nil {
			rows.Close()
			return err
		}
		if id != cur {
			done()
			cur = id
		}
		ss = append(ss, s)
	}
	done()
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range all {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET sentences = ? WHERE id = ?`, p.b, p.id); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DROP TABLE sentences`)
	return err
}
