package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Force is often aimed at ground or at a plant rather than at people: "Iran
// stop ... shelling its towns", "its warplanes attacked the pipeline network
// through which oil is pumped to Iran's main oil terminal at Kharg Island",
// "guerrillas attacked security bases", "attacked the Qutaiba front". The
// object is no actor, so the act is coded with no target, though the
// conventions (eval/testdata/README.md) code an attack on a country's
// territory, towns or installations as an attack on that country, and an
// insurgents' attack on security bases as one on their state's forces.
// A news report names whose the place is in one of a few ways: a
// possessive or a nationality adjective on the object ("Iran's Kharg
// terminal", "Iraqi territory"), a place the gazetteer puts in a country
// ("at Kharg Island"), or "its" for the enemy, a state not shelling its own
// towns. A war dispatch that names none means the other side of the war:
// the front, the positions or the bases a state's army attacks are its
// enemy's. The attacker's own state is never its target, and a country
// named only to measure a distance ("120 miles east of Bahrain") owns
// nothing.

// placeNouns head the objects of force that are ground or installations.
// The value is true for military ones, which rebels' attacks aim at the
// state's forces.
var placeNouns = map[string]bool{
	"territory": false, "town": false, "city": false, "village": false, "port": false,
	"terminal": false, "pipeline": false, "platform": false, "rig": false, "installation": false,
	"facility": false, "refinery": false, "oilfield": false, "field": false, "station": false,
	"jetty": false, "depot": false, "target": false, "island": false, "airport": false,
	"base": true, "position": true, "front": true, "post": true, "outpost": true,
	"garrison": true, "checkpoint": true, "barracks": true, "airbase": true, "airfield": true,
	"fortification": true, "stronghold": true,
}

// systemNouns head a phrase whose installations a noun before them names:
// "the pipeline network", "the port complex".
var systemNouns = map[string]bool{"network": true, "system": true, "complex": true, "area": true}

// securityWords before a place noun make it the security forces' ("security
// bases", "a military communications station", "police posts").
var securityWords = map[string]string{
	"security": "MIL", "military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL",
	"police": "COP", "government": "GOV",
}

// locatives are the prepositions of a phrase that places the object
// ("the terminal at Kharg Island", "positions east of Basra"); another
// preposition ("for", "with", "after") starts what is no part of it.
var locatives = map[string]bool{
	"at": true, "in": true, "of": true, "near": true, "off": true, "on": true, "into": true,
	"inside": true, "outside": true, "across": true, "along": true, "through": true, "from": true,
}

// reasonNouns give the reason of an act: "in retaliation for", "in
// response to".
var reasonNouns = map[string]bool{
	"response": true, "retaliation": true, "reprisal": true, "revenge": true, "reply": true, "protest": true,
}

// distanceWords measure a distance from a landmark: "120 miles east of".
var distanceWords = map[string]bool{
	"mile": true, "miles": true, "km": true, "kilometre": true, "kilometres": true,
	"kilometer": true, "kilometers": true, "kms": true,
}

// compassWords give a bearing from a landmark.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true,
}

