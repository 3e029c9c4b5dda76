package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// armsWords, right before a strike noun, make it a blow of arms rather than
// a stoppage of work: "a missile strike on the tanker", "air strikes
// against".
var armsWords = map[string]bool{
	"missile": true, "air": true, "military": true, "retaliatory": true, "naval": true,
	"rocket": true, "artillery": true, "nuclear": true, "pre-emptive": true, "preemptive": true,
	"surgical": true, "commando": true, "silkworm": true, "bombing": true,
}

// labourWords anywhere in a sentence put a strike among workers: "a strike
// against the government's wage freeze by 5,000 workers".
var labourWords = map[string]bool{
	"worker": true, "workers": true, "union": true, "unions": true, "employee": true, "employees": true,
	"wage": true, "wages": true, "pay": true, "miners": true, "dockers": true, "dockworkers": true,
	"seamen": true, "strikers": true, "walkout": true, "stoppage": true, "labour": true, "labor": true,
}

// armedStrike reports whether the strike noun at t, followed by "on" or
// "against", is a blow of arms that the noun pattern "~strike on|against +"
// codes as 190: a word of arms before it ("a missile strike on"), or a
// state or its forces owning it ("the U.S. strike on an Iranian oil
// platform") in a sentence with no word of labour. A workers' "strike
// against the government" stays with the strike readers (codeStrikeBy,
// workplaceStrike).
func (sc *sentCtx) armedStrike(t int) bool {
	toks := sc.doc.Tokens
	if t+1 >= sc.end || (toks[t+1].Norm != "on" && toks[t+1].Norm != "against") {
		return false
	}
	if t > sc.start && armsWords[toks[t-1].Norm] {
		return true
	}
	for i := sc.start; i < sc.end; i++ {
		if labourWords[toks[i].Norm] && toks[i].Tag != annals.NNP && toks[i].Tag != annals.NNPS { // not "the Soviet Union"
			return false
		}
	}
	owner := sc.nounOwner(t)
	if len(owner) == 0 {
		owner = sc.adjectiveOwner(t)
	}
	if len(owner) == 0 {
		return false
	}
	code := sc.doc.Mentions[owner[0]].Code
	return len(code) == 3 || strings.HasSuffix(code, "GOV") || strings.HasSuffix(code, "MIL")
}
