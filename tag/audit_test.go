package tag_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/tag"
)

// TestVerbAudit draws, from Reuters articles 0-9,999 and Wikinews, tokens
// that are inflected forms of the event dictionaries' head verbs standing
// in a verb position (after a modal or "to", after a pronoun, as a
// participle before "by", or between a noun and an object) but tagged as
// something else; and tokens of those verbs tagged as verbs whose form is
// also a noun. The draws are for a person to judge. Run with TAG_AUDIT=1
// (TAG_AUDIT_SEED picks the seed, 301 by default; TAG_AUDIT_N the
// number of misses drawn, 100 by default).
func TestVerbAudit(t *testing.T) {
	if os.Getenv("TAG_AUDIT") == "" {
		t.Skip("set TAG_AUDIT=1 to audit verb tags over the corpora")
	}
	heads := dictionaryHeads(t)
	var docs []*annals.Doc
	docs = append(docs, corpusDocs(t, "reuters21578.jsonl", 10000)...)
	docs = append(docs, corpusDocs(t, "wikinews.jsonl", 1000)...)
	tg := MustTagger(t)
	type hit struct{ shape, line string }
	var miss, over []hit
	shapes := map[string]int{}
	for _, d := range docs {
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for si, s := range d.Sentences {
			toks := d.Tokens[s.Tokens.Start:s.Tokens.End]
			for i := range toks {
				tk := &toks[i]
				lem := ""
				for l := range tag.VerbReadings(tk.Norm) {
					if heads[l] {
						lem = l
					}
				}
				if lem == "" {
					continue
				}
				line := func() string {
					var b strings.Builder
					for j := range toks {
						if j > 0 {
							b.WriteByte(' ')
						}
						w := d.TokenText(si, s.Tokens.Start+j)
						if j == i {
							w = "[[" + w + "/" + toks[j].Tag.String() + "]]"
						}
						b.WriteString(w)
					}
					if s.Title {
						return "(title) " + b.String()
					}
					return b.String()
				}
				if tk.Tag.IsVerb() {
					if tag.HasNoun(tk.Norm) && tk.Norm != lem {
						over = append(over, hit{"verb/noun form", line()})
					}
					continue
				}
				if (tk.Tag == annals.NNP || tk.Tag == annals.NNPS) && !s.Title && (i == 0 || !strings.HasSuffix(toks[i-1].Norm, ".")) {
					continue // a capitalised word inside a line is most often a name
				}
				sh := verbPosition(toks, i, lem)
				if sh == "" {
					continue
				}
				shapes[sh]++
				miss = append(miss, hit{sh, line()})
			}
		}
	}
	seed := uint64(301)
	if v := os.Getenv("TAG_AUDIT_SEED"); v != "" {
		fmt.Sscan(v, &seed)
	}
	r := rand.New(rand.NewPCG(seed, 0))
	draw := 100
	if v := os.Getenv("TAG_AUDIT_N"); v != "" {
		fmt.Sscan(v, &draw)
	}
	t.Logf("%d non-verb tags in verb positions: %v", len(miss), shapes)
	r.Shuffle(len(miss), func(i, j int) { miss[i], miss[j] = miss[j], miss[i] })
	for i := 0; i < len(miss) && i < draw; i++ {
		t.Logf("M%03d %-12s %s", i, miss[i].shape, miss[i].line)
	}
	t.Logf("%d verb tags on forms that are also nouns", len(over))
	r.Shuffle(len(over), func(i, j int) { over[i], over[j] = over[j], over[i] })
	for i := 0; i < len(over) && i < 50; i++ {
		t.Logf("V%03d %s", i, over[i].line)
	}
}

// verbPosition names the position of token i, a form of verb lemma lem,
// when it is one where a verb is expected, and returns "" otherwise.
func verbPosition(toks []annals.Token, i int, lem string) string {
	norm := toks[i].Norm
	p := i - 1
	for p >= 0 && (toks[p].Norm == "not" || toks[p].Norm == "also" || toks[p].Norm == "n't") {
		p--
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Norm
	}
	if p >= 0 {
		switch toks[p].Norm {
		case "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to":
			if norm == lem {
				return "after-modal"
			}
		case "he", "she", "they", "we", "it", "i", "you", "who":
			if norm != lem || toks[p].Norm != "he" && toks[p].Norm != "she" && toks[p].Norm != "it" {
				return "after-pronoun"
			}
		}
	}
	if norm != lem && (strings.HasSuffix(norm, "ed") || !strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ing")) {
		switch next {
		case "by", "on", "to", "with":
			if p >= 0 && toks[p].Tag != annals.DT && toks[p].Tag != annals.PRPS {
				return "participle"
			}
		}
	}
	if p >= 0 && toks[p].Tag.IsNoun() && i+1 < len(toks) {
		switch toks[i+1].Tag {
		case annals.DT, annals.PRPS, annals.NNP, annals.NNPS, annals.PRP:
			if toks[i+1].Norm != "that" {
				return "noun-object"
			}
		}
	}
	return ""
}

// dictionaryHeads returns the head verb lemmas of the event patterns,
// read with the dictionary package's own parser.
func dictionaryHeads(tb testing.TB) map[string]bool {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "data", "verbs", "[0-9]*.txt"))
	if len(files) == 0 {
		tb.Skip("no verb dictionaries under ../data/verbs")
	}
	heads := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		verbs, err := dict.ParseVerbs(f, fh, nil)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
		for _, v := range verbs {
			if v.Noun {
				continue
			}
			for _, h := range v.Items[0].Alts {
				heads[h] = true
			}
		}
	}
	return heads
}