// placeTarget returns, for an act of roots 18 to 20 that found no target,
// the owner of the place or installation its active verb's object names,
// with a note; else tgts and notes unchanged.
func (c *Coder) placeTarget(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, srcs, tgts []int, notes []string) ([]int, []string) {
	if !sc.own || len(srcs) != 1 || vg.Passive || len(v.Code) < 2 {
		return tgts, notes
	}
	if r := v.Code[:2]; r != "18" && r != "19" && r != "20" {
		return tgts, notes
	}
	if len(tgts) > 0 && sc.landmarks(tgts) {
		// "attacked the platform about 120 miles east of Bahrain": the
		// country measures a distance; the platform is the object.
		tgts, notes = nil, append(notes, "target: a landmark of a distance is not the place attacked")
	}
	if len(tgts) > 0 {
		return tgts, notes
	}
	start, head := sc.attackedPlace(vg, v.Pattern)
	if head < 0 {
		return tgts, notes
	}
	src := sc.doc.Mentions[srcs[0]].Code
	own := stateOf(src)
	if own == "" {
		return tgts, notes
	}
	state := len(src) == 3 || len(src) == 6 && armedStateRoles[src[3:]]
	if state {
		if o := sc.placeOwner(start, head, own); o >= 0 {
			return []int{o}, append(notes, "target: the country that owns the place attacked")
		}
		if sc.enemyPronoun(start, head) || placeNouns[lemma(&sc.doc.Tokens[head])] {
			// "shelling its towns", "attacked the Qutaiba front": the enemy's.
			if f := sc.oneOtherState(own, sc.enemyPronoun(start, head)); f >= 0 {
				return []int{f}, append(notes, "target: the enemy state whose place is attacked")
			}
			if len(src) == 6 && src[3:] == "MIL" {
				if f := sc.storyFoe(own); f >= 0 {
					return []int{f}, append(notes, "target: the story's enemy, whose place is attacked")
				}
			}
		}
		return tgts, notes
	}
	if len(src) != 6 || src[3:] != "REB" {
		return tgts, notes
	}
	// Insurgents attack their own state's forces at their bases and posts.
	role := ""
	for j := start; j < head; j++ {
		if r := securityWords[sc.doc.Tokens[j].Norm]; r != "" {
			role = r
		}
	}
	if role == "" && placeNouns[lemma(&sc.doc.Tokens[head])] {
		role = "MIL"
	}
	if role == "" {
		return tgts, notes
	}
	if o := sc.placeOwner(start, head, ""); o >= 0 && stateOf(sc.doc.Mentions[o].Code) != own {
		return tgts, notes // a foreign state's base: whose forces, the text does not say
	}
	doc := sc.doc
	doc.Mentions = append(doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: head, End: head + 1},
		Name: own + " forces", Code: own + role, Entity: -1, Implied: true, Via: "context",
	})
	return []int{len(doc.Mentions) - 1}, append(notes, "target: the state forces whose installation the insurgents attack")
}

// attackedPlace returns the first token and the head of the object of verb
// group vg when it is a place or an installation, or -1s: "attacked the
// Qutaiba front", "shelling its towns", "mounted fresh attacks on the
// southern front" (past the pattern's own noun and its preposition).
func (sc *sentCtx) attackedPlace(vg *annals.VerbGroup, pattern string) (int, int) {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	for range 2 {
		for j < sc.end && (toks[j].Norm == "at" || toks[j].Norm == "on" || toks[j].Norm == "against" || toks[j].Norm == "upon") {
			j++
		}
		start, head := j, -1
		for ; j < sc.end; j++ {
			t := &toks[j]
			if sc.inTime(j) {
				break // "the southern front today"
			}
			if t.Tag == annals.NN || t.Tag == annals.NNS {
				head = j
				continue
			}
			switch t.Tag {
			case annals.DT, annals.JJ, annals.CD, annals.PRPS, annals.POS, annals.NNP, annals.NNPS:
				continue
			}
			break
		}
		if head < 0 {
			return -1, -1
		}
		w := lemma(&toks[head])
		if _, ok := placeNouns[w]; ok {
			return start, head
		}
		if systemNouns[w] {
			for k := head - 1; k >= start && (toks[k].Tag == annals.NN || toks[k].Tag == annals.NNS); k-- {
				if _, ok := placeNouns[lemma(&toks[k])]; ok {
					return start, k // "the pipeline network": the pipelines
				}
			}
		}
		if !patternWord(pattern, w) && !patternWord(pattern, toks[head].Norm) {
			return -1, -1 // "attacked several ships": a thing, no place
		}
	}
	return -1, -1
}

// enemyPronoun reports whether the object from start to head is owned by
// "its" or "their": with a state as the attacker, a state does not shell
// its own towns, so the pronoun stands for the enemy.
func (sc *sentCtx) enemyPronoun(start, head int) bool {
	for j := start; j < head; j++ {
		if n := sc.doc.Tokens[j].Norm; n == "its" || n == "their" {
			return true
		}
	}
	return false
}

