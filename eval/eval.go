// Package eval measures the coder against hand-annotated gold events: one
// JSON line per sentence with the events a careful analyst coded in it.
// Events are compared at the level the field reports: the first three
// characters of source and target codes (country or IGO/NGO/IMG root) and
// the two-digit CAMEO root.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// GoldEvent is one event as the annotator coded it.
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
	Note   string `json:"note,omitempty"`
}

// Sentence is one gold sentence.
type Sentence struct {
	Article string      `json:"article"`
	Date    string      `json:"date"`
	Text    string      `json:"text"`
	Events  []GoldEvent `json:"events"`
}

// ReadGold reads a gold file.
func ReadGold(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return DecodeGold(path, f)
}

// DecodeGold decodes gold sentences, naming the line of any bad one.
func DecodeGold(name string, r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var s Sentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// key is what is compared: actor roots and the event root.
type key struct{ src, tgt, root string }

func keyOf(src, tgt, code string) key {
	k := key{src: prefix(src), tgt: prefix(tgt)}
	if len(code) >= 2 {
		k.root = code[:2]
	}
	return k
}

func prefix(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// Score is precision and recall counts.
type Score struct {
	Gold, Coded, Matched int
	// Misses and Extras list the unmatched events, for the report.
	Misses, Extras []string
	// Details shows, for every sentence with a miss or an extra, the gold and
	// coded events side by side.
	Details []string
}

// Precision returns matched/coded.
func (s Score) Precision() float64 { return ratio(s.Matched, s.Coded) }

// Recall returns matched/gold.
func (s Score) Recall() float64 { return ratio(s.Matched, s.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ReadArticles reads the articles of JSON Lines corpora, keyed by id.
func ReadArticles(paths ...string) (map[string]annals.Article, error) {
	out := map[string]annals.Article{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var a annals.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			out[a.ID] = a
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Counted reports whether an analyst following CAMEO's conventions counts
// an event: not a hypothetical ("may declare", "would meet") and not a
// negated one, unless its pattern gave the negation a code of its own.
// annals outputs both kinds, flagged, so users can choose; the scores count
// what the annotators were told to code.
func Counted(e *annals.Event) bool {
	if e.Mode == "hypothetical" {
		return false
	}
	if e.Negated {
		for _, n := range e.Evidence.Notes {
			if strings.HasPrefix(n, "negated: coded as") {
				return true
			}
		}
		return false
	}
	return true
}

// Run codes the article of every gold sentence whole, as the annotator read
// it (so role words take their country from the story), and compares the
// events coded in that sentence. When articles is nil or lacks the article,
// the sentence is coded on its own.
func Run(ctx context.Context, p *pipeline.Pipeline, gold []Sentence, articles map[string]annals.Article) (Score, error) {
	var sc Score
	coded := map[string]*annals.Result{}
	for i, g := range gold {
		a, ok := articles[g.Article]
		off := -1
		if ok {
			off = strings.Index(a.Text, g.Text)
		}
		if off < 0 {
			a = annals.Article{ID: fmt.Sprintf("gold-%d", i), Date: g.Date, Text: g.Text}
			off = 0
		}
		r := coded[a.ID]
		if r == nil {
			var err error
			if r, err = p.Code(ctx, a); err != nil {
				return sc, fmt.Errorf("sentence %d (%s): %w", i, g.Article, err)
			}
			coded[a.ID] = r
		}
		want := map[key]int{}
		for _, e := range g.Events {
			want[keyOf(e.Source, e.Target, e.Code)]++
			sc.Gold++
		}
		seen := map[key]bool{}
		var got []string
		bad := false
		for _, e := range r.Events {
			s := r.Sentences[e.Sentence]
			if s.Title || s.End <= off || s.Start >= off+len(g.Text) {
				continue
			}
			if !Counted(&e) {
				continue
			}
			tgt := ""
			if e.Target != nil {
				tgt = e.Target.Code
			}
			k := keyOf(e.Source.Code, tgt, e.Code)
			if seen[k] {
				continue // the same event twice in a sentence counts once, as annotated
			}
			seen[k] = true
			sc.Coded++
			got = append(got, fmt.Sprintf("%s(%q)→%s %s [%s %s]", e.Source.Code, e.Source.Text, tgt, e.Code, e.Evidence.Verb, e.Evidence.Pattern))
			if want[k] > 0 {
				want[k]--
				sc.Matched++
			} else {
				bad = true
				sc.Extras = append(sc.Extras, fmt.Sprintf("%s→%s %s (%s) in %q", k.src, k.tgt, e.Code, e.Evidence.Rule, short(g.Text)))
			}
		}
		for k, n := range want {
			if n > 0 {
				bad = true
			}
			for ; n > 0; n-- {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%s→%s %s in %q", k.src, k.tgt, k.root, short(g.Text)))
			}
		}
		if bad {
			var gold []string
			for _, e := range g.Events {
				gold = append(gold, fmt.Sprintf("%s→%s %s", e.Source, e.Target, e.Code))
			}
			sc.Details = append(sc.Details, fmt.Sprintf("%s\n    gold: %s\n    got:  %s", g.Text, strings.Join(gold, "; "), strings.Join(got, "; ")))
		}
	}
	sort.Strings(sc.Misses)
	sort.Strings(sc.Extras)
	return sc, nil
}

func short(s string) string {
	if len(s) > 110 {
		return s[:110] + "…"
	}
	return s
}
