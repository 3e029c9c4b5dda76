package where_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/where"
	"github.com/annals-project/annals/where/internal/fold"
)

// devSet is one development set's articles, tagged once, and its gold.
type devSet struct {
	file  string
	docs  map[int]*annals.Doc
	golds []gold
}

// loadDevSets tags the articles of every development set once.
func loadDevSets(t *testing.T) []devSet {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	var out []devSet
	for _, set := range heldoutSets {
		if !set.dev {
			continue
		}
		corpus := "wikinews.jsonl"
		if c, ok := setCorpus[set.file]; ok {
			corpus = c
		}
		f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", corpus))
		if err != nil {
			t.Skip("corpus not available:", err)
		}
		want := func(n int) bool { return n >= set.first && n <= set.last && (n-set.first)%set.step == 0 }
		if set.lines != nil {
			want = func(n int) bool { return slices.Contains(set.lines, n) }
		}
		ds := devSet{file: set.file, docs: map[int]*annals.Doc{}, golds: readGold(t, set.file)}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for n := 0; sc.Scan(); n++ {
			if !want(n) {
				continue
			}
			ds.docs[n] = taggedLine(t, tg, sc.Bytes())
		}
		f.Close()
		out = append(out, ds)
	}
	return out
}

// taggedLine reads one corpus line's article and tags it, as the
// pipeline does before the recogniser runs; the pool checks tag once and
// then try each variant on the same tokens.
func taggedLine(t *testing.T, tg *tag.Tagger, line []byte) *annals.Doc {
	t.Helper()
	var a struct{ Title, Text string }
	if err := json.Unmarshal(line, &a); err != nil {
		t.Fatal(err)
	}
	d := doc(t, a.Title, a.Text)
	if err := tg.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// kindCount is one kind's pooled figures.
type kindCount struct{ right, annotated, found, ok int }

// scoreWith annotates every set with r and returns per-set right/annotated/
// ok/found, per-kind pooled counts, and the right and extra keys.
func scoreWith(t *testing.T, g *where.Gazetteer, r *where.Recognizer, sets []devSet) (per map[string][4]int, kinds map[string]*kindCount, good, extra map[string]bool) {
	per = map[string][4]int{}
	kinds = map[string]*kindCount{"city": {}, "country": {}, "region": {}}
	good, extra = map[string]bool{}, map[string]bool{}
	for _, ds := range sets {
		pred := map[int]map[string]placeFound{}
		for n, d := range ds.docs {
			d.Places = nil
			d.Mentions = slices.DeleteFunc(d.Mentions, func(m annals.Mention) bool { return m.Kind == annals.PlaceMention })
			if err := r.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			pred[n] = placesBySurface(d)
		}
		kindOf := func(p placeFound) string {
			if p.city {
				return "city"
			}
			if c, _ := g.Country(p.cc); c.Name == p.name {
				return "country"
			}
			return "region"
		}
		var c [4]int
		correct := map[string]bool{}
		for _, gd := range ds.golds {
			key := fold.Key(gd.surface)
			p, ok := pred[gd.line][key]
			okk := ok && placeRight(g, gd, p)
			k := kinds[gd.kind]
			if k == nil {
				k = &kindCount{}
				kinds[gd.kind] = k
			}
			k.annotated++
			c[1]++
			if okk {
				k.right++
				c[0]++
				id := fmt.Sprintf("%s:%d:%s", ds.file, gd.line, key)
				correct[id] = true
				good[id] = true
			}
		}
		for line, m := range pred {
			for key, p := range m {
				id := fmt.Sprintf("%s:%d:%s", ds.file, line, key)
				k := kinds[kindOf(p)]
				k.found++
				c[3]++
				if correct[id] {
					k.ok++
					c[2]++
				} else {
					extra[id+" -> "+p.name+"/"+p.cc] = true
				}
			}
		}
		per[ds.file] = c
	}
	return per, kinds, good, extra
}

// TestDefaultPooled compares the default-place variants on every development
// set pooled, when POOL28 is set: it tags some 600 articles.
func TestDefaultPooled(t *testing.T) {
	if os.Getenv("POOL28") == "" {
		t.Skip("set POOL28=1 to compare the default-place variants")
	}
	g := gaz(t)
	sets := loadDevSets(t)
	type variant struct {
		name    string
		c, r    bool
		cityPop int
	}
	variants := []variant{{"base", false, false, 0}, {"countries", true, false, 0}, {"regions", false, true, 0},
		{"cities1M", false, false, 1_000_000}, {"cities500k", false, false, 500_000}, {"cities100k", false, false, 100_000},
		{"c+r", true, true, 0}, {"c+r+1M", true, true, 1_000_000}, {"c+r+500k", true, true, 500_000}, {"c+r+100k", true, true, 100_000}}
	if v := os.Getenv("POOL28"); v != "1" {
		variants = slices.DeleteFunc(variants, func(x variant) bool { return x.name != "base" && !strings.Contains(v, x.name) })
	}
	var basePer map[string][4]int
	var baseGood, baseExtra map[string]bool
	for _, v := range variants {
		per, kinds, good, extra := scoreWith(t, g, where.WithDefaults(g, v.c, v.r, v.cityPop), sets)
		var tot kindCount
		line := v.name + ":"
		for _, k := range []string{"country", "region", "city"} {
			c := kinds[k]
			line += fmt.Sprintf(" %s %d/%d found %d ok %d;", k, c.right, c.annotated, c.found, c.ok)
		}
		for _, c := range kinds {
			tot.right += c.right
			tot.annotated += c.annotated
			tot.found += c.found
			tot.ok += c.ok
		}
		rec, prec := float64(tot.right)/float64(tot.annotated), float64(tot.ok)/float64(tot.found)
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "corpus_*", "*.xml"))
		if len(files) > 0 {
			mt := scoreMeantimeWith(t, files, where.WithDefaults(g, v.c, v.r, v.cityPop))
			line += fmt.Sprintf(" MEANTIME %d/%d found %d placed %d extra %d;", mt.right, mt.gold, mt.found, mt.placed, mt.extra)
		}
		t.Logf("%s total R %d/%d=%.3f P %d/%d=%.3f F1 %.3f", line, tot.right, tot.annotated, rec, tot.ok, tot.found, prec, 2*rec*prec/(rec+prec))
		if v.name == "base" {
			basePer, baseGood, baseExtra = per, good, extra
			continue
		}
		for _, ds := range sets {
			if b, a := basePer[ds.file], per[ds.file]; b != a {
				t.Logf("  %s: right %d -> %d, ok/found %d/%d -> %d/%d (of %d)", ds.file, b[0], a[0], b[2], b[3], a[2], a[3], a[1])
			}
		}
		if os.Getenv("POOL28_DIFF") != "" {
			for id := range good {
				if !baseGood[id] {
					t.Logf("  +right %s", id)
					logContext(t, sets, id)
				}
			}
			for id := range baseGood {
				if !good[id] {
					t.Logf("  -right %s", id)
				}
			}
			for id := range extra {
				if !baseExtra[id] {
					t.Logf("  +extra %s", id)
					logContext(t, sets, id)
				}
			}
		}
	}
}

