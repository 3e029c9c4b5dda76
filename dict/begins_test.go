package dict_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestBeginsAt checks that BeginsAt never rules out a Match method that
// finds a name, and that MayDiscard answers as its discard bit, with annals' dictionaries and with Phoenix's (whose names
// may begin with a loose word), over every token of a few texts, each
// token tried with no lemma and with its neighbour's form as a lemma.
func TestBeginsAt(t *testing.T) {
	own, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	dicts := map[string]*dict.Dict{"annals": own, "small": mustDict(t)}
	if dir := "../../shared/dictionaries/phoenix"; dirExists(dir) {
		files, err := dict.PhoenixFiles(os.DirFS(dir), ".")
		if err != nil {
			t.Fatal(err)
		}
		pd, err := dict.LoadPetrarch(os.DirFS(dir), files)
		var l dict.ErrorList
		if err != nil && !errors.As(err, &l) {
			t.Fatal(err)
		}
		dicts["phoenix"] = pd
	}
	texts := []string{
		"The Taliban met with EU and US envoys in Doha on Monday.",
		"The foreign minister and police officers said the United States would meet the European Union.",
		"President Vladimir Putin told Secretary-General Antonio Guterres that Russia's army left Ukraine.",
		"Box office takings rose as the White House and Islamic State-Khorasan clashed; IS-K denied it.",
		"Japan's finance ministry, the Bank of England and OPEC oil ministers agreed to cut output.",
	}
	for name, d := range dicts {
		found := 0
		for _, s := range texts {
			toks := text.Tokenize(s, nil)
			for i := range toks {
				for _, lemma := range []string{"", toks[(i+1)%len(toks)].Norm} {
					toks[i].Lemma = lemma
					b := d.BeginsAt(&toks[i])
					if may := d.MayDiscard(&toks[i]); may != (b&dict.BeginsDiscard != 0) {
						t.Errorf("%s: MayDiscard(%q) = %v, BeginsAt's discard bit says otherwise", name, toks[i].Norm, may)
					}
					checks := []struct {
						bit   dict.Begins
						match func() bool
					}{
						{dict.BeginsActor, func() bool { _, a := d.MatchActor(toks, i); return a != nil }},
						{dict.BeginsAgent, func() bool { _, g := d.MatchAgent(toks, i); return g != nil }},
						{dict.BeginsDiscard, func() bool { _, x := d.MatchDiscard(toks, i); return x != nil }},
					}
					for _, c := range checks {
						m := c.match()
						if m {
							found++
						}
						if m && b&c.bit == 0 {
							t.Errorf("%s: BeginsAt(%q, lemma %q) = %b rules out a match (bit %b) in %q", name, toks[i].Norm, lemma, b, c.bit, s)
						}
					}
				}
				toks[i].Lemma = ""
			}
		}
		if found == 0 {
			t.Errorf("%s: no name found: the test checks nothing", name)
		}
	}
	// Most words begin no name: the filters must rule them out (a word
	// whose hash met a name's would need changing here).
	if b := own.BeginsAt(&annals.Token{Norm: "the"}); b&dict.BeginsActor != 0 {
		t.Errorf(`BeginsAt("the") = %b: the actor filter rules nothing out`, b)
	}
}

func dirExists(dir string) bool {
	st, err := os.Stat(dir)
	return err == nil && st.IsDir()
}

// TestBeginsAtOverArticles checks BeginsAt as TestBeginsAt does over
// every token of Reuters articles, segmented and tagged so that tokens
// carry their case flags and lemmas, and that the split first-word
// filters rule out most tokens in lower case for actors, whose names
// are mostly written with capitals.
func TestBeginsAtOverArticles(t *testing.T) {
	d, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	seg := text.New()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &annals.Doc{}
	found, lower, lowerActor := 0, 0, 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 300) {
		doc.Reset(a)
		if seg.Annotate(context.Background(), doc) != nil || tg.Annotate(context.Background(), doc) != nil {
			continue
		}
		for _, s := range doc.Sentences {
			toks := doc.Tokens[:s.Tokens.End]
			for i := s.Tokens.Start; i < s.Tokens.End; i++ {
				b := d.BeginsAt(&toks[i])
				if toks[i].Flags&(annals.Cap|annals.AllCaps) == 0 {
					lower++
					if b&dict.BeginsActor != 0 {
						lowerActor++
					}
				}
				_, ac := d.MatchActor(toks, i)
				_, ag := d.MatchAgent(toks, i)
				_, x := d.MatchDiscard(toks, i)
				for _, c := range []struct {
					bit   dict.Begins
					found bool
				}{{dict.BeginsActor, ac != nil}, {dict.BeginsAgent, ag != nil}, {dict.BeginsDiscard, x != nil}} {
					if c.found {
						found++
					}
					if c.found && b&c.bit == 0 {
						t.Errorf("%s: BeginsAt(%q, lemma %q, flags %b) = %b rules out a match (bit %b)", a.ID, toks[i].Norm, toks[i].Lemma, toks[i].Flags, b, c.bit)
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no name found: the test checks nothing")
	}
	if lowerActor*10 > lower {
		t.Errorf("BeginsAt lets %d of %d tokens in lower case through to MatchActor: the filters rule out too little", lowerActor, lower)
	}
	t.Logf("%d names found; %d of %d tokens in lower case may begin an actor", found, lowerActor, lower)
}
