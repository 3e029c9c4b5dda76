package when_test

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/when"
)

// tagged runs the stages before when (text, then the tagger) on one
// sentence and returns when's expressions, as the pipeline would find them.
type tagged struct {
	stages []annals.Stage
	r      *when.Resolver
}

func newTagged(t *testing.T) *tagged {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	return &tagged{stages: []annals.Stage{text.New(), tg}, r: when.New()}
}

func (tg *tagged) find(t *testing.T, s string, pub time.Time) []annals.Time {
	d := &annals.Doc{Article: annals.Article{ID: "m", Text: s}, Pub: pub}
	for _, st := range tg.stages {
		if err := st.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := tg.r.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d.Times
}

// MEANTIME's documents: tokens with sentence numbers, and TIMEX3 markables
// anchored to tokens.
type mtDoc struct {
	Tokens []struct {
		ID   string `xml:"t_id,attr"`
		Sent int    `xml:"sentence,attr"`
		Text string `xml:",chardata"`
	} `xml:"token"`
	Timexes []struct {
		Type     string `xml:"type,attr"`
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
		Anchors  []struct {
			ID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>TIMEX3"`
	Events []struct {
		Anchors []struct {
			ID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>EVENT_MENTION"`
}

// mtScore counts matches between found and gold DATE expressions.
type mtScore struct {
	found     int // found expressions, less those only on other gold times
	neutral   int // found expressions on TIME, DURATION or SET gold, or on the creation time
	correct   int // found expressions overlapping a gold DATE
	gold      int // gold DATEs with anchors and a calendar value
	goldAll   int // gold DATEs with anchors, PRESENT_REF and the like included
	recalled  int // gold DATEs (calendar value) overlapped by a found expression
	valueOK   int // matched pairs whose values agree
	misses    []string
	errors    []string
	spurious  []string
	documents int
}

func (s mtScore) precision() float64 { return pct(s.correct, s.found) }
func (s mtScore) recall() float64    { return pct(s.recalled, s.gold) }
func (s mtScore) accuracy() float64  { return pct(s.valueOK, s.correct) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// sameValue compares a found value with a gold one. MEANTIME writes
// decades without the X (197 for the 1970s).
func sameValue(found, gold string) bool {
	return found == gold || strings.TrimSuffix(found, "X") == gold
}

// calendarValue reports whether a gold value names a point on the calendar,
// which is all Find means to produce.
func calendarValue(v string) bool {
	return v != "" && v[0] >= '0' && v[0] <= '9'
}

func scoreMeantime(t *testing.T, corpus string, s *mtScore, tg *tagged) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "corpus_"+corpus, "*.xml"))
	if len(files) == 0 {
		t.Skipf("MEANTIME corpus %s not available", corpus)
	}
	r := when.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d mtDoc
		if err := xml.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s.documents++
		// Rebuild the text: tokens joined by spaces, one string per sentence.
		type span struct{ sent, start, end int }
		pos := map[string]span{}
		var sents []strings.Builder
		var sentToks [][]string
		for _, tk := range d.Tokens {
			for len(sents) <= tk.Sent {
				sents = append(sents, strings.Builder{})
				sentToks = append(sentToks, nil)
			}
			sb := &sents[tk.Sent]
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			pos[tk.ID] = span{tk.Sent, sb.Len(), sb.Len() + len(tk.Text)}
			sb.WriteString(tk.Text)
			sentToks[tk.Sent] = append(sentToks[tk.Sent], tk.ID)
		}
		// The creation time and the gold markables as token sets.
		var pub time.Time
		type mark struct {
			value string
			date  bool // type DATE and not the creation time
			cal   bool
			toks  map[string]bool
			hit   bool
		}
		var marks []*mark
		for _, x := range d.Timexes {
			if x.Function == "CREATION_TIME" {
				if p, err := when.Parse(x.Value); err == nil {
					pub = p
				}
			}
			if len(x.Anchors) == 0 {
				continue
			}
			mk := &mark{value: x.Value, toks: map[string]bool{}}
			mk.date = x.Type == "DATE" && x.Function != "CREATION_TIME"
			mk.cal = calendarValue(x.Value)
			for _, a := range x.Anchors {
				mk.toks[a.ID] = true
			}
			marks = append(marks, mk)
			if mk.date {
				s.goldAll++
				if mk.cal {
					s.gold++
				}
			}
		}
		// Only the first sentences of each document are annotated (the
		// title, the dateline and the first four): score up to the last
		// sentence holding an annotated event.
		last := 0
		for _, e := range d.Events {
			for _, a := range e.Anchors {
				last = max(last, pos[a.ID].sent)
			}
		}
		if pub.IsZero() && len(sents) > 1 {
			// No usable creation time: read the dateline, sentence 1.
			for _, tm := range r.Find(sents[1].String(), time.Time{}, nil) {
				if p, err := when.Parse(tm.Value); err == nil && len(tm.Value) == 10 {
					pub = p
					break
				}
			}
		}
		for si := range sents {
			if si > last {
				break
			}
			text := sents[si].String()
			found := r.Find(text, pub, nil)
			if tg != nil {
				found = tg.find(t, text, pub)
			}
			for _, tm := range found {
				// Tokens the expression covers.
				covered := map[string]bool{}
				for _, id := range sentToks[si] {
					if p := pos[id]; p.start < tm.End && tm.Start < p.end {
						covered[id] = true
					}
				}
				var date, other *mark
				for _, mk := range marks {
					for id := range covered {
						if mk.toks[id] {
							if mk.date && date == nil {
								date = mk
							} else if !mk.date {
								other = mk
							}
							break
						}
					}
				}
				switch {
				case date != nil:
					s.found++
					s.correct++
					if date.cal && !date.hit {
						date.hit = true
						s.recalled++
					}
					if sameValue(tm.Value, date.value) {
						s.valueOK++
					} else {
						s.errors = append(s.errors, tm.Text+" → "+tm.Value+" (gold "+date.value+", pub "+pub.Format("2006-01-02")+") in: "+text)
					}
				case other != nil:
					s.neutral++
				default:
					s.found++
					s.spurious = append(s.spurious, tm.Text+" → "+tm.Value+" in: "+text)
				}
			}
		}
		for _, mk := range marks {
			if mk.date && mk.cal && !mk.hit {
				var words []string
				for _, tk := range d.Tokens {
					if mk.toks[tk.ID] {
						words = append(words, tk.Text)
					}
				}
				s.misses = append(s.misses, strings.Join(words, " ")+" ("+mk.value+", pub "+pub.Format("2006-01-02")+")")
			}
		}
	}
}

// Figures recorded from the current rules; the test fails when a change
// loses more than a point on the development corpora.
const (
	mtDevPrecision = 98.8
	mtDevRecall    = 93.5
	mtDevAccuracy  = 93.8
)

// TestMeantime scores Find against MEANTIME's TIMEX3 DATE annotations
// (creation time excluded), matching by token overlap, over the annotated
// sentences of each document. The airbus, apple
// and gm corpora are for development; stock is held out and only reported.
func TestMeantime(t *testing.T) {
	var dev, held mtScore
	tg := newTagged(t) // the pipeline's way: tense from the tagger
	for _, c := range []string{"airbus", "apple", "gm"} {
		scoreMeantime(t, c, &dev, tg)
	}
	scoreMeantime(t, "stock", &held, tg)
	for _, r := range []struct {
		name string
		s    mtScore
	}{{"dev (airbus, apple, gm)", dev}, {"held-out (stock)", held}} {
		t.Logf("%s: %d docs; precision %.1f%% (%d/%d, %d on other TIMEX3 types not counted); recall %.1f%% (%d/%d calendar DATEs; %d DATEs in all); value accuracy %.1f%% (%d/%d)",
			r.name, r.s.documents, r.s.precision(), r.s.correct, r.s.found, r.s.neutral,
			r.s.recall(), r.s.recalled, r.s.gold, r.s.goldAll, r.s.accuracy(), r.s.valueOK, r.s.correct)
	}
	if testing.Verbose() && os.Getenv("MEANTIME_DETAIL") != "" {
		for _, m := range dev.misses {
			t.Logf("miss: %s", m)
		}
		for _, m := range dev.errors {
			t.Logf("wrong: %s", m)
		}
		for _, m := range dev.spurious {
			t.Logf("spurious: %s", m)
		}
	}
	if dev.precision() < mtDevPrecision-1 || dev.recall() < mtDevRecall-1 || dev.accuracy() < mtDevAccuracy-1 {
		t.Errorf("dev figures fell below the recorded %.1f/%.1f/%.1f (precision/recall/value accuracy)", mtDevPrecision, mtDevRecall, mtDevAccuracy)
	}
}
