package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", url, err, body)
		}
	}
	return res.StatusCode
}

// TestServeEndToEnd runs the real command on a free loopback port over a
// demo database coded from examples/, and stops it as a signal would.
func TestServeEndToEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs syncBuffer
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		done <- serveCmd.Run(ctx, &Env{Stdout: &out, Stderr: &errs},
			[]string{"--addr", "127.0.0.1:0", "--demo", "--demo-from", filepath.Join("..", "..", "examples")})
	}()
	re := regexp.MustCompile(`listening on (http://\S+)`)
	var base string
	for base == "" {
		select {
		case err := <-done:
			t.Fatalf("serve exited early: %v\n%s", err, errs.String())
		case <-time.After(20 * time.Millisecond):
		}
		if m := re.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("serve not up after 30s; stderr:\n%s", errs.String())
		}
	}
	t.Logf("up in %v at %s", time.Since(start).Round(time.Millisecond), base)

	var page struct {
		Events []struct {
			ArticleID string `json:"article_id"`
			Code      string `json:"code"`
		} `json:"events"`
	}
	if st := getJSON(t, base+"/api/events?limit=5", &page); st != 200 {
		t.Fatalf("events: status %d", st)
	}
	if len(page.Events) == 0 || page.Events[0].ArticleID != "kurds-turkey-syria" || page.Events[0].Code == "" {
		t.Fatalf("events = %+v, want events from kurds-turkey-syria", page.Events)
	}
	var art struct {
		ID     string `json:"id"`
		Text   string `json:"text"`
		Events []any  `json:"events"`
	}
	if st := getJSON(t, base+"/api/articles/kurds-turkey-syria", &art); st != 200 || !strings.Contains(art.Text, "Syrian Democratic Forces") || len(art.Events) == 0 {
		t.Fatalf("article: status %d, %d events", st, len(art.Events))
	}
	res, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte(`src="app.js"`)) {
		t.Fatalf("dashboard: status %d", res.StatusCode)
	}
	var e struct{ Error string }
	if st := getJSON(t, base+"/api/nothing", &e); st != http.StatusNotFound || e.Error == "" {
		t.Errorf("GET /api/nothing: status %d %q, want 404 with a JSON error", st, e.Error)
	}
	req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(`{"id":"x","text":"y"}`))
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(res.Body).Decode(&e)
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden || e.Error == "" {
		t.Errorf("POST without --token: status %d %q, want 403 with a message", res.StatusCode, e.Error)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10s of the signal")
	}
}

func TestServeNeedsDatabase(t *testing.T) {
	var out, errs syncBuffer
	err := serveCmd.Run(context.Background(), &Env{Stdout: &out, Stderr: &errs},
		[]string{"--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "missing.db")})
	if _, ok := err.(usageError); !ok {
		t.Fatalf("err = %v, want a usage error for a missing database", err)
	}
}

const chromium = "/usr/bin/chromium"

// TestDashboardBrowser loads the demo in headless Chromium, checks that
// every view renders data without console errors, and follows an actor
// filter from the timeline to an article. Screenshots go to
// $ANNALS_ARTIFACTS, or a temporary directory.
func TestDashboardBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no %s (apt-get install -y chromium): browser test skipped", chromium)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	from := filepath.Join("..", "..", "..", "shared", "corpora", "wikinews.jsonl")
	if _, err := os.Stat(from); err != nil {
		from = filepath.Join("..", "..", "examples")
	}
	m := NewServeMain()
	m.Stderr = io.Discard
	if err := m.Run(context.Background(), ServeOptions{Addr: "127.0.0.1:0", Demo: true, DemoFrom: []string{from}}); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	base := m.Server.URL()
	shots := os.Getenv("ANNALS_ARTIFACTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium),
		chromedp.WindowSize(1280, 800), chromedp.NoSandbox, chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}

	var mu sync.Mutex
	var problems []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	report := func() string {
		mu.Lock()
		defer mu.Unlock()
		return strings.Join(problems, "\n")
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v\nbrowser errors:\n%s", what, err, report())
		}
	}
	eval := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%q).length`, sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	do("timeline", chromedp.Navigate(base+"/?view=timeline"), chromedp.WaitVisible(`#event-table tbody tr`), chromedp.WaitVisible(`#timeline canvas`))
	rows := count(`#event-table tbody tr`)
	shot("timeline")
	do("map", chromedp.Navigate(base+"/?view=map"), chromedp.WaitVisible(`#map path.leaflet-interactive`), chromedp.Sleep(300*time.Millisecond))
	paths, dots := count(`#map path.leaflet-interactive`), count(`#map path.place-dot`)
	countries := eval(`document.getElementById('map').dataset.countries`)
	shot("map")
	do("network", chromedp.Navigate(base+"/?view=network"), chromedp.WaitVisible(`#network[data-nodes] canvas`))
	nodes := eval(`document.getElementById('network').dataset.nodes`)
	shot("network")
	do("quotes", chromedp.Navigate(base+"/?view=quotes"), chromedp.WaitVisible(`#quote-table tbody tr`))
	quotes := count(`#quote-table tbody tr`)
	shot("quotes")
	if rows == 0 || paths < 100 || dots == 0 || countries == "0" || nodes == "" || nodes == "0" || quotes == 0 {
		t.Errorf("rendered %d event rows, %d country shapes (%s shaded), %d place dots, %s network nodes, %d quotes; want all > 0 (shapes > 100)",
			rows, paths, countries, dots, nodes, quotes)
	}

	// Follow a filter: type the first event's source actor into the shared
	// filter form, apply it, and open the first matching event's article.
	do("timeline again", chromedp.Navigate(base+"/?view=timeline"), chromedp.WaitVisible(`#event-table tbody tr`))
	actor := eval(`(document.querySelector('#event-table tbody tr td:nth-child(2)').textContent.match(/\(([A-Z]{3})/) || [])[1] || ''`)
	if actor == "" {
		t.Fatal("first event has no coded source actor")
	}
	do("filter", chromedp.SetValue(`#filters input[name=actor]`, actor), chromedp.Click(`#filters button[type=submit]`),
		chromedp.Poll[chromedp.Void](`location.search.includes("actor=`+actor+`")`),
		chromedp.Sleep(500*time.Millisecond), chromedp.WaitVisible(`#event-table tbody tr.row`))
	first := eval(`document.querySelector('#event-table tbody tr.row td:nth-child(2)').textContent + ' ' + document.querySelector('#event-table tbody tr.row td:nth-child(4)').textContent`)
	if !strings.Contains(first, actor) {
		t.Errorf("first event after filtering on %s: %q", actor, first)
	}
	do("article", chromedp.Click(`#event-table tbody tr.row`), chromedp.WaitVisible(`#article .hl-event`))
	marks, focused := count(`#article .hl-event`), count(`#article .hl-event.focus`)
	url := eval(`location.href`)
	shot("article")
	if marks == 0 || focused == 0 || !strings.Contains(url, "view=article") || !strings.Contains(url, "actor="+actor) {
		t.Errorf("article view: %d event highlights, %d focused, url %s; want highlights, the clicked event focused and the actor filter kept", marks, focused, url)
	}
	if p := report(); p != "" {
		t.Errorf("browser reported errors:\n%s", p)
	}
	t.Logf("screenshots in %s", shots)
}
