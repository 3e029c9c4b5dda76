package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/sqlite"
)

// fakeCoder stands in for the pipeline: one event per sentence of three or
// more words, the first word's first three letters the source code, the
// third word's the target. It fails articles holding FAILME and sleeps
// Delay per article, watching ctx.
type fakeCoder struct{ Delay time.Duration }

func (c fakeCoder) Code(ctx context.Context, a annals.Article) (*annals.Result, error) {
	if c.Delay > 0 {
		select {
		case <-time.After(c.Delay):
		case <-ctx.Done():
			return nil, fmt.Errorf("article %s: %w", a.ID, ctx.Err())
		}
	}
	if strings.Contains(a.Text, "FAILME") {
		return nil, annals.Errorf(annals.EINVALID, "article %s: cannot code", a.ID)
	}
	r := &annals.Result{ID: a.ID, Title: a.Title, Date: a.Date}
	off := 0
	for i, s := range strings.SplitAfter(a.Text, ".") {
		r.Sentences = append(r.Sentences, annals.SentSpan{Start: off, End: off + len(s)})
		off += len(s)
		w := strings.Fields(s)
		if len(w) < 3 || len(w[0]) < 3 || len(w[2]) < 3 {
			continue
		}
		code := func(s string) string { return strings.ToUpper(s[:3]) }
		r.Events = append(r.Events, annals.Event{Sentence: i, Code: "043", Root: "04", QuadClass: 1, Date: a.Date,
			Source:   &annals.ActorRef{Text: w[0], Name: w[0], Code: code(w[0])},
			Target:   &annals.ActorRef{Text: w[2], Name: w[2], Code: code(w[2])},
			Evidence: annals.Evidence{Verb: w[1], Rule: "fake"}})
	}
	return r, nil
}

