package event

import "github.com/annals-project/annals"

// Positions as places. "Japan attacked the U.S. position on rice" attacks
// a stance in words (111), but "Israeli helicopter gunships attacked
// Palestinian guerrilla positions near Sidon" and "Iraqi troops attacked
// Iranian positions" strike the ground a force holds: the attack stays
// force (19). The armed sense shows in the attacker (a military actor or a
// noun of arms right before the verb) or in a place phrase after the
// object ("positions east of Basra", "positions near Sidon").

// armedNouns name forces and weapons that attack ground, not stances.
var armedNouns = map[string]bool{
	"troop": true, "force": true, "soldier": true, "army": true, "navy": true,
	"gunship": true, "helicopter": true, "jet": true, "warplane": true,
	"plane": true, "aircraft": true, "bomber": true, "fighter": true,
	"artillery": true, "tank": true, "warship": true, "division": true,
	"unit": true, "brigade": true, "battalion": true, "guard": true,
	"guerrilla": true, "rebel": true, "militia": true, "militiaman": true,
	"commando": true, "gunboat": true, "infantry": true,
}

// placePreps follow a position held on the ground: "positions near Sidon",
// "east of Basra", "along the border", "on the southern front".
var placePreps = map[string]bool{
	"near": true, "east": true, "west": true, "north": true, "south": true,
	"along": true, "inside": true, "outside": true, "around": true, "across": true,
}

// armedPositions reports whether the object at obj of the attack verb
// group vg is "position(s)" in the sense of ground a force holds.
func (sc *sentCtx) armedPositions(vg *annals.VerbGroup, obj int) bool {
	toks := sc.doc.Tokens
	if obj < 0 || lemma(&toks[obj]) != "position" {
		return false
	}
	if n := obj + 1; n < sc.end && (placePreps[toks[n].Norm] || toks[n].Norm == "held" || toks[n].Norm == "on" && sc.frontAfter(n+1)) {
		return true
	}
	if s := vg.Tokens.Start - 1; s >= sc.start && armedNouns[lemma(&toks[s])] {
		return true
	}
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.End == vg.Tokens.Start && len(m.Code) >= 6 && (m.Code[3:6] == "MIL" || m.Code[3:6] == "REB") {
			return true
		}
	}
	return false
}

// frontAfter reports whether "front" ends the short noun phrase at j:
// "on the southern front".
func (sc *sentCtx) frontAfter(j int) bool {
	toks := sc.doc.Tokens
	for end := j + 4; j < sc.end && j < end; j++ {
		if toks[j].Norm == "front" {
			return true
		}
		if t := toks[j].Tag; t != annals.DT && t != annals.JJ && !t.IsNoun() {
			return false
		}
	}
	return false
}
