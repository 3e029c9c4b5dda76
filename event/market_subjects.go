package event

import (
	"slices"

	"github.com/annals-project/annals"
)

// marketHeads are the head nouns of an economic quantity or good: a
// market, a price, a stock, a trade flow, a currency. A country word
// that only modifies such a noun ("U.S. oil stocks rallied", "U.S. corn
// imports injure Canadian farmers", "Soviet mercury sales ... threaten
// to capture 25 pct of the EC market", "the Brazilian debt problem will
// continue to hang over the banking industry") names where the quantity
// lies; the quantity, not the state, is the subject, and a verb of
// politics said of it is an economic sense (prices fight, stocks rally,
// imports injure). Tariffs, quotas, sanctions and demands are acts of a
// state and are not listed.
var marketHeads = map[string]bool{
	"stock": true, "stocks": true, "share": true, "shares": true, "equity": true, "equities": true,
	"import": true, "imports": true, "export": true, "exports": true, "sale": true, "sales": true,
	"price": true, "prices": true, "market": true, "markets": true, "debt": true, "problem": true,
	"currency": true, "dollar": true, "yen": true, "rate": true, "rates": true, "bond": true, "bonds": true,
	"output": true, "production": true, "crop": true, "crops": true, "shipment": true, "shipments": true,
	"deficit": true, "surplus": true, "economy": true, "index": true, "earnings": true, "profit": true,
	"profits": true, "futures": true, "yield": true, "yields": true, "reserves": true, "inflation": true,
	"growth": true, "purchases": true, "supplies": true, "supply": true,
}

// linkVerbs may stand between a subject and the verb it governs: "the
// Brazilian debt problem will continue to hang over the banking industry".
var linkVerbs = map[string]bool{"continue": true, "seem": true, "appear": true, "begin": true, "start": true}

// marketSubject reports whether source mention k is a country word that
// only modifies the economic noun heading its phrase ("U.S. oil stocks",
// "the Brazilian debt problem", "Japan's car exports"), so that the noun
// is the verb's subject and no state acts. The phrase must end right
// before the verb group (adverbs and modals aside), so the noun is the
// verb's subject, and the event noun itself ("U.S. demands for veto
// powers", "U.S. tariffs") is never such a head.
func (sc *sentCtx) marketSubject(k int, vg *annals.VerbGroup) bool {
	if k < 0 {
		return false
	}
	m := &sc.doc.Mentions[k]
	toks := sc.doc.Tokens
	j := m.Tokens.End
	if m.Part.End > 0 || m.Tokens.Start < sc.start || j >= sc.end || j >= vg.Tokens.Start {
		return false
	}
	if toks[j].Tag == annals.POS {
		j++ // "Japan's car exports"
	}
	head := -1
	for ; j < sc.end && j < vg.Tokens.Start && j < m.Tokens.End+5; j++ {
		tk := &toks[j]
		if tk.Flags&annals.Cap != 0 {
			return false // "U.S. Treasury", "Bank of Japan": a name goes on
		}
		if tk.Tag == annals.NN || tk.Tag == annals.NNS {
			head = j
			continue
		}
		if tk.Tag == annals.JJ || tk.Tag == annals.CD {
			continue
		}
		break
	}
	if head < 0 || !marketHeads[toks[head].Norm] {
		return false
	}
	for j = head + 1; j < vg.Tokens.Start; j++ {
		if toks[j].Tag != annals.RB && toks[j].Tag != annals.MD && toks[j].Tag != annals.TO && !linkVerbs[toks[j].Lemma] {
			return false // "halted Brazilian exports, today held pay talks": the phrase is not the verb's subject
		}
	}
	return true
}

// accusedStateCharge reports whether a "charged ... with" coded as a
// criminal charge (173) names a state or an international body as the
// charged party and no police or court as the one charging: "the European
// Community Commission has charged the United States with breaking
// international trade rules" is an accusation (112 by the convention),
// as no one arrests or tries a state.
func (c *Coder) accusedStateCharge(doc *annals.Doc, code string, vg *annals.VerbGroup, srcs, tgts []int) bool {
	if code != "173" || len(tgts) == 0 || len(srcs) == 0 || doc.Tokens[vg.Head].Lemma != "charge" {
		return false
	}
	var country []string
	for _, s := range srcs {
		ref := c.actorRef(doc, s, "")
		if len(ref.Code) < 3 || len(ref.Code) >= 6 && (ref.Code[3:6] == "COP" || ref.Code[3:6] == "JUD") {
			return false
		}
		country = append(country, ref.Code[:3])
	}
	for _, t := range tgts {
		if t < 0 {
			return false
		}
		ref := c.actorRef(doc, t, "")
		if len(ref.Code) != 3 && (len(ref.Code) < 3 || ref.Code[:3] != "IGO") {
			return false // "charged two officials with": people can be charged
		}
		if slices.Contains(country, ref.Code[:3]) {
			return false // "the federal department of energy charged Gulf Canada with eight counts": a firm named by its country, charged at home
		}
	}
	return true
}
