package tag_test

import (
	"context"
	"github.com/annals-project/annals/internal/corpus"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestSurvey lists, over Wikinews articles 0-139 and the first Reuters
// articles, the most frequent signs of tagging trouble: lemmas the lexicon
// does not know (a wrongly undone inflection) and finite verb tags right
// after a determiner or possessive (a noun read as a verb). It is a tool
// for developers, run with TAG_SURVEY=1.
func TestSurvey(t *testing.T) {
	if os.Getenv("TAG_SURVEY") == "" {
		t.Skip("set TAG_SURVEY=1 to survey the corpora")
	}
	var docs []*annals.Doc
	docs = append(docs, corpusDocs(t, "wikinews.jsonl", 140)...)
	docs = append(docs, corpusDocs(t, "reuters21578.jsonl", 3000)...)
	tg := MustTagger(t)
	unknown := map[string]int{}
	afterDet := map[string]int{}
	twoFinite := map[string]int{}
	reinflect := map[string]int{}
	for _, d := range docs {
		if err := tg.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for i, tk := range d.Tokens {
			switch tk.Tag {
			case annals.NNS, annals.VBZ, annals.VBD, annals.VBN, annals.VBG:
				if tk.Lemma != tk.Norm && !tag.Known(tk.Lemma) {
					unknown[tk.Tag.String()+" "+tk.Norm+" -> "+tk.Lemma]++
				}
			}
			if !regularOf(tk) {
				reinflect[tk.Tag.String()+" "+tk.Norm+" -> "+tk.Lemma]++
			}
			if i+1 < len(d.Tokens) && (tk.Tag == annals.VBZ || tk.Tag == annals.VBP || tk.Tag == annals.VBD) {
				switch d.Tokens[i+1].Tag {
				case annals.VBZ, annals.VBP, annals.VBD, annals.MD:
					twoFinite[tk.Norm+"/"+tk.Tag.String()+" "+d.Tokens[i+1].Norm+"/"+d.Tokens[i+1].Tag.String()]++
				}
			}
			if i > 0 && (tk.Tag == annals.VBZ || tk.Tag == annals.VBD || tk.Tag == annals.VBP) {
				switch p := d.Tokens[i-1].Tag; p {
				case annals.DT, annals.PRPS, annals.POS:
					if d.Tokens[i-1].Norm != "that" && d.Tokens[i-1].Norm != "all" && d.Tokens[i-1].Norm != "this" && d.Tokens[i-1].Norm != "these" && d.Tokens[i-1].Norm != "both" && d.Tokens[i-1].Norm != "each" {
						afterDet[d.Tokens[i-1].Norm+" "+tk.Norm+"/"+tk.Tag.String()]++
					}
				}
			}
		}
	}
	show := func(title string, m map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var s []kv
		for k, v := range m {
			s = append(s, kv{k, v})
		}
		sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v || s[i].v == s[j].v && s[i].k < s[j].k })
		t.Logf("%s (%d kinds)", title, len(s))
		for i := 0; i < len(s) && i < n; i++ {
			t.Logf("%5d %s", s[i].v, s[i].k)
		}
	}
	show("lemmas not in the lexicon", unknown, 60)
	show("finite verbs after a determiner or possessive", afterDet, 60)
	show("two finite verbs in a row", twoFinite, 60)
	show("regular forms whose lemma does not give them back", reinflect, 60)
}

// regularOf reports whether tk's form is what the regular inflection of
// its lemma gives, for -ed and -ing forms; other tokens pass.
func regularOf(tk annals.Token) bool {
	l, f := tk.Lemma, tk.Norm
	var suf string
	switch {
	case (tk.Tag == annals.VBD || tk.Tag == annals.VBN) && strings.HasSuffix(f, "ed"):
		suf = "ed"
	case tk.Tag == annals.VBG && strings.HasSuffix(f, "ing"):
		suf = "ing"
	default:
		return true
	}
	if l == "" || l == f || !strings.HasPrefix(f, l[:len(l)-1]) {
		return true // irregular or guessed
	}
	ok := []string{l + suf, l + l[len(l)-1:] + suf}
	if strings.HasSuffix(l, "e") {
		ok = append(ok, l[:len(l)-1]+suf, l+"d")
	}
	if strings.HasSuffix(l, "y") && suf == "ed" {
		ok = append(ok, l[:len(l)-1]+"ied")
	}
	if strings.HasSuffix(l, "ie") && suf == "ing" {
		ok = append(ok, l[:len(l)-2]+"ying")
	}
	if strings.HasSuffix(l, "c") {
		ok = append(ok, l+"k"+suf)
	}
	for _, o := range ok {
		if o == f {
			// the doubled form is right only when the lemma does not
			// itself end in e: "raped" is not "rap" + "ed"
			return !(o == l+suf && strings.HasSuffix(l, "") && false)
		}
	}
	return false
}

// corpusDocs reads and segments the first n articles of a shared corpus
// that segment (blank or invalid ones are passed over).
func corpusDocs(tb testing.TB, name string, n int) []*annals.Doc {
	tb.Helper()
	seg := text.New()
	var docs []*annals.Doc
	corpus.Each(tb, name, func(a annals.Article) bool {
		doc := &annals.Doc{Article: a}
		if seg.Annotate(context.Background(), doc) == nil {
			docs = append(docs, doc)
		}
		return len(docs) < n
	})
	return docs
}
