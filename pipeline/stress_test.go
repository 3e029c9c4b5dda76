package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/when"
)

// stressReuters is how many Reuters lines the stress run may read: lines
// from 10,000 on are where blind sets come from and are never read.
const stressReuters = 10000

// TestCodeStress codes damaged copies of real articles (every third of
// Reuters lines 0-9,999, every Wikinews article) with one Pipeline: cut
// short mid-word, after a capitalised word, after "said", after a
// preposition, after a number or a month name; stripped of quotation marks
// or with every mark doubled; upper- or lower-cased; paragraphs reversed;
// sentences glued without spaces; runs of digits and punctuation; one word
// repeated. Feeds carry all these shapes. A stage's panic is recovered by
// Code as an EINTERNAL error, which still loses the article, so any
// EINTERNAL fails the test with the article, the damage, the panic and
// where it happened; every offset reported must also lie inside its text.
func TestCodeStress(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the stress run takes about 20 seconds")
	}
	step := 3
	if raceOn {
		step = 24 // the race detector's tenfold cost: a smaller sample
	}
	var arts []annals.Article
	for i, a := range readStressCorpus(t, "reuters21578.jsonl", stressReuters) {
		if i%step == 0 {
			arts = append(arts, a)
		}
	}
	for i, a := range readStressCorpus(t, "wikinews.jsonl", -1) {
		if i%(step/3) == 0 {
			arts = append(arts, a)
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	start := time.Now()
	runs, events, bad := 0, 0, 0
	for i, a := range arts {
		for j, v := range damages(a.Text) {
			// Every article gets the cuts; the heavier rewrites rotate
			// so the run stays within its time.
			if j >= firstRewrite && (j-firstRewrite)%3 != i%3 {
				continue
			}
			da := a
			da.Text = v.text
			runs++
			r, err := p.Code(ctx, da)
			if err != nil {
				if annals.ErrorCode(err) == annals.EINTERNAL {
					t.Errorf("%s, %s: %v at %s on %.200q", a.ID, v.name, err, panicSite(p, da), v.text)
					bad++
				}
			} else {
				events += len(r.Events)
				if msg := outside(r, da); msg != "" {
					t.Errorf("%s, %s: %s", a.ID, v.name, msg)
					bad++
				}
			}
			if bad >= 20 {
				t.Fatal("stopping after 20 failures")
			}
		}
	}
	t.Logf("%d damaged texts from %d articles, %d events, %v", runs, len(arts), events, time.Since(start).Round(time.Millisecond))
	if events < 1000 {
		t.Fatalf("only %d events in the damaged texts; the damage left nothing to code", events)
	}
}

// damage is a damaged copy of an article's text and how it was damaged.
type damage struct{ name, text string }

// firstRewrite is the index in damages' result of the first whole-text
// rewrite: the cuts come first, always firstRewrite of them (some may
// repeat the whole text when a mark is missing).
const firstRewrite = 17

// damages returns the damaged copies of text that TestCodeStress codes.
func damages(text string) []damage {
	var vs []damage
	cut := func(name string, n int) {
		n = min(max(n, 0), len(text))
		for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
			n-- // a cut inside a UTF-8 sequence is only an EINVALID article
		}
		vs = append(vs, damage{fmt.Sprintf("cut at %d (%s)", n, name), text[:n]})
	}
	for _, k := range []int{1, 2, 3, 5} {
		cut("a fraction", len(text)*k/6)
	}
	// Mid-word: three bytes into the word that starts after the middle.
	mid := len(text) / 2
	if k := strings.IndexByte(text[mid:], ' '); k >= 0 {
		mid += k + 3
	}
	cut("mid-word", mid)
	// After the words the rules look around, at the first and the middle
	// of their occurrences, so the sentence ends on them.
	for _, w := range []string{" said", " says", " in", " of", " to", " the", " January", " March", " pct", " mln"} {
		at := occurrences(text, w)
		if len(at) == 0 {
			cut("no "+w, len(text))
			continue
		}
		cut("after"+w, at[len(at)/2]+len(w))
	}
	cut("after a capitalised word", afterCapital(text))
	cut("after a number", afterNumber(text))
	// The rewrites of the whole text.
	noMarks := strings.NewReplacer("\"", "", "“", "", "”", "").Replace(text)
	doubled := strings.NewReplacer("\"", "\"\"", "“", "““", "”", "””").Replace(text)
	paras := strings.Split(text, "\n\n")
	slices.Reverse(paras)
	words := strings.Fields(text)
	long := "the "
	if len(words) > 3 {
		long = words[3] + " "
	}
	return append(vs,
		damage{"quotation marks removed", noMarks},
		damage{"quotation marks doubled", doubled},
		damage{"upper case", strings.ToUpper(text)},
		damage{"lower case", strings.ToLower(text)},
		damage{"paragraphs reversed", strings.Join(paras, "\n\n")},
		damage{"sentences glued", strings.NewReplacer(". ", ".", "\n\n", "", ", ", ",").Replace(text)},
		damage{"spaces dropped after words", strings.ReplaceAll(text, " ", "")},
		damage{"runs of dots and dashes", strings.NewReplacer(". ", ".... ", ", ", " --- ", " in ", " in ... ").Replace(text)},
		damage{"digit runs", strings.NewReplacer(" the ", " 1,2,3,4 ", " a ", " 0.5.6.7 ", ". ", ". 19 87 1,000,000,0. ").Replace(text)},
		damage{"one word repeated", text[:len(text)/3] + strings.Repeat(long, 400) + text[len(text)/3:]},
		damage{"said repeated", strings.Repeat("said ", 300) + text},
		damage{"only punctuation kept", onlyPunct(text)},
	)
}