func mustOpen(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func dump(tb testing.TB, db *sqlite.DB) string {
	tb.Helper()
	var b bytes.Buffer
	if err := db.Dump(context.Background(), &b); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func write(tb testing.TB, path, content string) {
	tb.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.com/</link>
<item><title>Talks in Doha</title><link>https://wire.example.com/doha</link><guid>doha-1</guid>
<pubDate>Wed, 13 Oct 2021 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Taliban envoys met European diplomats in Doha.&lt;/p&gt;&lt;p&gt;Both sides called the talks useful.&lt;/p&gt;</description></item>
<item><title>Shelling</title><link>https://wire.example.com/shell</link>
<pubDate>Thu, 14 Oct 2021 10:00:00 GMT</pubDate>
<description>Turkish troops shelled Kurdish positions near the border.</description></item>
</channel></rss>`

const page = `<!DOCTYPE html><html><head><title>Ministers meet | Example News</title>
<meta property="article:published_time" content="2021-10-12T08:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet</h1>
<p>Foreign ministers from Turkey and Syria met in Geneva on Tuesday to discuss the border, officials said after the meeting ended late in the evening.</p>
<p>Iranian officials welcomed the talks and said they hoped for a lasting agreement between the two neighbours before the winter.</p>
<p>Russian diplomats attended as observers, according to a statement released by the foreign ministry in Moscow.</p>
</article><footer>Copyright Example News</footer></body></html>`

// corpus writes a directory of every kind of local input and returns it.
func corpus(tb testing.TB) string {
	dir := tb.TempDir()
	write(tb, filepath.Join(dir, "a.jsonl"), `{"id": "j1", "date": "2021-10-12", "source": "afp", "text": "Taliban leaders met European envoys. Qatar hosted Taliban delegates."}
{"id": "j2", "date": "2021-10-13", "source": "reuters", "text": "Turkish forces shelled Kurdish fighters."}
{"id": "j3", "date": "2021-10-13", "source": "ap", "text": "TURKISH  forces shelled kurdish fighters."}
`)
	write(tb, filepath.Join(dir, "sub", "b.txt"), "Headline here\n\nIranian officials criticised American sanctions.\n")
	write(tb, filepath.Join(dir, "sub", "c.rss"), rss)
	write(tb, filepath.Join(dir, "sub", "d.html"), page)
	write(tb, filepath.Join(dir, "sub", "ignored.png"), "\x89PNG")
	return dir
}

func run(tb testing.TB, db *sqlite.DB, c ingest.Coder, opts ingest.Options, sources ...string) (ingest.Stats, []string) {
	tb.Helper()
	var mu sync.Mutex
	var msgs []string
	opts.Errorf = func(f string, a ...any) { mu.Lock(); msgs = append(msgs, fmt.Sprintf(f, a...)); mu.Unlock() }
	st, err := ingest.Run(context.Background(), db, c, sources, opts)
	if err != nil {
		tb.Fatalf("Run: %v", err)
	}
	return st, msgs
}

func TestIngestTwice(t *testing.T) {
	dir := corpus(t)
	db := mustOpen(t, filepath.Join(t.TempDir(), "annals.db"))
	st, msgs := run(t, db, fakeCoder{}, ingest.Options{Workers: 3, BatchSize: 2}, dir)
	if len(msgs) != 0 {
		t.Errorf("errors: %q", msgs)
	}
	// j3 is j2 in other case and spacing: an exact duplicate.
	if st.Read != 7 || st.Added != 6 || st.Exact != 1 || st.Failed != 0 {
		t.Errorf("first run: %+v; want 7 read, 6 added, 1 exact duplicate", st)
	}
	first := dump(t, db)
	counts, _ := db.Counts(context.Background())
	st, _ = run(t, db, fakeCoder{}, ingest.Options{Workers: 2}, dir)
	if st.Added != 0 || st.Exact != 7 {
		t.Errorf("second run: %+v; want 0 added, 7 exact duplicates", st)
	}
	if second := dump(t, db); second != first {
		t.Errorf("second run changed the database:\n%s", diff(first, second))
	}
	if counts["articles"] != 6 || counts["events"] == 0 {
		t.Errorf("counts = %v", counts)
	}
	var title, date, url, source string
	err := db.SQL().QueryRow(`SELECT title, date, url, source FROM articles WHERE ext_id = 'doha-1'`).Scan(&title, &date, &url, &source)
	if err != nil || title != "Talks in Doha" || date != "2021-10-13" || url != "https://wire.example.com/doha" || source != "wire.example.com" {
		t.Errorf("feed item = %q %q %q %q, %v", title, date, url, source, err)
	}
	var text string
	err = db.SQL().QueryRow(`SELECT title, date, source, text FROM articles WHERE ext_id = 'd'`).Scan(&title, &date, &source, &text)
	if err != nil || !strings.Contains(title, "Ministers meet") || date != "2021-10-12" || source != "Example News" ||
		!strings.Contains(text, "met in Geneva") || strings.Contains(text, "Home") {
		t.Errorf("page = %q %q %q %q, %v", title, date, source, text, err)
	}
}

func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, then %d", len(al), len(bl))
}

func TestNearDuplicates(t *testing.T) {
	dir := t.TempDir()
	base := "Foreign ministers from Turkey and Syria met in Geneva on Tuesday to discuss the border and the refugees, officials said after a meeting that ended late in the evening with a joint statement on trade and water."
	write(t, filepath.Join(dir, "w.jsonl"), fmt.Sprintf(`{"id": "orig", "source": "reuters", "text": %q}
{"id": "copy", "source": "afp", "text": %q}
{"id": "other", "source": "ap", "text": "Iranian officials criticised American sanctions on oil exports and banks, saying the measures hurt ordinary people and would not change policy in Tehran or anywhere else in the region."}
`, base, strings.Replace(base, "late in the evening", "late in the night", 1)))
	db := mustOpen(t, filepath.Join(t.TempDir(), "annals.db"))
	st, _ := run(t, db, fakeCoder{}, ingest.Options{}, dir)
	if st.Added != 3 || st.Near != 1 {
		t.Fatalf("stats %+v, want 3 added, 1 near duplicate", st)
	}
	var a, of string
	var sim float64
	err := db.SQL().QueryRow(`SELECT a.ext_id, o.ext_id, d.similarity FROM duplicates d
		JOIN articles a ON a.id = d.article_id JOIN articles o ON o.id = d.of_id`).Scan(&a, &of, &sim)
	if err != nil || a != "copy" || of != "orig" || sim < 0.8 {
		t.Errorf("duplicate = %s of %s (%.2f), %v; want copy of orig >= 0.8", a, of, sim, err)
	}
}

func TestHTTPSources(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss)
	})
	mux.HandleFunc("/news/ministers", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>cut`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	db := mustOpen(t, filepath.Join(t.TempDir(), "annals.db"))
	st, msgs := run(t, db, fakeCoder{}, ingest.Options{Client: srv.Client()},
		srv.URL+"/feed", srv.URL+"/news/ministers", srv.URL+"/broken", srv.URL+"/missing")
	if st.Added != 3 || st.Failed != 2 {
		t.Errorf("stats %+v, want 3 added, 2 failed", st)
	}
	if len(msgs) != 2 || !strings.Contains(msgs[0], "/broken") || !strings.Contains(msgs[1], "/missing") || !strings.Contains(msgs[1], "404") {
		t.Errorf("messages %q, want the broken feed and the 404 named", msgs)
	}
	var url string
	if err := db.SQL().QueryRow(`SELECT url FROM articles WHERE title LIKE 'Ministers%'`).Scan(&url); err != nil || url != srv.URL+"/news/ministers" {
		t.Errorf("page url = %q, %v", url, err)
	}
}

func TestMalformedInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "1-broken.rss"), `<?xml version="1.0"?><rss><channel><item><title>Cut off`)
	write(t, filepath.Join(dir, "2-nobody.html"), `<html><head><title>Empty</title></head></html>`)
	write(t, filepath.Join(dir, "3-types.jsonl"), `{"id": "ok1", "text": "Kenyan police arrested Somali smugglers."}
{"id": "bad", "text": 42}
{"id": "ok2", "text": "Chinese ships blocked Philippine boats."}
{"id": "fail", "text": "This one says FAILME to the coder."}
`)
	long := strings.Repeat("Greek farmers blocked Athens roads again. ", 20000) // 840 KB on one line
	write(t, filepath.Join(dir, "4-long.txt"), long)
	db := mustOpen(t, filepath.Join(t.TempDir(), "annals.db"))
	st, msgs := run(t, db, fakeCoder{}, ingest.Options{BatchSize: 1}, dir)
	if st.Added != 3 || st.Failed != 4 {
		t.Errorf("stats %+v, want 3 added (ok1, ok2, long), 4 failed", st)
	}
	want := []string{"1-broken.rss", "2-nobody.html", "3-types.jsonl:2", "fail"}
	if len(msgs) != len(want) {
		t.Fatalf("messages %q", msgs)
	}
	for i, w := range want {
		if !strings.Contains(msgs[i], w) {
			t.Errorf("message %d = %q, want it to name %s", i, msgs[i], w)
		}
	}
	var n int
	db.SQL().QueryRow(`SELECT length(text) FROM articles WHERE ext_id = '4-long'`).Scan(&n)
	if n != len(strings.TrimSpace(long))+1 && n != len(long) {
		t.Errorf("long article stored with %d bytes, want %d", n, len(long))
	}
}