// logContext logs the sentences of the article id names ("file:line:key")
// that hold its surface, for reading a variant's changes.
func logContext(t *testing.T, sets []devSet, id string) {
	f := strings.SplitN(strings.SplitN(id, " -> ", 2)[0], ":", 3)
	var line int
	fmt.Sscan(f[1], &line)
	for _, ds := range sets {
		if ds.file != f[0] {
			continue
		}
		d := ds.docs[line]
		for si := range d.Sentences {
			src := d.SourceOf(si)
			s := d.Sentences[si]
			txt := src[d.Tokens[s.Tokens.Start].Start:d.Tokens[s.Tokens.End-1].End]
			if strings.Contains(fold.Key(txt), f[2]) {
				t.Logf("      | %s", txt)
			}
		}
	}
}

// TestDefaultFreeLines draws, when POOL28_FREE is set, the place mentions the
// default (NewRecognizer's) adds to and removes from Reuters lines 0-9,999
// that no development set uses, for reading by the conventions.
func TestDefaultFreeLines(t *testing.T) {
	if os.Getenv("POOL28_FREE") == "" {
		t.Skip("set POOL28_FREE=1 to draw the gold-free sample")
	}
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "reuters21578.jsonl"))
	if err != nil {
		t.Skip("corpus not available:", err)
	}
	defer f.Close()
	used := map[int]bool{}
	for _, set := range heldoutSets {
		if setCorpus[set.file] == "reuters21578.jsonl" {
			for _, n := range set.lines {
				used[n] = true
			}
		}
	}
	g := gaz(t)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	base, variant := where.WithDefaults(g, false, false, 0), where.NewRecognizer(g)
	mentions := func(d *annals.Doc, n int, r *where.Recognizer) map[string]string {
		d.Places = nil
		d.Mentions = slices.DeleteFunc(d.Mentions, func(m annals.Mention) bool { return m.Kind == annals.PlaceMention })
		if err := r.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, m := range d.Mentions {
			if m.Kind != annals.PlaceMention {
				continue
			}
			si := d.SentenceOf(m.Tokens.Start)
			src := d.SourceOf(si)
			s := d.Sentences[si]
			a, b := int(d.Tokens[m.Tokens.Start].Start), int(d.Tokens[m.Tokens.End-1].End)
			lo, hi := int(d.Tokens[s.Tokens.Start].Start), int(d.Tokens[s.Tokens.End-1].End)
			ctx := strings.ReplaceAll(src[lo:a]+"[["+src[a:b]+"]]"+src[b:hi], "\n", " ")
			out[fmt.Sprintf("%d:%d", n, m.Tokens.Start)] = fmt.Sprintf("%d %s/%s | %s", n, m.Name, m.Code, ctx)
		}
		return out
	}
	var added, removed []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 0; sc.Scan() && n < 10_000; n++ {
		if used[n] {
			continue
		}
		d := taggedLine(t, tg, sc.Bytes())
		b := mentions(d, n, base)
		v := mentions(d, n, variant)
		for k, x := range v {
			if _, ok := b[k]; !ok {
				added = append(added, x)
			}
		}
		for k, x := range b {
			if _, ok := v[k]; !ok {
				removed = append(removed, x)
			}
		}
	}
	slices.Sort(added)
	slices.Sort(removed)
	t.Logf("added %d, removed %d", len(added), len(removed))
	rng := rand.New(rand.NewPCG(281, 0))
	rng.Shuffle(len(added), func(i, j int) { added[i], added[j] = added[j], added[i] })
	rng.Shuffle(len(removed), func(i, j int) { removed[i], removed[j] = removed[j], removed[i] })
	for i, x := range added[:min(100, len(added))] {
		t.Logf("add %d: %s", i, x)
	}
	for i, x := range removed[:min(50, len(removed))] {
		t.Logf("remove %d: %s", i, x)
	}
}
