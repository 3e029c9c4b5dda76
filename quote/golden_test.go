package quote_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/quote"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// readSeed returns the body of the seed article (its title line split off),
// skipping the test when the shared data is absent.
func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "mission", "seed-article.txt"))
	if err != nil {
		tb.Skipf("seed article not available (../shared/mission): %v", err)
	}
	text := string(b)
	if i := strings.Index(text, "\n\n"); i >= 0 && !strings.Contains(text[:i], "\n") {
		text = text[i+2:]
	}
	return text
}

// format renders found quotes one block each, for golden files.
func format(text string, found []quote.Found) string {
	var b strings.Builder
	for _, f := range found {
		fmt.Fprintf(&b, "%s [%d,%d) %q\n", f.Kind, f.Start, f.End, text[f.Start:f.End])
		if f.Cue != "" {
			fmt.Fprintf(&b, "  cue %q [%d,%d)\n", f.Cue, f.CueStart, f.CueEnd)
		}
		if f.Speaker != "" {
			fmt.Fprintf(&b, "  speaker %s %q [%d,%d) name=%q", f.SpeakerKind, f.Speaker, f.SpeakerStart, f.SpeakerEnd, f.Name)
			if f.Role != "" {
				fmt.Fprintf(&b, " role=%q", f.Role)
			}
			if f.Inherited {
				b.WriteString(" inherited")
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func TestSeedGolden(t *testing.T) {
	text := readSeed(t)
	found := quote.New().Find(text, nil)
	got := format(text, found)
	path := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got != string(want) {
		t.Errorf("seed quotes differ from %s (run with -update after review):\n%s", path, got)
	}

	// The mission's requirements, independent of the golden file.
	spoken := []struct{ prefix, kind, cue, speaker, name string }{
		{"enable the US", "partial", "according to", "EU spokesperson Nabila Massrali", "Nabila Massrali"},
		{"This is an informal", "direct", "stated", "she", "Nabila Massrali"},
		{"We seek positive", "direct", "declared", "Amir Khan Muttaqi", "Amir Khan Muttaqi"},
		{"We believe in", "direct", "said", "Muttaqi", "Amir Khan Muttaqi"},
		{"We can’t afford", "direct", "stated", "Borrell", "Josep Borrell"},
		{"I am particularly", "direct", "told", "he", "Antonio Guterres"},
	}
	for _, w := range spoken {
		f, ok := findPrefix(text, found, w.prefix)
		if !ok {
			t.Errorf("no quote starting %q", w.prefix)
			continue
		}
		if f.Kind != w.kind || f.Cue != w.cue || f.Speaker != w.speaker || f.Name != w.name {
			t.Errorf("%q: got %s cue %q speaker %q name %q, want %s %q %q %q", w.prefix, f.Kind, f.Cue, f.Speaker, f.Name, w.kind, w.cue, w.speaker, w.name)
		}
	}
	if f, _ := findPrefix(text, found, "This is an informal"); !strings.HasSuffix(text[f.Start:f.End], "‘interim government.’") {
		t.Errorf("misplaced closing mark: content %q should end with the nested quote", text[f.Start:f.End])
	}
	for _, scare := range []string{"failed", "terrorist", "collapse."} {
		f, ok := findPrefix(text, found, scare)
		if !ok || f.Kind != quote.Scare || text[f.Start:f.End] != scare {
			t.Errorf("scare quote %q: got %+v", scare, f)
		}
	}
	if len(found) != len(spoken)+3 {
		t.Errorf("found %d quotes, want %d", len(found), len(spoken)+3)
	}
}

func findPrefix(text string, found []quote.Found, prefix string) (quote.Found, bool) {
	for _, f := range found {
		if strings.HasPrefix(text[f.Start:f.End], prefix) {
			return f, true
		}
	}
	return quote.Found{}, false
}

// article is one line of a corpus (Wikinews, Reuters-21578).
type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// readCorpus returns the articles of ../shared/corpora/name, one JSON
// object a line, skipping the test when the file is absent.
func readCorpus(tb testing.TB, name string) []article {
	tb.Helper()
	fh, err := os.Open(filepath.Join("..", "..", "shared", "corpora", name))
	if err != nil {
		tb.Skipf("corpus %s not available (../shared/corpora): %v", name, err)
	}
	defer fh.Close()
	var arts []article
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("%s line %d: %v", name, len(arts)+1, err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return arts
}

func BenchmarkFind(b *testing.B) {
	arts := readCorpus(b, "wikinews.jsonl")
	var size int64
	for _, a := range arts {
		size += int64(len(a.Text))
	}
	f := quote.New()
	var dst []quote.Found
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			dst = f.Find(a.Text, dst[:0])
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`“A,” he said.`, `"A" "B" "C`, "“x\n\n“y”", `‘a’ 'b' O'Brien '90s`, `„x“ «y» »z«`,
		`“It does not ‘x.’ “she stated`, `"`, `”a“`, "a\n\n\n\"b\n\nc\"",
		`X, who led, said “y z w.”`, `according to "a b c"`, `"x," said`,
		// Shapes the speaker rules of rounds 47-52 read: party tags,
		// spelled-out acronyms, unnamed 'One', role-before-name, surname
		// He/Li, unclosed quotes and wire-bracketed firms.
		"Sen. John Cornyn (R-Texas) said, \"We will not.\"\n\n\"It is over,\" he said.",
		"The International Energy Agency (IEA) said in a report. \"Demand fell,\" the IEA said.",
		"Traders were cautious. One said, \"Prices will ease.\"\n\n\"Maybe,\" another said.",
		"Villager Li Ming, 54, said: \"The water came fast.\" Li said later \"it was bad",
		"He Weiling said \"the plan works.\" He added: \"We are happy.",
		"<Acme Holdings Ltd> said \"sales rose.\" A spokesman for one of <Acme Co> said \"no",
		"\"Rates will fall,\" according to a Bank of Japan official in Tokyo.",
		"\"x\" said Smith and Co of London. \"y\" a",
		"\"", "\"a\" One", "said \"", "\"a,\" he", "(R-", "<A>\"b\"",
		// Texts that once ended where a rule read the token after the
		// last: "according" last, "(IDB) said" opening the text, joined
		// initials or an initial and a surname last, "X and I" speaking.
		`Smith said "a b c" , according`, `IDB) said in the report. "We grew," the report said.`,
		"\"It may,\" Kotowski said.\n\nIn a statement, First City chairman J.A. Elkins",
		"\"It may,\" Kotowski said. Later R. Smith", "Jess Mears and I saw it,\" said Dasbach. \"I was driving.\"",
	} {
		f.Add(s)
	}
	fd := quote.New()
	f.Fuzz(func(t *testing.T, text string) {
		found := fd.Find(text, nil)
		prev := -1
		for _, q := range found {
			checkSpans(t, text, q)
			if q.OpenMark <= prev {
				t.Fatalf("quotes out of order or overlapping: open %d after %d", q.OpenMark, prev)
			}
			prev = q.End
			if q.CloseMark >= 0 {
				prev = q.CloseMark
			}
		}
	})
}

// TestNoSpeakerInsideQuote checks over the Wikinews corpus that no
// speaker the finder reports (inherited ones aside) lies inside the
// content of another quotation: words of someone's speech never name who
// speaks.
func TestNoSpeakerInsideQuote(t *testing.T) {
	f := quote.New()
	for i, a := range readCorpus(t, "wikinews.jsonl") {
		qs := f.Find(a.Text, nil)
		for _, q := range qs {
			if q.SpeakerStart < 0 || q.Inherited {
				continue
			}
			for _, o := range qs {
				if q.SpeakerStart >= o.Start && q.SpeakerStart < o.End {
					t.Errorf("article %d: speaker %q inside the quote %q", i, q.Speaker, a.Text[o.Start:min(o.End, o.Start+50)])
				}
			}
		}
	}
}
