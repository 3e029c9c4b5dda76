package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/input"
	"github.com/annals-project/annals/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func mustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// golden codes an article and compares the result with testdata/NAME.golden.
func golden(t *testing.T, p *pipeline.Pipeline, name string, a annals.Article) *annals.Result {
	t.Helper()
	r, err := p.Code(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("%s differs from %s; run go test ./pipeline -update and review the diff", name, path)
	}
	return r
}

func readArticle(t *testing.T, path, date string) annals.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%v", err)
	}
	a := input.SplitTitle(string(b))
	a.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	a.Date = date
	return a
}

type eventKey struct{ src, tgt, code string }

func keys(r *annals.Result) map[eventKey]annals.Event {
	m := map[eventKey]annals.Event{}
	for _, e := range r.Events {
		k := eventKey{src: e.Source.Code, code: e.Code}
		if e.Target != nil {
			k.tgt = e.Target.Code
		}
		m[k] = e
	}
	return m
}

// TestSeed checks the events an analyst codes in the seed article; the golden
// file pins the rest of the output.
func TestSeed(t *testing.T) {
	a := readArticle(t, filepath.Join("..", "..", "shared", "mission", "seed-article.txt"), "2021-10-13")
	r := golden(t, mustPipeline(t), "seed", a)
	ev := keys(r)
	for _, want := range []struct {
		key  eventKey
		date string
		loc  string
	}{
		{eventKey{"AFGGOV", "IGOEUREEC", "043"}, "2021-10-12", "Doha"},
		{eventKey{"AFGGOV", "USAGOV", "043"}, "2021-10-12", "Doha"},
	} {
		e, ok := ev[want.key]
		if !ok {
			t.Errorf("missing event %v", want.key)
			continue
		}
		if e.Date != want.date || e.Location == nil || e.Location.Name != want.loc {
			t.Errorf("event %v dated %s at %v, want %s in %s", want.key, e.Date, e.Location, want.date, want.loc)
		}
		if e.Evidence.Rule == "" || e.Evidence.Verb == "" {
			t.Errorf("event %v has no evidence: %+v", want.key, e.Evidence)
		}
	}
	// Every root the seed warrants, whatever the exact code.
	roots := map[string]bool{}
	for _, e := range r.Events {
		roots[e.Source.Code[:3]+">"+e.Root] = true
	}
	for _, want := range []string{"AFG>04", "AFG>02", "AFG>03", "IGO>02", "IGO>11", "IGO>03", "IMG>13", "QAT>04"} {
		if !roots[want] {
			t.Errorf("no %s event in the seed article; have %v", want, roots)
		}
	}
	// IS-K's attacks: unconventional violence (18) or military force (19).
	if !roots["IMG>18"] && !roots["IMG>19"] {
		t.Errorf("no attack by IS-K in the seed article; have %v", roots)
	}
}

// TestExample pins the bundled example article.
func TestExample(t *testing.T) {
	a := readArticle(t, filepath.Join("..", "examples", "kurds-turkey-syria.txt"), "2019-10-15")
	r := golden(t, mustPipeline(t), "example", a)
	if len(r.Events) == 0 {
		t.Error("no events in the example article")
	}
}

// TestOffsets checks on real news that every span points at its text.
func TestOffsets(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "wikinews.jsonl"))
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	defer f.Close()
	p := mustPipeline(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() && n < 120 {
		n++
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		r, err := p.Code(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		src := func(sent int) string {
			if r.Sentences[sent].Title {
				return a.Title
			}
			return a.Text
		}
		for _, e := range r.Events {
			s := src(e.Sentence)
			for _, ref := range []*annals.ActorRef{e.Source, e.Target} {
				if ref != nil && s[ref.Start:ref.End] != ref.Text {
					t.Errorf("%s: actor %q at %d:%d reads %q", a.ID, ref.Text, ref.Start, ref.End, s[ref.Start:ref.End])
				}
			}
			if s[e.Evidence.Start:e.Evidence.End] != e.Evidence.Verb {
				t.Errorf("%s: verb %q at %d:%d", a.ID, e.Evidence.Verb, e.Evidence.Start, e.Evidence.End)
			}
		}
		for _, q := range r.Quotes {
			if a.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote at %d:%d does not read %q", a.ID, q.Start, q.End, q.Text)
			}
		}
		for _, tm := range r.Times {
			if src(tm.Sentence)[tm.Start:tm.End] != tm.Text {
				t.Errorf("%s: time %q at %d:%d", a.ID, tm.Text, tm.Start, tm.End)
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	p := mustPipeline(t)
	for _, a := range []annals.Article{
		{ID: "empty", Text: "  \n"},
		{ID: "utf8", Text: "The Taliban met \xff\xfe envoys."},
		{ID: "date", Date: "yesterday-ish", Text: "The Taliban met EU envoys."},
	} {
		_, err := p.Code(context.Background(), a)
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("%s: err = %v, want an EINVALID error", a.ID, err)
		}
	}
}
