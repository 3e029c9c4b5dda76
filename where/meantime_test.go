package where_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/meantime"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/where"
	"github.com/annals-project/annals/where/internal/fold"
)

// MEANTIME (NewsReader, CC BY 4.0) is the one place gold in reach that our
// own annotators did not write: 120 Wikinews articles whose LOC entities
// link to DBpedia pages. Its conventions are not ours. It marks names used
// as modifiers ("US airtanker") and metonyms ("France won the bid") as
// mentions of the place, which where leaves out by design, so its recall
// here is a floor on where's real recall, not a figure to reach 1.0.

// mtPlaceDoc is one MEANTIME article rebuilt from its gold tokens, with
// the gold place name mentions mapped onto the rebuilt title and text.
type mtPlaceDoc struct {
	title, text string
	golds       []mtPlace
	// locs are the spans of every mention of any LOC entity, linked or
	// not, whatever its syntactic type; limit is the offset in text where
	// the annotated sentences end (MEANTIME annotates only the first few).
	locs  []mtPlace
	limit int
}

// mtPlace is one gold mention of a place entity.
type mtPlace struct {
	title      bool // the span indexes the title, not the text
	start, end int
	syn        string // MEANTIME's syntactic type: NAM, PRE.NAM (a modifier), ...
	ref        string // the DBpedia page title, underscores made spaces
	// locative marks a mention right after a locative preposition ("in
	// the US", "to Singapore"): where the text says something happens,
	// the kind of mention where's own gold counts.
	locative bool
}

// locatives are the prepositions after which a name says where.
var locatives = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "into": true, "across": true,
	"throughout": true, "outside": true, "inside": true, "via": true, "toward": true, "towards": true,
	"within": true, "around": true,
}

// afterLocative reports whether the span starting at start in src follows
// a locative preposition, with or without "the".
func afterLocative(src string, start int) bool {
	f := strings.Fields(strings.ToLower(src[:start]))
	if n := len(f); n > 0 && f[n-1] == "the" {
		f = f[:n-1]
	}
	return len(f) > 0 && locatives[f[len(f)-1]]
}

// readMeantimePlaces rebuilds one MEANTIME file the way the other MEANTIME
// tests do: sentence 0 is the title; every later sentence is a paragraph of
// its own; tokens are joined by single spaces. Gold mentions are the name
// mentions (syntactic type NAM or PRE.NAM) that refer to a LOC entity with
// a DBpedia reference.
func readMeantimePlaces(tb testing.TB, path string) mtPlaceDoc {
	tb.Helper()
	md, err := meantime.Read(path)
	if err != nil {
		tb.Fatal(err)
	}
	d := mtPlaceDoc{title: md.Title, text: md.Text, limit: md.Limit}
	for _, m := range md.Mentions {
		ref, ok := "", false
		for _, e := range m.Refers {
			if e.Type == "LOC" {
				ref, ok = e.Ref, true
			}
		}
		if !ok {
			continue
		}
		src := d.text
		if m.Title {
			src = d.title
		}
		i := strings.LastIndexByte(ref, '/')
		g := mtPlace{m.Title, m.Start, m.End, m.Syn, strings.ReplaceAll(ref[i+1:], "_", " "), afterLocative(src, m.Start)}
		d.locs = append(d.locs, g)
		if ref != "" && (m.Syn == "NAM" || m.Syn == "PRE.NAM") {
			d.golds = append(d.golds, g)
		}
	}
	return d
}

// notPlace lists the DBpedia pages of MEANTIME's LOC entities that name no
// populated place, first-level region or country, and so nothing where
// means to find: the planet, continents, an ocean, a union of states, and
// single buildings (airports, a factory, a conference centre). It is a
// rule about kinds of page, written from the list of LOC references, not
// from where's output.
func notPlace(ref string) bool {
	switch ref {
	case "Earth", "Near space", "Europe", "Asia", "Africa", "North America", "South America",
		"Antarctica", "Oceania", "European Union":
		return true
	}
	for _, w := range []string{"Airport", "Ocean", "Sea", "Factory", "Center", "Centre", "Stadium"} {
		if strings.HasSuffix(ref, " "+w) {
			return true
		}
	}
	return false
}

