package http

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/sqlite"
)

func actor(text, code string, start int) *annals.ActorRef {
	return &annals.ActorRef{Text: text, Name: text, Code: code, Start: start, End: start + len(text)}
}

// fixture is two articles whose events, quotes and places the tests count.
func fixture() []annals.Coded {
	r1 := &annals.Result{
		ID: "a1", Title: "Turkey strikes Syria", Date: "2019-10-09",
		Sentences: []annals.SentSpan{{Start: 0, End: 20, Title: true}, {Start: 0, End: 48}},
		Events: []annals.Event{
			{Sentence: 1, Source: actor("Turkey", "TURMIL", 0), Target: actor("Syria", "SYR", 20), Code: "190", Root: "19", Plover: "FIGHT",
				QuadClass: 4, Goldstein: -10, Date: "2019-10-09",
				Location: &annals.Place{Name: "Ras al-Ayn", Country: "SYR", Lat: 36.85, Lon: 40.07},
				Evidence: annals.Evidence{Verb: "attacked", Start: 7, End: 15, Rule: "verbs/fight.txt:3"}},
			{Sentence: 1, Source: actor("Turkey", "TUR", 0), Target: actor("Russia", "RUS", 30), Code: "040", Root: "04", Plover: "CONSULT",
				QuadClass: 1, Goldstein: 1, Date: "2019-10-10", Evidence: annals.Evidence{Verb: "met", Start: 26, End: 29, Rule: "verbs/consult.txt:1"}},
		},
		Quotes:   []annals.Quote{{Text: "We will not stop the operation", Start: 50, End: 80, Speaker: actor("Erdogan", "TURGOV", 85), Cue: "said", Sentence: 1, Kind: "direct"}},
		Entities: []annals.Entity{{Name: "Recep Tayyip Erdogan", Type: "PERSON", Role: "president", Code: "TURGOV", Mentions: [][2]int{{85, 92}}}},
		Places:   []annals.Place{{Name: "Ras al-Ayn", Country: "SYR", Lat: 36.85, Lon: 40.07, Mentions: [][2]int{{40, 50}}}},
		Times:    []annals.Time{{Text: "on Wednesday", Value: "2019-10-09", Start: 16, End: 28, Sentence: 1}},
	}
	r2 := &annals.Result{
		ID: "a2", Date: "2019-10-14",
		Sentences: []annals.SentSpan{{Start: 0, End: 30}},
		Events: []annals.Event{
			{Sentence: 0, Source: actor("Syria", "SYRGOV", 0), Target: actor("Kurds", "SYRREB", 10), Code: "057", Root: "05", Plover: "AGREE",
				QuadClass: 1, Goldstein: 8, Date: "2019-10-13", Evidence: annals.Evidence{Verb: "agreed", Start: 6, End: 12, Rule: "r"}},
		},
		Quotes:   []annals.Quote{{Text: "An agreement was reached", Start: 0, End: 24, Speaker: actor("SDF", "SYRREB", 30), Cue: "said"}},
		Entities: []annals.Entity{}, Places: []annals.Place{}, Times: []annals.Time{},
	}
	var out []annals.Coded
	for _, r := range []*annals.Result{r1, r2} {
		text := strings.Repeat("x", 100) + " " + r.ID
		a := annals.Article{ID: r.ID, Title: r.Title, Date: r.Date, Text: text, Source: "test"}
		out = append(out, annals.Coded{Article: a, Hash: annals.ContentHash(text), Result: r})
	}
	return out
}

func newTestServer(t *testing.T, token string, coder Coder) (*httptest.Server, []annals.Coded) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fx := fixture()
	if _, err := db.Put(context.Background(), fx); err != nil {
		t.Fatal(err)
	}
	s := &Server{Store: db, Reader: db, Token: token, Coder: coder}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, fx
}

func get(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: content type %q", url, ct)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v: %s", url, err, body)
	}
	return res.StatusCode
}

type eventPage struct {
	Events []annals.StoredEvent `json:"events"`
	Next   string               `json:"next"`
}

func codes(p eventPage) string {
	var c []string
	for _, e := range p.Events {
		c = append(c, e.ArticleID+":"+e.Code)
	}
	return strings.Join(c, " ")
}

func TestEvents(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	for _, tc := range []struct {
		query, want string
	}{
		{"", "a1:190 a1:040 a2:057"},
		{"actor=TUR", "a1:190 a1:040"},
		{"source=SYR", "a2:057"},
		{"target=RUS", "a1:040"},
		{"country=SYR", "a1:190 a2:057"},
		{"quad=1", "a1:040 a2:057"},
		{"root=19", "a1:190"},
		{"code=05", "a2:057"},
		{"from=2019-10-10&to=2019-10-13", "a1:040 a2:057"},
		{"place=ras%20al-ayn", "a1:190"},
		{"text=a2", "a2:057"},
	} {
		var p eventPage
		if st := get(t, ts.URL+"/api/events?"+tc.query, &p); st != 200 {
			t.Errorf("%s: status %d", tc.query, st)
		}
		if got := codes(p); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.query, got, tc.want)
		}
	}
}

