package when_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/when"
)

// heldGold is one annotated expression of the held-out Wikinews set.
type heldGold struct {
	line       int // of wikinews.jsonl, 1-based
	typ, value string
	text       string
	start, end int // byte offsets into the article text
	hit        bool
}

// readHeldGold reads testdata/heldout-wikinews.tsv (its format is in its
// header) and places each row in its article's text.
func readHeldGold(t *testing.T, texts map[int]string) []*heldGold {
	t.Helper()
	fh, err := os.Open(filepath.Join("testdata", "heldout-wikinews.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var rows []*heldGold
	from := map[int]int{} // article line -> where the next row is searched from
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			t.Fatalf("heldout-wikinews.tsv:%d: %d fields, want 4 or 5", n, len(f))
		}
		line, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatalf("heldout-wikinews.tsv:%d: %v", n, err)
		}
		skip := 0
		if len(f) > 4 {
			if skip, err = strconv.Atoi(f[4]); err != nil {
				t.Fatalf("heldout-wikinews.tsv:%d: %v", n, err)
			}
		}
		text, ok := texts[line]
		if !ok {
			t.Fatalf("heldout-wikinews.tsv:%d: line %d is not a held-out article", n, line)
		}
		at := from[line]
		for {
			i := wordIndex(text[at:], f[3])
			if i < 0 {
				t.Fatalf("heldout-wikinews.tsv:%d: %q not found after byte %d of line %d", n, f[3], at, line)
			}
			at += i
			if skip == 0 {
				break
			}
			skip--
			at += len(f[3])
		}
		g := &heldGold{line: line, typ: f[1], value: f[2], text: f[3], start: at, end: at + len(f[3])}
		from[line] = g.end
		rows = append(rows, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// wordIndex is strings.Index for a whole-word occurrence of w in s.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		off = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Held-out figures. The articles are every 12th line of
// ../shared/corpora/wikinews.jsonl starting at line 5 (5, 17, 29, ...),
// leaving out those whose text is over 6,000 bytes (interviews): 22
// articles, annotated by reading before any rule of this round was
// written. Baseline, with the rules as they stood then (run once, its
// errors left unread until the round's rule changes were done): precision
// 95.3% (102/107), recall 98.1% (102/104), value accuracy 96.1% (98/102).
// After the round's changes (tuned on MEANTIME only; the aggregate was
// seen once mid-way, the errors only at the end): precision 94.4%
// (102/108), recall 98.1% (102/104), value accuracy 96.1% (98/102). The
// minimums below are those figures.
const (
	heldPrecision = 94.4
	heldRecall    = 98.1
	heldAccuracy  = 96.1
)

// TestHeldoutWikinews scores the pipeline's way (text, tagger, when) over
// the held-out Wikinews gold, the way TestMeantime scores MEANTIME: a found
// expression overlapping a gold DATE is correct, one overlapping only a
// gold TIME is not counted, any other is spurious; recall is over gold
// DATEs with a calendar value.
func TestHeldoutWikinews(t *testing.T) {
	fh, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "wikinews.jsonl"))
	if err != nil {
		t.Skipf("Wikinews corpus not available: %v", err)
	}
	defer fh.Close()
	arts := map[int]annals.Article{}
	texts := map[int]string{}
	var order []int
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		if line < 5 || (line-5)%12 != 0 {
			continue
		}
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("wikinews line %d: %v", line, err)
		}
		if len(a.Text) > 6000 {
			continue
		}
		arts[line], texts[line] = a, a.Text
		order = append(order, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	gold := readHeldGold(t, texts)
	tg := newTagged(t)
	var s mtScore
	for _, line := range order {
		a := arts[line]
		pub, err := when.Parse(a.Date)
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		d := &annals.Doc{Article: annals.Article{ID: a.ID, Text: a.Text}, Pub: pub}
		for _, st := range tg.stages {
			if err := st.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		}
		if err := tg.r.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		s.documents++
		for _, tm := range d.Times {
			var date, other *heldGold
			for _, g := range gold {
				if g.line != line || g.end <= tm.Start || tm.End <= g.start {
					continue
				}
				if g.typ == "DATE" && date == nil {
					date = g
				} else if g.typ != "DATE" {
					other = g
				}
			}
			switch {
			case date != nil:
				s.found++
				s.correct++
				if calendarValue(date.value) && !date.hit {
					date.hit = true
					s.recalled++
				}
				if sameValue(tm.Value, date.value) {
					s.valueOK++
				} else {
					s.errors = append(s.errors, strconv.Itoa(line)+": "+tm.Text+" → "+tm.Value+" (gold "+date.value+", pub "+a.Date+")")
				}
			case other != nil:
				s.neutral++
			default:
				s.found++
				s.spurious = append(s.spurious, strconv.Itoa(line)+": "+tm.Text+" → "+tm.Value)
			}
		}
	}
	for _, g := range gold {
		if g.typ != "DATE" {
			continue
		}
		s.goldAll++
		if calendarValue(g.value) {
			s.gold++
			if !g.hit {
				s.misses = append(s.misses, strconv.Itoa(g.line)+": "+g.text+" ("+g.value+")")
			}
		}
	}
	t.Logf("held-out Wikinews: %d docs; precision %.1f%% (%d/%d, %d on gold TIMEs not counted); recall %.1f%% (%d/%d calendar DATEs; %d DATEs in all); value accuracy %.1f%% (%d/%d)",
		s.documents, s.precision(), s.correct, s.found, s.neutral, s.recall(), s.recalled, s.gold, s.goldAll, s.accuracy(), s.valueOK, s.correct)
	s.logDetail(t, "HELDOUT_DETAIL")
	if s.precision() < heldPrecision-1 || s.recall() < heldRecall-1 || s.accuracy() < heldAccuracy-1 {
		t.Errorf("held-out figures fell below the recorded %.1f/%.1f/%.1f (precision/recall/value accuracy)", float64(heldPrecision), float64(heldRecall), float64(heldAccuracy))
	}
}
