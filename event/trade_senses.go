package event

import (
	annals "github.com/annals-project/annals"
)

// This file holds the trade readings of verbs of force and of receiving.
// Trade news says that imports "injure" an industry, that a country
// "slapped a duty on" corn, that a state is "taking control of an oil
// consortium", that a firm "received Japanese government certification":
// no one is hurt, seized or received as a visitor. The object tells.

// tradeVictims are what dumped or subsidised imports injure: the words
// trade law uses for a domestic industry. People who may be hurt in the
// body (farmers, workers) are left out.
var tradeVictims = map[string]bool{
	"industry": true, "producer": true, "grower": true, "maker": true,
	"manufacturer": true, "exporter": true, "sector": true, "market": true,
	"economy": true, "business": true, "company": true, "firm": true,
	"trade": true, "processor": true, "refiner": true, "miller": true,
	"chipmaker": true, "automaker": true, "steelmaker": true,
}

// tradeAgents are the goods and practices that injure an industry: "they
// were being injured by Japan's unfair trade practices".
var tradeAgents = map[string]bool{
	"import": true, "export": true, "practice": true, "product": true,
	"good": true, "dumping": true, "subsidy": true, "competition": true,
	"shipment": true, "sale": true, "price": true, "policy": true,
}

// levyNouns are what a state "slaps" on goods: a trade measure, no blow.
var levyNouns = map[string]bool{
	"duty": true, "tariff": true, "tax": true, "levy": true, "surcharge": true,
	"quota": true, "penalty": true, "sanction": true, "embargo": true,
	"ban": true, "fee": true, "curb": true, "restriction": true,
}

// firmNouns are firms and stakes a party takes control of by buying
// them: "taking control of a Canadian-led oil consortium".
var firmNouns = map[string]bool{
	"consortium": true, "company": true, "firm": true, "stake": true,
	"bank": true, "corporation": true, "venture": true, "concern": true,
	"subsidiary": true, "unit": true, "business": true, "share": true,
	"group": true, "operation": true, "board": true, "airline": true,
	"refinery": true, "mine": true, "mill": true, "plant": true,
}

// grantNouns are papers a party receives from an authority: "received
// Japanese government certification", "a U.S. Army contract", "Fed
// approvals". The authority is no visitor received.
var grantNouns = map[string]bool{
	"certification": true, "certificate": true, "approval": true, "contract": true,
	"licence": true, "license": true, "permit": true,
	"permission": true, "clearance": true, "authorization": true,
	"authorisation": true, "award": true, "grant": true, "loan": true,
	"credit": true, "guarantee": true, "patent": true, "subsidy": true,
	"funding": true, "financing": true, "backing": true, "consent": true,
}

// tradeSense says what trade words make of a verb of force: drop is true
// when an industry is "injured" by imports or a firm is taken over;
// recode, when not empty, is the code of the trade measure ("slapped a
// duty on U.S. corn imports" is a sanction 163, no assault).
func (sc *sentCtx) tradeSense(vg *annals.VerbGroup, code string) (drop bool, recode, why string) {
	toks := sc.doc.Tokens
	head := lemma(&toks[vg.Head])
	switch {
	case (head == "injure" || head == "wound") && len(code) >= 2 && code[:2] == "18":
		if obj := sc.objectHead(vg); obj >= 0 && tradeVictims[lemma(&toks[obj])] {
			return true, "", "an industry injured by trade: no assault"
		}
		if vg.Passive && sc.agentIsTrade(vg) {
			return true, "", "injured by imports or trade practices: no assault"
		}
	case head == "slap" && code == "182" && sc.levyAfter(vg):
		return false, "163", "slapped a duty or a tariff on goods: a trade sanction, no assault"
	case sc.tradeCurb(vg, code):
		return false, "163", "a curb on imports or exports, or a border closed to goods: a trade sanction"
	case head == "take" && code == "192" && sc.holdingTaken(vg):
		return true, "", "took control of a firm or a stake: a purchase, no occupation"
	}
	return false, "", ""
}

// agentIsTrade reports whether the "by" phrase after a passive verb names
// goods or trade practices: "were being injured by Japan's unfair trade
// practices", "injured by Brazilian orange juice imports".
func (sc *sentCtx) agentIsTrade(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	for j < sc.end && toks[j].Tag == annals.RB {
		j++
	}
	if j >= sc.end || toks[j].Norm != "by" {
		return false
	}
	for k := j + 1; k < sc.end && k < j+9; k++ {
		t := &toks[k]
		if t.Tag.IsNoun() && tradeAgents[lemma(t)] {
			return true
		}
		if t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Tag == annals.IN || t.Tag == annals.STOP {
			return false
		}
	}
	return false
}

// levyAfter reports whether a levy noun stands in the words after the
// verb, before "on" or "against" and before any comma or other verb: "a
// 1.05 dlrs per bushel duty on U.S. corn imports".
func (sc *sentCtx) levyAfter(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for k := vg.Tokens.End; k < sc.end && k < vg.Tokens.End+9; k++ {
		t := &toks[k]
		if t.Norm == "on" || t.Norm == "against" || t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Tag == annals.STOP {
			return false
		}
		if t.Tag.IsNoun() && levyNouns[lemma(t)] {
			return true
		}
	}
	return false
}

// holdingTaken reports whether the noun phrase after "control of" ends in
// a firm or a stake: "taking control of a Canadian-led oil consortium".
func (sc *sentCtx) holdingTaken(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	of := -1
	for k := vg.Tokens.End; k < sc.end && k < vg.Tokens.End+4; k++ {
		if toks[k].Norm == "of" {
			of = k
			break
		}
	}
	if of < 0 {
		return false
	}
	last := -1
	for k := of + 1; k < sc.end && k < of+8; k++ {
		t := &toks[k]
		if t.Tag.IsNoun() {
			last = k
			continue
		}
		if t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.CD || t.Tag == annals.PRPS || t.Tag == annals.POS || t.Tag == annals.VBN {
			continue
		}
		break
	}
	return last >= 0 && firmNouns[lemma(&toks[last])]
}

// grantedBy reports whether the party after "received" only modifies a
// paper received from it: "received Japanese government certification".
func (sc *sentCtx) grantedBy(mi int) bool {
	if mi < 0 || mi >= len(sc.doc.Mentions) {
		return false
	}
	toks := sc.doc.Tokens
	for k := sc.doc.Mentions[mi].Tokens.End; k < sc.end && k < sc.doc.Mentions[mi].Tokens.End+3; k++ {
		t := &toks[k]
		if t.Tag == annals.NN || t.Tag == annals.NNS {
			if grantNouns[lemma(t)] {
				return true
			}
			continue
		}
		return false
	}
	return false
}