func TestEventsPagination(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	var all []string
	url := ts.URL + "/api/events?limit=2"
	for pages := 0; ; pages++ {
		if pages > 3 {
			t.Fatal("pagination does not end")
		}
		var p eventPage
		get(t, url, &p)
		all = append(all, codes(p))
		if p.Next == "" {
			break
		}
		url = ts.URL + "/api/events?limit=2&cursor=" + p.Next
	}
	if got := strings.Join(all, " | "); got != "a1:190 a1:040 | a2:057" {
		t.Errorf("pages = %q", got)
	}
}

func TestErrors(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	for _, tc := range []struct {
		path   string
		status int
		msg    string
	}{
		{"/api/events?quad=7", 400, "quad"},
		{"/api/events?from=October", 400, "from date"},
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?cursor=x", 400, "cursor"},
		{"/api/events?country=SY", 400, "country"},
		{"/api/aggregates?by=month", 400, "by"},
		{"/api/aggregates?group=verb", 400, "group"},
		{"/api/quotes?q=%22%22", 400, "no words"},
		{"/api/articles/nope", 404, "not found"},
		{"/api/nothing", 404, "no endpoint"},
	} {
		var e struct{ Error string }
		st := get(t, ts.URL+tc.path, &e)
		if st != tc.status || !strings.Contains(e.Error, tc.msg) {
			t.Errorf("%s: %d %q, want %d containing %q", tc.path, st, e.Error, tc.status, tc.msg)
		}
	}
}

func TestAggregates(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	var got struct {
		Buckets []annals.Bucket `json:"buckets"`
	}
	get(t, ts.URL+"/api/aggregates?by=week&group=quad", &got)
	want := []annals.Bucket{
		{Period: "2019-10-07", Key: "1", Count: 2, Goldstein: 4.5}, // Thursday 10 and Sunday 13 October
		{Period: "2019-10-07", Key: "4", Count: 1, Goldstein: -10},
	}
	if !reflect.DeepEqual(got.Buckets, want) {
		t.Errorf("week/quad = %+v, want %+v", got.Buckets, want)
	}
	get(t, ts.URL+"/api/aggregates?by=day&group=pair&actor=TUR", &got)
	want = []annals.Bucket{
		{Period: "2019-10-09", Key: "TUR>SYR", Count: 1, Goldstein: -10},
		{Period: "2019-10-10", Key: "TUR>RUS", Count: 1, Goldstein: 1},
	}
	if !reflect.DeepEqual(got.Buckets, want) {
		t.Errorf("day/pair = %+v, want %+v", got.Buckets, want)
	}
	get(t, ts.URL+"/api/aggregates?by=all&group=country", &got)
	want = []annals.Bucket{{Key: "SYR", Count: 2, Goldstein: -1}, {Key: "TUR", Count: 1, Goldstein: 1}}
	if !reflect.DeepEqual(got.Buckets, want) {
		t.Errorf("all/country = %+v, want %+v", got.Buckets, want)
	}
}

