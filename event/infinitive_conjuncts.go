package event

import (
	annals "github.com/annals-project/annals"
)

// objectControlVerbs take an object and an infinitive whose doer is that
// object: "expected the new pact to stabilise prices", "wanted Japan to
// cut rates".
var objectControlVerbs = map[string]bool{
	"expect": true, "want": true, "allow": true, "enable": true, "help": true,
	"encourage": true, "urge": true, "ask": true, "force": true, "persuade": true,
	"require": true, "need": true, "cause": true, "prompt": true, "invite": true,
	"tell": true, "lead": true, "press": true,
}

// infinitiveConjunct reports whether the act is a bare verb joined by
// "and" or "or" to an infinitive whose doer is the object of a verb like
// "expect" standing after the source: "the officials also said they
// expect the government's new trade insurance law to boost imports and
// encourage Japanese companies to set up production facilities", "they
// expected the new pact to continue to stabilise prices and help their
// rubber industries". The bare verb shares the infinitive's doer, the law
// or the pact, not the subject the source was taken from; and the act is
// only expected or wished. A verb with its own auxiliary or tense ("and
// has asked Venezuela", "and discussed this with Shultz") is a conjunct
// of the main verb and keeps the event.
func (sc *sentCtx) infinitiveConjunct(vg *annals.VerbGroup, srcs []int) bool {
	toks := sc.doc.Tokens
	vs := vg.Tokens.Start
	if vg.Tokens.Len() != 1 || vg.Modal != "" || vs-1 <= sc.start || vs >= sc.end {
		return false
	}
	if t := toks[vg.Head].Tag; t != annals.VB && t != annals.VBP {
		return false
	}
	if n := toks[vs-1].Norm; n != "and" && n != "or" {
		return false
	}
	srcEnd := sc.start
	for _, s := range srcs {
		if s >= 0 && s < len(sc.doc.Mentions) {
			srcEnd = max(srcEnd, sc.doc.Mentions[s].Tokens.End)
		}
	}
	to := -1 // the nearest "to" before the conjunction seen so far
	for j := vs - 2; j >= srcEnd && j >= sc.start; j-- {
		tk := &toks[j]
		if tk.Norm == ";" {
			return false
		}
		if tk.Tag == annals.TO {
			to = j
			continue
		}
		if to < 0 || !tk.Tag.IsVerb() {
			continue
		}
		if j+1 < to && objectControlVerbs[lemma(tk)] && !sc.verbBetween(j+1, to) {
			return true // "expect the law to boost ... and encourage"
		}
	}
	return false
}