// placeOwner returns the mention of the one state, other than own, that
// owns the object from start to head: a possessor or adjective in the
// phrase ("Iran's main oil terminal", "Iraqi territory"), or a country or
// place named in what follows it up to the clause's end ("the pipeline
// network through which oil is pumped to Iran's main oil terminal at Kharg
// Island"), a landmark of a distance aside. It returns -1 when none or
// two states are named.
func (sc *sentCtx) placeOwner(start, head int, own string) int {
	toks := sc.doc.Tokens
	end := head + 1
	for ; end < sc.end; end++ {
		t := &toks[end]
		if t.Flags&annals.Punct != 0 || t.Tag == annals.CC || t.Tag.IsVerb() && !sc.relativeBetween(head, end) {
			break
		}
		if t.Tag == annals.IN && !locatives[t.Norm] || reasonNouns[t.Norm] {
			break // "in response to a missile strike on the Kuwaiti tanker": why, not where
		}
	}
	owner, ownerState := -1, ""
	for mi := range sc.doc.Mentions {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < start || m.Tokens.Start >= end || m.Implied {
			continue
		}
		if m.Kind != annals.ActorMention && m.Kind != annals.PlaceMention {
			continue
		}
		st := stateOf(m.Code)
		if st == "" || st == own || len(m.Code) != 3 && !(len(m.Code) == 6 && armedStateRoles[m.Code[3:]] && !sc.person(m)) {
			continue
		}
		if sc.landmark(m.Tokens.Start) {
			continue
		}
		if ownerState != "" && st != ownerState {
			return -1
		}
		if owner < 0 {
			owner, ownerState = mi, st
		}
	}
	return owner
}

// relativeBetween reports whether a relative word ("which", "where",
// "that") stands after head and before token k: the verb at k is in a
// clause that describes the object.
func (sc *sentCtx) relativeBetween(head, k int) bool {
	for j := head + 1; j < k; j++ {
		switch sc.doc.Tokens[j].Tag {
		case annals.WDT, annals.WRB, annals.WP:
			return true
		}
	}
	return false
}

// landmark reports whether the name at token t is measured from: "about
// 120 miles east of Bahrain".
func (sc *sentCtx) landmark(t int) bool {
	toks := sc.doc.Tokens
	return t-3 >= sc.start && toks[t-1].Norm == "of" && compassWords[toks[t-2].Norm] && distanceWords[toks[t-3].Norm]
}

// oneOtherState returns the mention of the one warring state other than
// own that the sentence names, or -1 when it names none or two. With named
// set, "its" stands for the enemy, and a state named as a modifier counts
// ("an Iraqi moratorium on condition that Iran stop ... shelling its
// towns").
func (sc *sentCtx) oneOtherState(own string, named bool) int {
	if foe, ok := sc.otherState(own, named); ok {
		return foe
	}
	return -1
}

// otherState is oneOtherState's scan, shared with foeOf: ok is false when
// the sentence names a third party or two other states, so that no enemy
// can be told; otherwise foe is the one other warring state, or -1 when it
// names none.
func (sc *sentCtx) otherState(own string, named bool) (foe int, ok bool) {
	foe, foeState := -1, ""
	for _, list := range [2][]int{sc.ments, sc.places} {
		for _, mi := range list {
			m := &sc.doc.Mentions[mi]
			st := stateOf(m.Code)
			switch {
			case len(m.Code) < 3:
				continue
			case st == "":
				if stateless(m.Code) {
					return -1, false // "U.N. forces", "the Red Cross": a third party in the story
				}
				continue
			case st == own || !sc.armedState(m) && !(named && (len(m.Code) == 3 || len(m.Code) == 6 && armedStateRoles[m.Code[3:]])):
				continue // a people, its press or police, a person: not a warring state
			case foeState != "" && st != foeState:
				return -1, false // two other states: which one is the enemy the text does not say
			}
			if foe < 0 {
				foe, foeState = mi, st
			}
		}
	}
	return foe, true
}

// inTime reports whether token j lies in one of the sentence's time
// expressions.
func (sc *sentCtx) inTime(j int) bool {
	for _, r := range sc.times {
		if r.Start <= j && j < r.End {
			return true
		}
	}
	return false
}

// landmarks reports whether every mention in tgts is measured from.
func (sc *sentCtx) landmarks(tgts []int) bool {
	for _, t := range tgts {
		if t < 0 || t >= len(sc.doc.Mentions) || !sc.landmark(sc.doc.Mentions[t].Tokens.Start) {
			return false
		}
	}
	return true
}
