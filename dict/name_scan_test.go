package dict

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestNextNameAgrees checks that NextName stops where a loop calling
// BeginsAt stops, with BeginsAt's answer, over runs of tokens made of
// every word of the dictionaries (annals' own and, where the shared
// folder has them, Phoenix's), each with the lemmas, flags and the
// stop words that send NextName down each of its paths.
func TestNextNameAgrees(t *testing.T) {
	const stop = annals.Cap | annals.Hyphen
	reference := func(d *Dict, toks []annals.Token, i, end int) (int, Begins) {
		for ; i < end; i++ {
			tk := &toks[i]
			if tk.Flags&stop != 0 || tk.Norm == "the" || tk.Norm == "<" {
				return i, 0
			}
			if b := d.BeginsAt(tk); b&(BeginsActor|BeginsAgent) != 0 {
				return i, b
			}
		}
		return end, 0
	}
	flags := []annals.TokFlag{0, 0, annals.AllCaps, annals.Punct, annals.Cap, annals.Hyphen}
	for name, d := range ownAndPhoenix(t) {
		var words []string
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			words = append(words, tr.vocabWords()...)
		}
		words = append(words, "the", "<", "said", "market", "talks", "")
		stops := 0
		for k, w := range words {
			lemmas := []string{"", w, words[(k*7+3)%len(words)], w + "s"}
			for li, l := range lemmas {
				toks := []annals.Token{
					{Norm: "plain"},
					{Norm: w, Lemma: l, Flags: flags[(k+li)%len(flags)]},
					{Norm: words[(k*13+1)%len(words)], Lemma: lemmas[(li+1)%len(lemmas)]},
				}
				for i := 0; i <= len(toks); i++ {
					gi, gb := d.NextName(toks, i, len(toks), stop)
					wi, wb := reference(d, toks, i, len(toks))
					if gi != wi || gb != wb {
						t.Fatalf("%s: NextName over %+v from %d = %d, %b; BeginsAt's loop gives %d, %b", name, toks, i, gi, gb, wi, wb)
					}
					if i == 1 && wi == 1 && wb != 0 {
						stops++
					}
				}
			}
		}
		if stops == 0 {
			t.Errorf("%s: NextName stopped at no word for a name", name)
		}
	}
}
