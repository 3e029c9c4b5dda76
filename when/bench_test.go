package when_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/when"
)

// reutersSentences reads up to n sentences of the Reuters corpus, split
// naively on ". " and on blank lines, each with its article's publication date.
func reutersSentences(tb testing.TB, n int) ([]string, []time.Time) {
	tb.Helper()
	fh, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "reuters21578.jsonl"))
	if err != nil {
		tb.Skipf("Reuters corpus not available: %v", err)
	}
	defer fh.Close()
	var sents []string
	var pubs []time.Time
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(sents) < n {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("reuters: %v", err)
		}
		p, _ := when.Parse(a.Date)
		for _, para := range strings.Split(a.Text, "\n\n") {
			for _, s := range strings.Split(para, ". ") {
				if s = strings.TrimSpace(s); s != "" {
					sents = append(sents, s)
					pubs = append(pubs, p)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reuters: %v", err)
	}
	return sents, pubs
}

func BenchmarkFindReuters(b *testing.B) {
	sents, pubs := reutersSentences(b, 20000)
	var size int
	for _, s := range sents {
		size += len(s)
	}
	r := when.New()
	var dst []annals.Time
	b.SetBytes(int64(size / len(sents)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		k := i % len(sents)
		dst = r.Find(sents[k], pubs[k], dst[:0])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sent/s")
	// On a shared machine wall time overstates the cost; CPU time does not.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "sent/cpu-s")
	}
}

// TestFindNoAllocs checks the fast path: a sentence without a time
// expression allocates nothing.
func TestFindNoAllocs(t *testing.T) {
	r := when.New()
	s := "Arrivals for the week ended were 155,221 bags of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage, Comissaria Smith said in its weekly review."
	dst := make([]annals.Time, 0, 4)
	if n := testing.AllocsPerRun(100, func() { dst = r.Find(s, pub, dst[:0]) }); n != 0 {
		t.Errorf("Find allocated %v times per run, want 0", n)
	}
}
