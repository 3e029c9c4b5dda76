package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/annals-project/annals"
)

func TestPackSpans(t *testing.T) {
	tests := []struct {
		name string
		in   []annals.SentSpan
		size int // bytes packed
	}{
		{"none", nil, 1},
		{"one", []annals.SentSpan{{Start: 0, End: 86}}, 4},
		{"title then body", []annals.SentSpan{{Start: 0, End: 20, Title: true}, {Start: 22, End: 70}, {Start: 71, End: 300}}, 9},
		// A title repeated as the body's start: sentences may overlap.
		{"overlapping", []annals.SentSpan{{Start: 0, End: 20, Title: true}, {Start: 0, End: 48}}, 6},
		{"far offsets", []annals.SentSpan{{Start: 1 << 20, End: 1<<20 + 5000}}, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := packSpans(nil, tt.in)
			if len(b) != tt.size {
				t.Errorf("packed into %d bytes, want %d", len(b), tt.size)
			}
			got, err := unpackSpans(nil, b)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.in) || len(got) > 0 && !reflect.DeepEqual(got, tt.in) {
				t.Errorf("round trip = %v, want %v", got, tt.in)
			}
		})
	}
}

func TestUnpackSpansMalformed(t *testing.T) {
	for _, b := range [][]byte{
		{2, 0, 2},          // unknown version
		{1, 0},             // a start with no length
		{1, 0x80},          // a cut varint
		{1, 0, 0x80, 0x80}, // a cut length
		{1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, // overflow
	} {
		if _, err := unpackSpans(nil, b); !errors.Is(err, errSpans) {
			t.Errorf("unpackSpans(%x) = %v, want errSpans", b, err)
		}
	}
	if got, err := unpackSpans(nil, nil); err != nil || len(got) != 0 {
		t.Errorf("unpackSpans(NULL) = %v, %v; want no sentences", got, err)
	}
}

func FuzzUnpackSpans(f *testing.F) {
	f.Add(packSpans(nil, []annals.SentSpan{{Start: 0, End: 20, Title: true}, {Start: 0, End: 48}}))
	f.Add([]byte{1, 0x80})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		ss, err := unpackSpans(nil, b)
		if err != nil {
			return
		}
		again, err := unpackSpans(nil, packSpans(nil, ss))
		if err != nil || len(again) != len(ss) || len(ss) > 0 && !reflect.DeepEqual(again, ss) {
			t.Errorf("%x: repacked %v as %v (%v)", b, ss, again, err)
		}
	})
}

// TestMigrateSentences opens a database written before migration 2, with a
// row per sentence, and checks the rows are packed into the articles, the
// table is gone and the rebuilt full-text index finds the old text.
func TestMigrateSentences(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := migrations.ReadFile("migrations/001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
		string(v1),
		`INSERT INTO schema_migrations VALUES (1, '001_init.sql')`,
		`INSERT INTO articles (id, hash, ext_id, title, text, coded) VALUES
			(1, 'h1', 'a1', 'Talks', 'Talks in Doha. The Taliban met envoys.', 1),
			(2, 'h2', 'a2', '', 'Nothing coded here.', 0),
			(3, 'h3', 'a3', '', 'Coded, no sentences.', 1)`,
		`INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles`,
		`INSERT INTO sentences VALUES (1, 1, 15, 38, 0), (1, 0, 0, 14, 1)`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a, err := db.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	want := []annals.SentSpan{{Start: 0, End: 14, Title: true}, {Start: 15, End: 38}}
	if !reflect.DeepEqual(a.Result.Sentences, want) {
		t.Errorf("a1 sentences = %v, want %v", a.Result.Sentences, want)
	}
	var null2, empty3 bool
	if err := db.SQL().QueryRow(`SELECT (SELECT sentences IS NULL FROM articles WHERE id = 2),
		(SELECT length(sentences) = 1 FROM articles WHERE id = 3)`).Scan(&null2, &empty3); err != nil {
		t.Fatal(err)
	}
	if !null2 || !empty3 {
		t.Errorf("uncoded article's sentences NULL = %v, coded one's empty = %v; want both true", null2, empty3)
	}
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'sentences'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("sentences table still there (%d, %v)", n, err)
	}
	if err := db.SQL().QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"taliban"'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("full-text match after the rebuild: %d articles, %v; want 1", n, err)
	}
}

func TestArticleSentences(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	text := "Talks in Doha. The Taliban met envoys."
	want := []annals.SentSpan{{Start: 0, End: 5, Title: true}, {Start: 0, End: 14}, {Start: 15, End: 38}}
	batch := []annals.Coded{
		{Article: annals.Article{ID: "a1", Title: "Talks", Text: text}, Hash: annals.ContentHash(text),
			Result: &annals.Result{ID: "a1", Sentences: want}},
		{Article: annals.Article{ID: "a2", Text: "Not coded."}, Hash: annals.ContentHash("Not coded.")},
	}
	if _, err := db.Put(ctx, batch); err != nil {
		t.Fatal(err)
	}
	a, err := db.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Result.Sentences, want) {
		t.Errorf("sentences = %v, want %v", a.Result.Sentences, want)
	}
	a, err = db.Article(ctx, "a2")
	if err != nil {
		t.Fatal(err)
	}
	if a.Result.Sentences == nil || len(a.Result.Sentences) != 0 {
		t.Errorf("uncoded article: sentences %v, want an empty list", a.Result.Sentences)
	}
}
