package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/sqlite"
)

// MustOpen opens a database file in a fresh temporary directory.
func MustOpen(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "annals.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func event(src, tgt, code, date string, place *annals.Place) annals.Event {
	e := annals.Event{Code: code, Root: code[:2], QuadClass: 1, Goldstein: 1.5, Date: date, Location: place,
		Evidence: annals.Evidence{Verb: "met", Start: 4, End: 7, Rule: "verbs/test.txt:1"}}
	if src != "" {
		e.Source = &annals.ActorRef{Text: src, Name: src, Code: src}
	}
	if tgt != "" {
		e.Target = &annals.ActorRef{Text: tgt, Name: tgt, Code: tgt}
	}
	return e
}

func coded(id, source, text string, events ...annals.Event) annals.Coded {
	a := annals.Article{ID: id, Title: "T " + id, Date: "2021-10-13", Text: text, Source: source, URL: "https://example.com/" + id}
	return annals.Coded{Article: a, Hash: annals.ContentHash(text), Result: &annals.Result{
		ID: id, Sentences: []annals.SentSpan{{Start: 0, End: len(text)}}, Events: events,
		Quotes:   []annals.Quote{{Text: "we will talk", Start: 1, End: 13, Cue: "said", Speaker: &annals.ActorRef{Name: "Muttaqi", Code: "AFGGOV"}}},
		Entities: []annals.Entity{{Name: "Amir Khan Muttaqi", Type: "PERSON", Code: "AFGGOV", Mentions: [][2]int{{0, 5}}}},
		Places:   []annals.Place{{Name: "Doha", Country: "QAT", Lat: 25.29, Lon: 51.53}},
		Times:    []annals.Time{{Text: "on Tuesday", Value: "2021-10-12", Start: 2, End: 12}},
	}}
}

func fixture() []annals.Coded {
	doha := &annals.Place{Name: "Doha", Country: "QAT", Lat: 25.29, Lon: 51.53}
	return []annals.Coded{
		coded("a1", "reuters", "The Taliban met EU envoys in Doha on Tuesday.",
			event("AFGGOV", "IGOEUREEC", "043", "2021-10-12", doha),
			event("USAGOV", "SYRGOV", "112", "2021-10-12", nil)),
		coded("a2", "afp", "Taliban  and EU envoys met in Doha, officials said.",
			event("AFGGOV", "IGOEUREEC", "043", "2021-10-12", doha)),
		coded("a3", "reuters", "Turkish troops shelled Kurdish positions in Syria.",
			event("TURMIL", "SYRREB", "195", "2021-11-02", nil)),
	}
}

func TestPutIdempotent(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	n, err := db.Put(ctx, fixture())
	if err != nil || n != 3 {
		t.Fatalf("Put = %d, %v; want 3", n, err)
	}
	before, _ := db.Counts(ctx)
	// The same texts with different layout and case are the same articles.
	again := fixture()
	again[0].Article.Text = "THE   Taliban met EU envoys\nin Doha on Tuesday."
	again[0].Hash = annals.ContentHash(again[0].Article.Text)
	if n, err := db.Put(ctx, again); err != nil || n != 0 {
		t.Fatalf("second Put = %d, %v; want 0", n, err)
	}
	after, _ := db.Counts(ctx)
	for _, tb := range sqlite.Tables {
		if before[tb] != after[tb] {
			t.Errorf("%s: %d rows, then %d", tb, before[tb], after[tb])
		}
	}
	want := map[string]int{"articles": 3, "events": 4, "quotes": 3, "entities": 3, "places": 3, "times": 3}
	for tb, n := range want {
		if after[tb] != n {
			t.Errorf("%s: %d rows, want %d", tb, after[tb], n)
		}
	}
	if ok, _ := db.Has(ctx, annals.ContentHash("the taliban met eu envoys in doha on tuesday.")); !ok {
		t.Error("Has(lower-cased text) = false")
	}
}

func TestEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	if _, err := db.Put(ctx, fixture()); err != nil {
		t.Fatal(err)
	}
	if err := db.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    annals.EventFilter
		want []int64 // event ids
	}{
		{"all", annals.EventFilter{}, []int64{1, 2, 3, 4}},
		{"limit", annals.EventFilter{Limit: 2}, []int64{1, 2}},
		{"actor prefix", annals.EventFilter{Actor: "IGOEUR"}, []int64{1, 3}},
		{"source country", annals.EventFilter{Source: "usa"}, []int64{2}},
		{"dyad month", annals.EventFilter{Source: "TUR", Target: "SYR", From: "2021-11", To: "2021-11"}, []int64{4}},
		{"dyad outside month", annals.EventFilter{Source: "TUR", Target: "SYR", From: "2021-10-01", To: "2021-10-31"}, nil},
		{"country either side", annals.EventFilter{Country: "SYR"}, []int64{2, 4}},
		{"country of place", annals.EventFilter{Country: "QAT"}, []int64{1, 3}},
		{"code prefix", annals.EventFilter{Code: "19"}, []int64{4}},
		{"root", annals.EventFilter{Root: "04"}, []int64{1, 3}},
		{"quad", annals.EventFilter{Quad: 1}, []int64{1, 2, 3, 4}},
		{"place any case", annals.EventFilter{Place: "doha"}, []int64{1, 3}},
		{"text", annals.EventFilter{Text: "Kurdish"}, []int64{4}},
		{"text in quotes", annals.EventFilter{Text: "\"we will\""}, []int64{1, 2, 3, 4}},
		{"text all words", annals.EventFilter{Text: "officials Doha"}, []int64{3}},
		// Words joined by punctuation are separate words: the index keeps
		// no positions to match them as a phrase.
		{"text hyphenated", annals.EventFilter{Text: "Kurdish-positions"}, []int64{4}},
		{"text apostrophe", annals.EventFilter{Text: "Taliban's envoys"}, nil},
		{"text folds diacritics", annals.EventFilter{Text: "Dóha"}, []int64{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			err := db.Events(ctx, tt.f, func(e *annals.StoredEvent) error {
				got = append(got, e.EventID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got events %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got events %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestEventRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	if _, err := db.Put(ctx, fixture()); err != nil {
		t.Fatal(err)
	}
	if err := db.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	var got []annals.StoredEvent
	db.Events(ctx, annals.EventFilter{}, func(e *annals.StoredEvent) error { got = append(got, *e); return nil })
	e := got[0]
	if e.ArticleID != "a1" || e.Source.Code != "AFGGOV" || e.Target.Name != "IGOEUREEC" || e.Location.Name != "Doha" ||
		e.Evidence.Rule != "verbs/test.txt:1" || e.Goldstein != 1.5 || e.URL != "https://example.com/a1" {
		t.Errorf("event 1 = %+v", e)
	}
	// The Doha meeting is reported by two articles from two sources.
	if e.NumArticles != 2 || e.NumSources != 2 || e.NumMentions != 2 {
		t.Errorf("event 1 counts = %d mentions, %d articles, %d sources; want 2, 2, 2", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if got[1].Target.Code != "SYRGOV" || got[1].Location != nil || got[1].NumArticles != 1 {
		t.Errorf("event 2 = %+v", got[1])
	}
}

func TestEventsInvalid(t *testing.T) {
	db := MustOpen(t)
	for _, f := range []annals.EventFilter{{From: "last week"}, {To: "2021-13-1"}, {Quad: 7}, {Country: "SY"}, {Text: "!!"}} {
		err := db.Events(context.Background(), f, func(*annals.StoredEvent) error { return nil })
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("Events(%+v) = %v, want EINVALID", f, err)
		}
	}
}

func TestDuplicates(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	b := fixture()
	b[1].DupOf, b[1].Similarity = b[0].Hash, 0.85
	if _, err := db.Put(ctx, b); err != nil {
		t.Fatal(err)
	}
	var a, of int64
	var sim float64
	if err := db.SQL().QueryRow(`SELECT article_id, of_id, similarity FROM duplicates`).Scan(&a, &of, &sim); err != nil {
		t.Fatal(err)
	}
	if a != 2 || of != 1 || sim != 0.85 {
		t.Errorf("duplicate = %d of %d (%.2f), want 2 of 1 (0.85)", a, of, sim)
	}
}

func TestCountry(t *testing.T) {
	for code, want := range map[string]string{"USAGOV": "USA", "SYR": "SYR", "IGOEUREEC": "", "NGO": "", "": "", "us": "", "AFR": ""} {
		if got := sqlite.Country(code); got != want {
			t.Errorf("Country(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Put(ctx, fixture())
	db.Close()
	db, err = sqlite.Open(ctx, path) // migrations already applied
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, _ := db.Counts(ctx)
	if c["articles"] != 3 {
		t.Errorf("reopened: %d articles, want 3", c["articles"])
	}
}