func TestLineTooLong(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 64 MiB file")
	}
	dir := t.TempDir()
	f, _ := os.Create(filepath.Join(dir, "huge.jsonl"))
	fmt.Fprintln(f, `{"id": "first", "text": "Israeli jets struck Gaza targets."}`)
	f.WriteString(`{"id": "huge", "text": "`)
	f.Write(bytes.Repeat([]byte("x"), 64<<20))
	f.WriteString("\"}\n")
	f.Close()
	db := mustOpen(t, filepath.Join(t.TempDir(), "annals.db"))
	st, msgs := run(t, db, fakeCoder{}, ingest.Options{}, dir)
	if st.Added != 1 || st.Failed != 1 || len(msgs) != 1 || !strings.Contains(msgs[0], "huge.jsonl:2") || !strings.Contains(msgs[0], "longer than") {
		t.Errorf("stats %+v, messages %q", st, msgs)
	}
}

func TestCancelResume(t *testing.T) {
	src := filepath.Join(t.TempDir(), "many.jsonl")
	write(t, src, manyArticles(60))
	want := mustOpen(t, filepath.Join(t.TempDir(), "want.db"))
	run(t, want, fakeCoder{}, ingest.Options{Workers: 4, BatchSize: 7}, src)

	db := mustOpen(t, filepath.Join(t.TempDir(), "got.db"))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(40*time.Millisecond, cancel)
	st, err := ingest.Run(ctx, db, fakeCoder{Delay: 3 * time.Millisecond}, []string{src}, ingest.Options{Workers: 2, BatchSize: 7})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if st.Added == 0 || st.Added >= 60 {
		t.Fatalf("interrupted run added %d of 60; the test wants a partial run", st.Added)
	}
	st2, _ := run(t, db, fakeCoder{}, ingest.Options{Workers: 3, BatchSize: 5}, src)
	if st2.Added != 60-st.Added || st2.Exact != st.Added {
		t.Errorf("resumed: %+v after %d added", st2, st.Added)
	}
	if a, b := dump(t, want), dump(t, db); a != b {
		t.Errorf("resumed database differs:\n%s", diff(a, b))
	}
}

func manyArticles(n int) string {
	var b strings.Builder
	countries := []string{"Turkish", "Syrian", "Iranian", "Russian", "Chinese", "Indian", "Kenyan", "Somali"}
	for i := 0; i < n; i++ {
		c1, c2 := countries[i%len(countries)], countries[(i*3+1)%len(countries)]
		fmt.Fprintf(&b, `{"id": "m%d", "date": "2021-10-%02d", "source": "s%d", "text": "%s officials met %s envoys on day %d. Talks number %d continued."}`+"\n",
			i, 1+i%28, i%3, c1, c2, i, i*7)
	}
	return b.String()
}

// TestMain lets the test binary act as an ingest process that the crash
// test kills.
func TestMain(m *testing.M) {
	if db := os.Getenv("ANNALS_INGEST_CHILD_DB"); db != "" {
		os.Exit(child(db, os.Getenv("ANNALS_INGEST_CHILD_SRC")))
	}
	os.Exit(m.Run())
}

func child(dbPath, src string) int {
	db, err := sqlite.Open(context.Background(), dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	_, err = ingest.Run(context.Background(), db, fakeCoder{Delay: 2 * time.Millisecond}, []string{src}, ingest.Options{Workers: 2, BatchSize: 5})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
