package text_test

import (
	"context"
	"errors"
	"flag"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/internal/race"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// annotate runs a new Segmenter over an article, failing the test on error.
func annotate(tb testing.TB, title, body string) *annals.Doc {
	tb.Helper()
	d := &annals.Doc{Article: annals.Article{Title: title, Text: body}}
	if err := text.New().Annotate(context.Background(), d); err != nil {
		tb.Fatalf("Annotate: %v", err)
	}
	checkDoc(tb, d)
	return d
}

func sentenceTexts(d *annals.Doc) []string {
	var out []string
	for i := range d.Sentences {
		out = append(out, d.SentenceText(i))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"stops", "The talks began. They ended! Why? 2021 was hard.",
			[]string{"The talks began.", "They ended!", "Why?", "2021 was hard."}},
		{"lower case after stop", "It rose 5.93 mln. from last year.", []string{"It rose 5.93 mln. from last year."}},
		{"no space after stop", "See example.com and a.b.c.", []string{"See example.com and a.b.c."}},
		{"abbreviation before name", "Gen. Smith met Mr. Jones and Dr. Who.", []string{"Gen. Smith met Mr. Jones and Dr. Who."}},
		{"U.S. before noun", "U.S. officials met U.N. envoys.", []string{"U.S. officials met U.N. envoys."}},
		{"U.S. before name", "The U.S. Army left.", []string{"The U.S. Army left."}},
		{"No. before number", "He lives at No. 10 Downing St.", []string{"He lives at No. 10 Downing St."}},
		{"abbreviation ends sentence", "They met in the U.S. The talks failed.", []string{"They met in the U.S.", "The talks failed."}},
		{"company ends sentence", "It bought Acme Inc. He approved.", []string{"It bought Acme Inc.", "He approved."}},
		{"time ends sentence", "They met at 5 p.m. But nothing came of it.", []string{"They met at 5 p.m.", "But nothing came of it."}},
		{"title never ends", "He met Gen. The Hague sent envoys.", []string{"He met Gen. The Hague sent envoys."}},
		{"initials", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"quote ends sentence", `He said "We will go." Then they left.`, []string{`He said "We will go."`, "Then they left."}},
		{"curly quote ends sentence", "He said “We will go.” Then they left.", []string{"He said “We will go.”", "Then they left."}},
		{"next sentence opens with quote", `They left. "We will return," he said.`, []string{"They left.", `"We will return," he said.`}},
		{"question inside quote", `"Why?" he asked. "Because."`, []string{`"Why?" he asked.`, `"Because."`}},
		{"bracket", "They left. (Nobody stayed.) Then rain.", []string{"They left.", "(Nobody stayed.)", "Then rain."}},
		{"ellipsis", "We waited... Then it came... and went.", []string{"We waited...", "Then it came... and went."}},
		{"ellipsis character", "We waited… Then it came… and went.", []string{"We waited…", "Then it came… and went."}},
		{"misplaced closing mark before lower case",
			"“This is an informal technical discussion. It does not imply acceptance of the ‘interim government.’ “she stated",
			[]string{"“This is an informal technical discussion.", "It does not imply acceptance of the ‘interim government.’ “she stated"}},
		{"misplaced closing mark without stop",
			"“We believe in relations. We believe Afghanistan can avoid becoming unstable “Muttaqi, who led the team, said this.",
			[]string{"“We believe in relations.", "We believe Afghanistan can avoid becoming unstable “Muttaqi, who led the team, said this."}},
		{"single newline is whitespace", "The talks\nbegan. They\nended.", []string{"The talks\nbegan.", "They\nended."}},
		{"paragraph ends sentence", "No stop here\n\nnext paragraph starts lower", []string{"No stop here", "next paragraph starts lower"}},
		{"paragraph break with spaces", "One.\n \u00a0\t\nTwo.\r\n\r\nThree.", []string{"One.", "Two.", "Three."}},
		{"camel-case brand starts a sentence", "Apple sold more. iPhone sales rose.", []string{"Apple sold more.", "iPhone sales rose."}},
		{"spaced closing mark stays", "He said, 'Let's talk tomorrow.' \"\n\nThen it ended.", []string{"He said, 'Let's talk tomorrow.' \"", "Then it ended."}},
		{"case name", "It cited Roe v. Wade in court.", []string{"It cited Roe v. Wade in court."}},
		{"coordinator after abbreviation continues", "Exports to the U.S. And Japan rose.", []string{"Exports to the U.S. And Japan rose."}},
		{"non-English capital", "Done. Über alles.", []string{"Done.", "Über alles."}},
		{"sentence glued to a stop", "They rallied in North Carolina.Image: a supporter.",
			[]string{"They rallied in North Carolina.", "Image: a supporter."}},
		{"glued domain stays", "It sold on Amazon.Com today.", []string{"It sold on Amazon.Com today."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, "", tt.in)
			if got := sentenceTexts(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q:\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "  First line\nsame paragraph.  \n\n\n Second.\n \t\nThird \u00a0\n"
	d := annotate(t, "", in)
	want := []string{"First line\nsame paragraph.", "Second.", "Third"}
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, in[p.Start:p.End])
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("paragraphs %q, want %q", got, want)
	}
	for i, s := range d.Sentences {
		if s.Para != i {
			t.Errorf("sentence %d in paragraph %d", i, s.Para)
		}
		if !d.Tokens[s.Tokens.Start].Has(annals.ParaStart) {
			t.Errorf("sentence %d: first token lacks ParaStart", i)
		}
	}
}

func TestTitle(t *testing.T) {
	d := annotate(t, "  EU Meets Taliban. In Doha ", "The talks began. They ended.")
	if len(d.Sentences) != 3 {
		t.Fatalf("got %d sentences %q", len(d.Sentences), sentenceTexts(d))
	}
	s := d.Sentences[0]
	if !s.Title || s.Para != -1 || s.Start != 2 || s.End != 27 || s.Tokens != (annals.Range{Start: 0, End: 6}) {
		t.Errorf("title sentence %+v", s)
	}
	if got := d.SentenceText(0); got != "EU Meets Taliban. In Doha" {
		t.Errorf("title text %q", got)
	}
	if d.Tokens[0].Has(annals.ParaStart) || !d.Tokens[0].Has(annals.SentStart) {
		t.Errorf("title token flags %b", d.Tokens[0].Flags)
	}
	if s := d.Sentences[1]; s.Title || s.Para != 0 || s.Start != 0 || s.Tokens.Start != 6 {
		t.Errorf("first text sentence %+v", s)
	}
	if d := annotate(t, "Only a title", " \n "); len(d.Sentences) != 1 || len(d.Paragraphs) != 0 {
		t.Errorf("title-only article: %d sentences, %d paragraphs", len(d.Sentences), len(d.Paragraphs))
	}
	if d := annotate(t, " ", "Text."); len(d.Sentences) != 1 || d.Sentences[0].Title {
		t.Errorf("blank title became a sentence: %+v", d.Sentences)
	}
}

func TestAnnotateErrors(t *testing.T) {
	tests := []struct {
		name, title, text string
		msg               string // part of the message
	}{
		{"invalid text", "Title", "ab\xffcd", "text is not valid UTF-8 at byte 2"},
		{"invalid title", "T\xc3", "Text", "title is not valid UTF-8 at byte 1"},
		{"empty", "", "", "neither title nor text"},
		{"blank", " \u00a0", "\n\n\t", "neither title nor text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &annals.Doc{Article: annals.Article{Title: tt.title, Text: tt.text}}
			err := text.New().Annotate(context.Background(), d)
			if annals.ErrorCode(err) != annals.EINVALID || !strings.Contains(annals.ErrorMessage(err), tt.msg) {
				t.Fatalf("err = %v, want %s containing %q", err, annals.EINVALID, tt.msg)
			}
			if len(d.Tokens) != 0 || len(d.Sentences) != 0 {
				t.Errorf("doc changed on error")
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := &annals.Doc{Article: annals.Article{Text: "Text."}}
	if err := text.New().Annotate(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
}

// TestReuse checks that annotating a reset Doc gives the same layers
// without growing its slices, and that Annotate allocates at most the one
// string holding the Norms that differ from the text.
func TestReuse(t *testing.T) {
	if race.Enabled {
		t.Skip("allocation counts differ under the race detector")
	}
	a := annals.Article{Title: "Talks In Doha", Text: "The Taliban met EU envoys.\n\nThey talked. Nobody agreed."}
	sg := text.New()
	var d annals.Doc
	d.Reset(a)
	if err := sg.Annotate(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	first := d
	first.Tokens = append([]annals.Token(nil), d.Tokens...)
	first.Sentences = append([]annals.Sentence(nil), d.Sentences...)
	first.Paragraphs = append([]annals.Range(nil), d.Paragraphs...)
	tokPtr := &d.Tokens[0]
	d.Reset(a)
	if err := sg.Annotate(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	if &d.Tokens[0] != tokPtr {
		t.Error("reused Doc reallocated its tokens")
	}
	if !reflect.DeepEqual(first.Tokens, d.Tokens) || !reflect.DeepEqual(first.Sentences, d.Sentences) || !reflect.DeepEqual(first.Paragraphs, d.Paragraphs) {
		t.Error("second run differs from the first")
	}
	allocs := testing.AllocsPerRun(100, func() {
		d.Reset(a)
		if err := sg.Annotate(context.Background(), &d); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 1 {
		t.Errorf("Annotate allocates %.1f times per run, want <= 1", allocs)
	}
}

// TestSeed compares the sentences of the seed article with
// testdata/seed.golden; run with -update to rewrite it.
func TestSeed(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "mission", "seed-article.txt")
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("seed article %s not present; skipping", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	title, body, ok := strings.Cut(string(b), "\n\n")
	if !ok {
		t.Fatalf("%s: no blank line after the title", path)
	}
	d := annotate(t, title, body)
	var got strings.Builder
	for i, s := range d.Sentences {
		mark := "text"
		if s.Title {
			mark = "title"
		}
		got.WriteString(mark + "\t" + d.SentenceText(i) + "\n")
	}
	golden := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("seed sentences differ from %s (run with -update and review the diff):\n%s", golden, got.String())
	}
}

// TestCorpusInvariants annotates every Wikinews article and checks the
// structural invariants, and that Tokenize cuts the text exactly as
// Annotate does.
func TestCorpusInvariants(t *testing.T) {
	arts := corpus.Articles(t, "wikinews.jsonl", 0)
	sg := text.New()
	var d annals.Doc
	var buf []annals.Token
	nsent := 0
	for _, a := range arts {
		d.Reset(a)
		if err := sg.Annotate(context.Background(), &d); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		checkDoc(t, &d)
		nsent += len(d.Sentences)
		textToks := d.Tokens
		if d.Title != "" && len(d.Sentences) > 0 && d.Sentences[0].Title {
			textToks = d.Tokens[d.Sentences[0].Tokens.End:]
		}
		buf = text.Tokenize(d.Text, buf[:0])
		if len(buf) != len(textToks) {
			t.Fatalf("%s: Tokenize gives %d tokens, Annotate %d", a.ID, len(buf), len(textToks))
		}
		for i := range buf {
			got := textToks[i]
			got.Flags &^= annals.SentStart | annals.ParaStart
			if got != buf[i] {
				t.Fatalf("%s: token %d: Annotate %+v, Tokenize %+v", a.ID, i, got, buf[i])
			}
		}
	}
	t.Logf("%d articles, %d sentences", len(arts), nsent)
}

func FuzzAnnotate(f *testing.F) {
	f.Add("Under-pressure Taliban Leaders", "The Taliban met EU envoys.\n\n“We can’t ‘wait and see.’ We must act “Following talks, Borrell stated.")
	f.Add("", "U.S. officials met in the U.S. The talks (in Doha.) ended... \"Why?\" he asked.")
	f.Add("T", "\xff")
	f.Add(" ", "\n \n")
	f.Fuzz(func(t *testing.T, title, body string) {
		d := &annals.Doc{Article: annals.Article{Title: title, Text: body}}
		err := text.New().Annotate(context.Background(), d)
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Fatalf("error code %q: %v", annals.ErrorCode(err), err)
			}
			return
		}
		checkDoc(t, d)
	})
}

func BenchmarkAnnotate(b *testing.B) {
	arts := corpus.Articles(b, "reuters21578.jsonl", 2000)
	sg := text.New()
	var d annals.Doc
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a.Title) + len(a.Text))
	}
	b.SetBytes(bytes / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	sents, toks := 0, 0
	for i := 0; b.Loop(); i++ {
		d.Reset(arts[i%len(arts)])
		if err := sg.Annotate(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
		sents += len(d.Sentences)
		toks += len(d.Tokens)
	}
	sec := time.Since(start).Seconds()
	b.ReportMetric(float64(sents)/sec, "sent/s")
	b.ReportMetric(float64(toks)/sec, "tok/s")
}