// mtSame reports whether the found place p is the place DBpedia's page
// title ref names. The place's name must fold to the title, or to the
// title's own name before a ", Region" or " (qualifier)"; or, for a
// country, the place must be that country under the gazetteer's name for
// it ("UK" is United Kingdom). A city whose gazetteer name extends the
// title ("Frankfurt am Main", "New York City" for New York) counts when it
// lies within 50 km of where the gazetteer itself reads the title. A
// qualifier that the gazetteer knows as a country or region must hold the
// place ("Mobile, Alabama" is not Mobile in England), and "(state)" asks
// for a region.
func mtSame(g *where.Gazetteer, p annals.Place, ref string) bool {
	name, qual := ref, ""
	if i := strings.Index(ref, " ("); i > 0 && strings.HasSuffix(ref, ")") {
		name, qual = ref[:i], ref[i+2:len(ref)-1]
	} else if i := strings.Index(ref, ", "); i > 0 {
		name, qual = ref[:i], ref[i+2:]
	}
	var within []string
	if qual == "state" {
		if p.GeonameID != 0 {
			return false
		}
	} else if cs := g.Lookup(qual); qual != "" && len(cs) > 0 && cs[0].Kind != where.KindCity {
		if cs[0].Country != p.Country {
			return false
		}
		within = []string{cs[0].Country}
	}
	key, got := fold.Key(name), fold.Key(p.Name)
	switch {
	case got == key || got == fold.Key(ref):
		return true
	case p.GeonameID == 0:
		c, ok := g.Country(p.Country)
		return ok && p.Name == c.Name && fold.Key(c.Name) == key
	case strings.HasPrefix(got, key+" ") || strings.HasPrefix(key, got+" "):
		c, ok := g.Resolve(name, within)
		return ok && km(c.Lat, c.Lon, p.Lat, p.Lon) <= 50
	}
	return false
}

// mtResult is the score of the place recogniser on MEANTIME.
type mtResult struct {
	gold, found, right int // gold mentions; overlapped by a found place; and rightly resolved
	byType             map[string][2]int
	locative           [2]int // gold mentions after a locative preposition; right
	// placed counts the places where found in the annotated sentences;
	// extra those of them that overlap no mention of any LOC entity.
	placed, extra  int
	misses, extras []string
}

func scoreMeantimePlaces(tb testing.TB, files []string) mtResult {
	return scoreMeantimeWith(tb, files, where.NewRecognizer(gaz(tb)))
}

// scoreMeantimeWith is scoreMeantimePlaces with the recogniser r, so that
// variants of it can be compared.
func scoreMeantimeWith(tb testing.TB, files []string, r *where.Recognizer) mtResult {
	g := gaz(tb)
	tg, err := tag.New()
	if err != nil {
		tb.Fatal(err)
	}
	stages := []annals.Stage{text.New(), tg, r}
	res := mtResult{byType: map[string][2]int{}}
	for _, f := range files {
		md := readMeantimePlaces(tb, f)
		d := &annals.Doc{Article: annals.Article{ID: filepath.Base(f), Title: md.title, Text: md.text}}
		for _, st := range stages {
			if err := st.Annotate(context.Background(), d); err != nil {
				tb.Fatalf("%s: %v", f, err)
			}
		}
		type hit struct {
			title      bool
			start, end int
			place      annals.Place
		}
		var hits []hit
		for _, m := range d.Mentions {
			if m.Kind != annals.PlaceMention {
				continue
			}
			_, start, end := d.Span(m.Tokens)
			title := d.Sentences[d.SentenceOf(m.Tokens.Start)].Title
			for _, p := range d.Places {
				if p.Name == m.Name && p.Country == m.Code {
					hits = append(hits, hit{title, start, end, p})
					break
				}
			}
		}
		for _, gd := range md.golds {
			if notPlace(gd.ref) {
				continue
			}
			res.gold++
			src := md.text
			if gd.title {
				src = md.title
			}
			var got *annals.Place
			good := false
			for i := range hits {
				h := &hits[i]
				if h.title == gd.title && h.start < gd.end && gd.start < h.end {
					got = &h.place
					if mtSame(g, h.place, gd.ref) {
						good = true
						break
					}
				}
			}
			bt := res.byType[gd.syn]
			bt[0]++
			if got != nil {
				res.found++
			}
			if gd.locative {
				res.locative[0]++
			}
			if good {
				res.right++
				bt[1]++
				if gd.locative {
					res.locative[1]++
				}
			} else {
				lo, hi := max(0, gd.start-60), min(len(src), gd.end+60)
				ctx := strings.ReplaceAll(src[lo:gd.start]+"[["+src[gd.start:gd.end]+"]]"+src[gd.end:hi], "\n", " ")
				what := "not found"
				if got != nil {
					what = fmt.Sprintf("got %s/%s", got.Name, got.Country)
				}
				res.misses = append(res.misses, fmt.Sprintf("%s\t%s\t%s\t%s\t%s", filepath.Base(f), gd.syn, gd.ref, what, ctx))
			}
			res.byType[gd.syn] = bt
		}
		for _, h := range hits {
			if !h.title && h.start >= md.limit {
				continue // past the annotated sentences
			}
			res.placed++
			if !slices.ContainsFunc(md.locs, func(l mtPlace) bool { return l.title == h.title && l.start < h.end && h.start < l.end }) {
				res.extra++
				src := md.text
				if h.title {
					src = md.title
				}
				res.extras = append(res.extras, fmt.Sprintf("%s\t%q -> %s/%s", filepath.Base(f), src[h.start:h.end], h.place.Name, h.place.Country))
			}
		}
	}
	sort.Strings(res.misses)
	return res
}

