package quote_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/annals-project/annals/quote"
)

// TestFindIndependent checks that a Finder keeps no state from one article
// to the next: each article's quotes found by a Finder that has just coded
// other articles equal those a fresh Finder finds. The scratch space is
// pooled, and a list read before it was rebuilt for the article once gave
// another article's names (and an index past the end of the tokens). The
// articles (Reuters lines 0 to 9,999 and Wikinews with quotation marks)
// are taken in corpus order and again longest first, so that short
// articles follow long ones.
func TestFindIndependent(t *testing.T) {
	var texts []string
	for _, c := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		arts := readCorpus(t, c)
		for i := 0; i < len(arts) && i < surveyReuters; i++ {
			if strings.Count(arts[i].Text, "\"")+strings.Count(arts[i].Text, "“") >= 4 {
				texts = append(texts, arts[i].Text)
			}
		}
	}
	byLen := append([]string(nil), texts...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) > len(byLen[j]) })
	for _, order := range [][]string{texts, byLen} {
		shared := quote.New()
		for _, text := range order {
			got := shared.Find(text, nil)
			if want := quote.New().Find(text, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("a used Finder differs from a fresh one on %.60q:\nused  %+v\nfresh %+v", text, got, want)
			}
		}
	}
}

// TestFindWholeCorpus runs one Finder over every Reuters article in corpus
// order, as `annals code` does with a worker, and checks only that it does
// not panic: a stale list once indexed past an article's tokens at line
// 11,101, after a longer article. Nothing it finds is printed, so the
// lines from 10,000 on that the blind sets draw from stay unread.
func TestFindWholeCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the whole corpus takes a few seconds")
	}
	arts := readCorpus(t, "reuters21578.jsonl")
	f := quote.New()
	n := 0
	for _, a := range arts {
		n += len(f.Find(a.Text, nil))
	}
	if n < 10000 {
		t.Fatalf("%d quotations in all of Reuters; expected over 10,000", n)
	}
}
