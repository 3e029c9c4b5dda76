package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// accordNouns are the plural nouns of deals that each party of a list
// may have made on its own: "agreements reached by Indonesia, Venezuela
// and Brazil" are each country's deals with others.
var accordNouns = map[string]bool{
	"agreement": true, "accord": true, "deal": true, "pact": true, "contract": true, "treaty": true,
}

// eachOwnAccords reports whether a passive participle with no auxiliary
// modifies a plural deal noun right before it and names three or more
// parties by "by" ("compared with agreements reached by Indonesia,
// Venezuela and Brazil"): the deals are each party's with others the text
// does not name, not one pact among the listed (round 73). One deal so
// named ("February's stabilisation agreement reached here by Baker and
// the Finance Ministers of Japan, Germany, France, Britain and Canada")
// stays their ring, and so does a passive with its auxiliary ("the
// agreements were signed by").
func (sc *sentCtx) eachOwnAccords(vg *annals.VerbGroup, by []int) bool {
	if len(by) < 3 || vg.Tokens.Len() != 1 || vg.Tokens.Start <= sc.start {
		return false
	}
	toks := sc.doc.Tokens
	n := &toks[vg.Tokens.Start-1]
	return toks[vg.Tokens.Start].Tag == annals.VBN && n.Tag == annals.NNS && accordNouns[n.Lemma]
}

// employerWords name a private employer or its side in a labour dispute:
// "stopping outside private banks", "owners General Mining Union Corp".
var employerWords = map[string]bool{
	"private": true, "owner": true, "employer": true, "management": true, "shareholder": true,
}

// stateWords say an employer is the state's: "miners employed by the
// state corporation Comibol".
var stateWords = map[string]bool{
	"state": true, "state-owned": true, "state-run": true, "government": true, "nationalised": true,
	"nationalized": true, "public": true, "government-owned": true, "ministry": true,
}

// privateDispute reports whether a protest or strike (root 14) by workers
// (a union or a firm's staff, coded LAB or BUS) that names no one it is
// against is told in a sentence that names a private employer: a firm
// among the sentence's other actors or a word for the employer's side
// ("Groups of strikers marched ..., stopping outside private banks to
// chant slogans"; "miners resumed work at the Grootvlei gold mine ...
// after protesting the transfer of colleagues, owners General Mining
// Union Corp Ltd said"). The convention codes a union–employer dispute
// only when the employer is state-run, so neither the story's government
// nor anyone is the target and no event is coded (round 73). A word for
// the state anywhere in the sentence, or "private" said of the
// protesters themselves ("Private traders protested that EPAC was being
// permitted"), leaves the protest as it was.
func (c *Coder) privateDispute(sc *sentCtx, v *dict.Verb, subj []int) bool {
	if len(subj) == 0 || subj[0] < 0 {
		return false
	}
	if info, ok := c.cb.Lookup(v.Code); !ok || info.Root != "14" {
		return false
	}
	src := &sc.doc.Mentions[subj[0]]
	if !strings.HasSuffix(src.Code, "LAB") && !strings.HasSuffix(src.Code, "BUS") {
		return false
	}
	toks := sc.doc.Tokens
	private := false
	for k := sc.start; k < sc.end; k++ {
		switch {
		case stateWords[toks[k].Lemma] || stateWords[toks[k].Norm]:
			return false
		case employerWords[toks[k].Lemma] && (k < src.Tokens.Start-1 || k >= src.Tokens.End):
			private = true
		}
	}
	if private {
		return true
	}
	for _, k := range sc.ments {
		if m := &sc.doc.Mentions[k]; m != src && strings.HasSuffix(m.Code, "BUS") {
			return true
		}
	}
	return false
}
