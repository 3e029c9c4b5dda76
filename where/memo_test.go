package where_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/where"
)

// TestMemoAgrees checks that the per-article memo (runs and sentence
// marks) changes nothing: the Recognizer finds the same places and
// mentions with it as without it, over the first articles of both
// corpora and a few built to meet the rules that the marks let skip.
func TestMemoAgrees(t *testing.T) {
	articles := []annals.Article{
		{Title: "FRANCE, WEST GERMANY TRADE", Text: "France's exports rose. France, the largest buyer, said West Germany 210 (205) vs 190. Ghent/Naples range cargoes left Antwerp. Paris, Texas and Paris, France: Paris is in the Ile-de-France region, Kalinga and Abra provinces."},
		{Title: "", Text: "Brazil has a trade surplus. Brazil, Argentina and Chile are exporters; Brazil's surplus, Argentina's deficit. In Brazil, the rains fell on Sao Paulo and Parana states."},
	}
	for _, corpus := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		articles = append(articles, readArticles(t, corpus, 400)...)
	}
	g := gaz(t)
	memo, plain := where.NewRecognizer(g), where.WithoutMemo(where.NewRecognizer(g))
	ctx := context.Background()
	for _, a := range articles {
		var got [2]*annals.Doc
		for n, r := range []*where.Recognizer{memo, plain} {
			d := &annals.Doc{Article: a}
			if err := text.New().Annotate(ctx, d); err != nil {
				t.Fatal(err)
			}
			if err := r.Annotate(ctx, d); err != nil {
				t.Fatal(err)
			}
			got[n] = d
		}
		if !reflect.DeepEqual(got[0].Places, got[1].Places) || !reflect.DeepEqual(got[0].Mentions, got[1].Mentions) {
			t.Errorf("%s %q: with memo %+v %+v, without %+v %+v", a.ID, a.Title, got[0].Places, got[0].Mentions, got[1].Places, got[1].Mentions)
		}
	}
}

// readArticles returns the first n articles of a corpus under
// ../shared/corpora, skipping the test where it is absent.
func readArticles(t *testing.T, corpus string, n int) []annals.Article {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", corpus))
	if err != nil {
		t.Skip("corpus not available:", err)
	}
	defer f.Close()
	var out []annals.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
