package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// holdingNouns are ground a force takes: "captured several Iraqi defence
// posts", "the airstrip captured by Chadian troops".
var holdingNouns = map[string]bool{
	"city": true, "town": true, "village": true, "territory": true, "base": true,
	"position": true, "airport": true, "district": true, "province": true,
	"capital": true, "area": true, "region": true, "hill": true, "port": true,
	"bridge": true, "stronghold": true, "airfield": true, "airstrip": true,
	"outpost": true, "post": true, "checkpoint": true, "fortification": true,
	"garrison": true, "island": true, "peninsula": true, "strip": true,
	"border": true, "front": true, "line": true, "ridge": true, "valley": true,
}

// placeCaptured reports whether a "capture" coded as an arrest (173) takes
// ground rather than people: its object's head ("captured several Iraqi
// defence posts") or, in the passive, the noun or country captured ("the
// Gaza Strip ... was captured by Israel", "the airstrip captured by
// Chadian troops") is a place, so the act is an occupation of territory
// (192), not a detention.
func (sc *sentCtx) placeCaptured(vg *annals.VerbGroup, v *dict.Verb, tgts []int) bool {
	if !strings.HasPrefix(v.Code, "173") || !strings.HasPrefix(v.Pattern, "capture") {
		return false
	}
	toks := sc.doc.Tokens
	if !vg.Passive {
		for j, n := vg.Tokens.End, 0; j < sc.end && n < 6; j, n = j+1, n+1 {
			t := &toks[j]
			if t.Tag == annals.NN || t.Tag == annals.NNS {
				if holdingNouns[lemma(t)] {
					return true
				}
				continue // "defence posts": a modifier noun before the head
			}
			switch t.Tag {
			case annals.DT, annals.JJ, annals.CD, annals.NNP, annals.NNPS, annals.POS:
			case annals.IN:
				if !partitiveOf(toks, j, vg.Tokens.End) {
					return false // "one of Iraq's fortifications": partitive_captures.go
				}
			default:
				return false
			}
		}
		return false
	}
	for _, t := range tgts {
		if t < 0 {
			continue
		}
		m := &sc.doc.Mentions[t]
		if m.Type == "COUNTRY" && len(m.Code) == 3 && m.Tokens.End > m.Tokens.Start && holdingNouns[lemma(&toks[m.Tokens.End-1])] {
			return true // "The Gaza Strip"
		}
	}
	// A reduced relative: "the key Ouadi Doum airstrip in northern Chad
	// captured by": the noun before the participle's phrase.
	for j, n := vg.Tokens.Start-1, 0; j > sc.start && n < 6; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Flags&annals.Punct != 0 || t.Tag >= annals.VB && t.Tag <= annals.VBZ {
			return false
		}
		if (t.Tag == annals.NN || t.Tag == annals.NNS) && holdingNouns[lemma(t)] {
			return true
		}
	}
	return false
}