func TestActorsNetworkPlaces(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	var a struct{ Actors []annals.ActorCount }
	get(t, ts.URL+"/api/actors", &a)
	got := map[string][2]int{}
	for _, x := range a.Actors {
		got[x.Code] = [2]int{x.AsSource, x.AsTarget}
	}
	want := map[string][2]int{"TURMIL": {1, 0}, "TUR": {1, 0}, "SYR": {0, 1}, "RUS": {0, 1}, "SYRGOV": {1, 0}, "SYRREB": {0, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actors = %v, want %v", got, want)
	}
	var n struct{ Edges []annals.Edge }
	get(t, ts.URL+"/api/network?quad=4", &n)
	if len(n.Edges) != 1 || n.Edges[0].Source != "TURMIL" || n.Edges[0].Conflict != 1 || n.Edges[0].Cooperation != 0 {
		t.Errorf("network quad=4 = %+v", n.Edges)
	}
	var p struct{ Places []annals.PlaceCount }
	get(t, ts.URL+"/api/places", &p)
	if len(p.Places) != 1 || p.Places[0].Name != "Ras al-Ayn" || p.Places[0].Lat != 36.85 || p.Places[0].Count != 1 {
		t.Errorf("places = %+v", p.Places)
	}
}

func TestQuotes(t *testing.T) {
	ts, _ := newTestServer(t, "", nil)
	for _, tc := range []struct{ query, want string }{
		{"", "a1,a2"},
		{"q=operation", "a1"},
		{"q=agreement", "a2"},
		{"speaker=TUR", "a1"},
		{"speaker=sdf", "a2"},
		{"q=operation&speaker=SYR", ""},
	} {
		var got struct{ Quotes []annals.StoredQuote }
		get(t, ts.URL+"/api/quotes?"+tc.query, &got)
		var ids []string
		for _, q := range got.Quotes {
			ids = append(ids, q.ArticleID)
			if q.Speaker == nil || q.Date == "" {
				t.Errorf("%s: quote without speaker or date: %+v", tc.query, q)
			}
		}
		if s := strings.Join(ids, ","); s != tc.want {
			t.Errorf("quotes?%s = %q, want %q", tc.query, s, tc.want)
		}
	}
}

// TestArticleRoundTrip checks that an article reads back with the
// annotations it was stored with.
func TestArticleRoundTrip(t *testing.T) {
	ts, fx := newTestServer(t, "", nil)
	var got annals.StoredArticle
	if st := get(t, ts.URL+"/api/articles/a1", &got); st != 200 {
		t.Fatalf("status %d", st)
	}
	if got.Text != fx[0].Article.Text {
		t.Errorf("text = %q", got.Text)
	}
	if !reflect.DeepEqual(&got.Result, fx[0].Result) {
		a, _ := json.Marshal(got.Result)
		b, _ := json.Marshal(fx[0].Result)
		t.Errorf("result differs:\n got %s\nwant %s", a, b)
	}
}

type fakeCoder struct{}

func (fakeCoder) Code(_ context.Context, a annals.Article) (*annals.Result, error) {
	if a.Date == "bad" {
		return nil, annals.Errorf(annals.EINVALID, "date %q", a.Date)
	}
	return &annals.Result{ID: a.ID, Date: a.Date, Sentences: []annals.SentSpan{{Start: 0, End: len(a.Text)}},
		Events: []annals.Event{{Code: "010", Root: "01", QuadClass: 1, Date: a.Date, Source: actor("Paris", "FRA", 0)}}}, nil
}

func TestPostArticle(t *testing.T) {
	ts, _ := newTestServer(t, "s3cret", fakeCoder{})
	post := func(token, body string) (int, string) {
		req, _ := http.NewRequest("POST", ts.URL+"/api/articles", strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var e struct{ Error string }
		b, _ := io.ReadAll(res.Body)
		json.Unmarshal(b, &e)
		return res.StatusCode, e.Error
	}
	art := `{"id":"p1","date":"2020-01-02","text":"Paris made a statement."}`
	for _, tc := range []struct {
		name, token, body string
		status            int
	}{
		{"no token", "", art, 401},
		{"wrong token", "guess", art, 401},
		{"not json", "s3cret", "{", 400},
		{"no text", "s3cret", `{"id":"p2","text":"  "}`, 400},
		{"coder refuses", "s3cret", `{"id":"p3","date":"bad","text":"t"}`, 400},
		{"too large", "s3cret", `{"id":"p4","text":"` + strings.Repeat("a", MaxBody) + `"}`, 413},
		{"new", "s3cret", art, 201},
		{"again", "s3cret", art, 200},
	} {
		st, msg := post(tc.token, tc.body)
		if st != tc.status || (st >= 400 && msg == "") {
			t.Errorf("%s: %d %q, want %d", tc.name, st, msg, tc.status)
		}
	}
	var p eventPage
	get(t, ts.URL+"/api/events?source=FRA", &p)
	if codes(p) != "p1:010" {
		t.Errorf("posted event not served: %q", codes(p))
	}

	closed, _ := newTestServer(t, "", fakeCoder{})
	req, _ := http.NewRequest("POST", closed.URL+"/api/articles", strings.NewReader(art))
	req.Header.Set("Authorization", "Bearer ")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 403 {
		t.Errorf("POST with no token configured: %d, want 403", res.StatusCode)
	}
}

// TestOpenAPIRoutes checks that openapi.json lists exactly the routes the
// server handles.
func TestOpenAPIRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(OpenAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q, want 3.x", doc.OpenAPI)
	}
	var inDoc, handled []string
	for path, ops := range doc.Paths {
		for m := range ops {
			inDoc = append(inDoc, strings.ToUpper(m)+" "+path)
		}
	}
	for _, r := range routes {
		handled = append(handled, r.method+" "+r.path)
	}
	sort.Strings(inDoc)
	sort.Strings(handled)
	if !slices.Equal(inDoc, handled) {
		t.Errorf("openapi.json routes:\n%s\nhandled routes:\n%s", strings.Join(inDoc, "\n"), strings.Join(handled, "\n"))
	}
	// Every $ref must resolve inside the document.
	var all map[string]any
	json.Unmarshal(OpenAPI, &all)
	for _, m := range regexp.MustCompile(`"\$ref": ?"#/components/(\w+)/(\w+)"`).FindAllStringSubmatch(string(OpenAPI), -1) {
		comp, _ := all["components"].(map[string]any)[m[1]].(map[string]any)
		if _, ok := comp[m[2]]; !ok {
			t.Errorf("unresolved $ref %s/%s", m[1], m[2])
		}
	}
}

func TestDashboardAssets(t *testing.T) {
	dir := filepath.Join("..", "web")
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Skip("web/ not found")
	}
	s := &Server{Reader: nilReader{}, Assets: os.DirFS(dir)}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	for _, p := range []string{"/", "/app.js", "/vendor/echarts.min.js", "/vendor/countries-110m.json"} {
		res, err := http.Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("GET %s: %d, CSP %q", p, res.StatusCode, res.Header.Get("Content-Security-Policy"))
		}
	}
}

type nilReader struct{ Reader }