// occurrences returns the offsets of the first 40 occurrences of w in text.
func occurrences(text, w string) []int {
	var at []int
	for i := 0; len(at) < 40; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			break
		}
		at = append(at, i+k)
		i += k + len(w)
	}
	return at
}

// afterCapital returns the offset just after the first capitalised word
// past the text's middle, or len(text).
func afterCapital(text string) int {
	for i := len(text) / 2; i+1 < len(text); i++ {
		if text[i] == ' ' && 'A' <= text[i+1] && text[i+1] <= 'Z' {
			j := i + 1
			for j < len(text) && text[j] != ' ' {
				j++
			}
			return j
		}
	}
	return len(text)
}

// afterNumber returns the offset just after the first run of digits past
// the text's middle, or len(text).
func afterNumber(text string) int {
	i := len(text) / 2
	for i < len(text) && (text[i] < '0' || text[i] > '9') {
		i++
	}
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	return i
}

// onlyPunct keeps the text's punctuation, digits and line breaks, with a
// word every so often so that there is still something to tag.
func onlyPunct(text string) string {
	var b strings.Builder
	for i, r := range text {
		switch {
		case strings.ContainsRune(".,;:!?\"'()-\n0123456789", r):
			b.WriteRune(r)
		case i%97 == 0:
			b.WriteString(" Iraq said ")
		}
	}
	return b.String()
}

// outside returns what in r lies outside the article's text (or its
// title, for the headline's sentence), or "".
func outside(r *annals.Result, a annals.Article) string {
	bound := func(sent int) int {
		if sent >= 0 && sent < len(r.Sentences) && r.Sentences[sent].Title {
			return len(a.Title)
		}
		return len(a.Text)
	}
	in := func(s, e, n int) bool { return 0 <= s && s <= e && e <= n }
	for _, e := range r.Events {
		if e.Sentence < 0 || e.Sentence >= len(r.Sentences) {
			return fmt.Sprintf("event in sentence %d of %d", e.Sentence, len(r.Sentences))
		}
		n := bound(e.Sentence)
		if !in(e.Evidence.Start, e.Evidence.End, n) {
			return fmt.Sprintf("event verb at [%d,%d) outside %d bytes", e.Evidence.Start, e.Evidence.End, n)
		}
		for _, ref := range []*annals.ActorRef{e.Source, e.Target} {
			if ref != nil && !in(ref.Start, ref.End, n) {
				return fmt.Sprintf("event actor %q at [%d,%d) outside %d bytes", ref.Text, ref.Start, ref.End, n)
			}
		}
	}
	for _, tm := range r.Times {
		if n := bound(tm.Sentence); !in(tm.Start, tm.End, n) {
			return fmt.Sprintf("time %q at [%d,%d) outside %d bytes", tm.Text, tm.Start, tm.End, n)
		}
	}
	for _, q := range r.Quotes {
		if !in(q.Start, q.End, len(a.Text)) {
			return fmt.Sprintf("quote at [%d,%d) outside %d bytes", q.Start, q.End, len(a.Text))
		}
	}
	// Mentions carry no sentence: they index the text or the title.
	n := max(len(a.Text), len(a.Title))
	for _, p := range r.Places {
		for _, m := range p.Mentions {
			if !in(m[0], m[1], n) {
				return fmt.Sprintf("place %q mention %v outside %d bytes", p.Name, m, n)
			}
		}
	}
	for _, en := range r.Entities {
		for _, m := range en.Mentions {
			if !in(m[0], m[1], n) {
				return fmt.Sprintf("entity %q mention %v outside %d bytes", en.Name, m, n)
			}
		}
	}
	return ""
}

// panicSite runs p's stages on a again without Code's recovery and
// returns the file:line of the innermost frame in annals' own code where
// it panics, for the failure message.
func panicSite(p *pipeline.Pipeline, a annals.Article) (site string) {
	defer func() {
		if r := recover(); r == nil {
			site = "? (no panic on the rerun)"
			return
		}
		pc := make([]uintptr, 64)
		frames := runtime.CallersFrames(pc[:runtime.Callers(3, pc)])
		for {
			fr, more := frames.Next()
			if strings.Contains(fr.Function, "annals-project/annals/") && !strings.Contains(fr.Function, "/pipeline") &&
				!strings.HasSuffix(fr.File, "_test.go") {
				dir, file := filepath.Split(fr.File)
				site = fmt.Sprintf("%s/%s:%d", filepath.Base(dir), file, fr.Line)
				return
			}
			if !more {
				site = "?"
				return
			}
		}
	}()
	doc := new(annals.Doc)
	doc.Reset(a)
	doc.Pub, _ = when.Parse(a.Date)
	_ = p.Annotate(context.Background(), doc)
	return
}

// readStressCorpus reads up to limit articles (all when limit < 0) of a
// corpus under ../shared/corpora, skipping the test when it is absent.
func readStressCorpus(t *testing.T, name string, limit int) []annals.Article {
	t.Helper()
	fh, err := os.Open(filepath.Join("..", "..", "shared", "corpora", name))
	if err != nil {
		t.Skipf("corpus %s not available (../shared/corpora): %v", name, err)
	}
	defer fh.Close()
	var arts []annals.Article
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for (limit < 0 || len(arts) < limit) && sc.Scan() {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s line %d: %v", name, len(arts)+1, err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return arts
}