// TestMeantimePlaces scores where on MEANTIME's place mentions: of the
// name mentions of LOC entities whose DBpedia page is a populated place,
// region or country, the share that where finds (span overlap) and
// resolves to that place. It is a development check with a ratchet: raise
// the floor when the figure improves, never lower it to let a change pass.
func TestMeantimePlaces(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "corpus_*", "*.xml"))
	if len(files) == 0 {
		t.Skip("MEANTIME not available (../shared/suites/meantime-en): no third-party place gold to score")
	}
	res := scoreMeantimePlaces(t, files)
	for _, m := range res.misses {
		t.Log("miss:", m)
	}
	for _, syn := range []string{"NAM", "PRE.NAM"} {
		bt := res.byType[syn]
		t.Logf("%s mentions: %d/%d = %.3f", syn, bt[1], bt[0], float64(bt[1])/float64(max(bt[0], 1)))
	}
	for _, e := range res.extras {
		t.Log("not a LOC mention in MEANTIME:", e)
	}
	t.Logf("after a locative preposition: %d/%d = %.3f", res.locative[1], res.locative[0], float64(res.locative[1])/float64(max(res.locative[0], 1)))
	t.Logf("places found in the annotated sentences: %d, on no LOC mention: %d", res.placed, res.extra)
	recall := float64(res.right) / float64(max(res.gold, 1))
	t.Logf("MEANTIME places over %d docs: %d gold name mentions, %d found, %d right: recall %.3f",
		len(files), res.gold, res.found, res.right, recall)
	// Ratchet. The first score, before any rule was changed for this
	// gold (issue 5, fifteenth round): 86/222 = 0.387 (NAM 86/153, PRE.NAM
	// 0/69; after a locative preposition 70/81); 87/222 = 0.392 after it.
	const floor = 0.39
	if recall < floor {
		t.Errorf("recall %.3f fell below the ratchet %.3f", recall, floor)
	}
}

func TestReadMeantimePlaces(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "corpus_airbus",
		"102977_Airbus_parent_EADS_wins_13_billion_UK_RAF_airtanker_contract.xml")
	if _, err := os.Stat(path); err != nil {
		t.Skip("MEANTIME not available (../shared/suites/meantime-en)")
	}
	d := readMeantimePlaces(t, path)
	if len(d.golds) == 0 {
		t.Fatal("no gold place mentions read")
	}
	for _, gd := range d.golds {
		src := d.text
		if gd.title {
			src = d.title
		}
		if gd.start < 0 || gd.end > len(src) || gd.start >= gd.end {
			t.Fatalf("gold span %d-%d out of range", gd.start, gd.end)
		}
		t.Logf("%v %q %s %s", gd.title, src[gd.start:gd.end], gd.syn, gd.ref)
	}
}

// TestTaggedRules checks rules found on MEANTIME that show only when the
// tagger has run first, as in the pipeline.
func TestTaggedRules(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // places, "|"-separated
	}{
		// An acronym in running text is not the town spelt alike (Gao, Mali).
		{"Boeing challenged the award in a formal protest before the GAO, claiming the evaluation was skewed.", ""},
		{"The Air Force has 60 days to respond to the GAO.", ""},
		// Countries keep their capitals.
		{"The Air Force has 60 days to respond to the UK.", "United Kingdom/GBR"},
		// A journey's places.
		{"The tour of Asia and Australia has been delayed.", "Australia/AUS"},
	}
	for _, tt := range tests {
		d := doc(t, "", tt.text)
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := where.NewRecognizer(gaz(t)).Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(places(t, d), "|"); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}
