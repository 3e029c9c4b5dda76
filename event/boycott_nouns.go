package event

import (
	"strings"

	"github.com/annals-project/annals"

	"github.com/annals-project/annals/dict"
)

// boycottOfState turns the noun pattern "~boycott of +" (143, a protest by
// boycott) into the embargo 163 when what is boycotted is a state: "a trade
// boycott of South Africa and neighbouring Namibia" is one government's
// sanction on another, as CAMEO codes boycotts imposed on countries, while
// "an opposition boycott of parliament" and "a Taiwanese boycott of the
// ADB's annual meeting" stay protests. An embargo's maker is the state an
// adjective names ("a Swedish trade boycott of"), not the protesters that
// an unowned protest noun is given. A boycott of goods ("a boycott of
// Royal Dutch/Shell products") is a consumer's, aimed at no party: ok is
// false and nothing is coded.
func (sc *sentCtx) boycottOfState(v *dict.Verb, t int, srcs, objs []int) (w *dict.Verb, owners []int, ok bool) {
	if v.Code != "143" || lemma(&sc.doc.Tokens[t]) != "boycott" || len(objs) == 0 || objs[0] < 0 {
		return v, srcs, true
	}
	m := &sc.doc.Mentions[objs[0]]
	if !m.Implied && sc.goodsAfter(m.Tokens.End) {
		return v, srcs, false // the party only names whose goods: "Royal Dutch/Shell products"
	}
	if code := m.Code; len(code) != 3 && !(len(code) == 6 && strings.HasSuffix(code, "GOV")) {
		return v, srcs, true
	}
	embargo := *v
	embargo.Code = "163"
	if len(srcs) > 0 && srcs[0] >= 0 && sc.doc.Mentions[srcs[0]].Implied {
		if own := sc.adjectiveOwner(t); len(own) > 0 {
			srcs = own
		}
	}
	return &embargo, srcs, true
}

// goodsAfter reports whether a mention ending at token e only modifies the
// noun that follows it, past the rest of a name ("Royal Dutch/Shell
// products", "South African coal").
func (sc *sentCtx) goodsAfter(e int) bool {
	toks := sc.doc.Tokens
	for e < sc.end && (toks[e].Tag == annals.NNP || toks[e].Tag == annals.NNPS || toks[e].Norm == "/" || toks[e].Norm == "&") {
		e++
	}
	return e < sc.end && (toks[e].Tag == annals.NN || toks[e].Tag == annals.NNS)
}
