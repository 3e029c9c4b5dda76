package event

import (
	"github.com/annals-project/annals"
)

// A state mourning its own dead is no interaction between actors: "India
// grieves the passing away of Pranab Mukherjee", "the president expressed
// his sadness at Iyambo's death", "Paris is mourning its family", a
// successor who "attended funeral prayers" for his predecessor. The target
// such a statement finds is the dead, or its own people, not a party
// addressed, and the conventions code no event within one state that is
// not an act on someone. Condolences sent to the living ("offered
// condolences to the families", "sent their condolences to Trump") and
// grief over another state's dead (addressed to that state) stay events.

// griefVerbs are the lemmas of mourning that name no one addressed.
var griefVerbs = map[string]bool{"mourn": true, "grieve": true}

// deathNouns name a death that a statement of grief is about.
var deathNouns = map[string]bool{"death": true, "passing": true, "funeral": true, "burial": true, "loss": true}

// ownMourning reports whether an empathetic comment or a symbolic act of
// mourning (018, 017), with verb group vg, is a state's grief over its own
// dead: its source and target t are of one country, and the verb is one of
// mourning, the act a funeral attended, or the target the one whose death
// it names ("Iyambo's death", "the passing away of Mukherjee").
func (sc *sentCtx) ownMourning(code string, vg *annals.VerbGroup, src, tgt *annals.ActorRef, t int) bool {
	if code != "018" && code != "017" || !stateCode(src.Code) || len(tgt.Code) < 3 || src.Code[:3] != tgt.Code[:3] {
		return false
	}
	toks := sc.doc.Tokens
	if griefVerbs[lemma(&toks[vg.Head])] {
		return true
	}
	m := &sc.doc.Mentions[t]
	if code == "017" {
		for j := vg.Head + 1; j < m.Tokens.Start && j < sc.end; j++ {
			if toks[j].Norm == "funeral" {
				return true // "attended funeral prayers at the Sultan Qaboos Grand Mosque"
			}
		}
		return false
	}
	if e := m.Tokens.End; e+1 < sc.end && toks[e].Tag == annals.POS && deathNouns[toks[e+1].Norm] {
		return true // "Iyambo's death"
	}
	j := m.Tokens.Start - 1
	if j > sc.start && toks[j].Norm == "the" {
		j--
	}
	if j-1 < sc.start || toks[j].Norm != "of" {
		return false
	}
	if deathNouns[toks[j-1].Norm] {
		return true // "the death of"
	}
	return j-2 >= sc.start && toks[j-1].Norm == "away" && toks[j-2].Norm == "passing" // "the passing away of"
}

// stateCode reports whether an actor code starts with a state's
// three-letter code, not an international, non-governmental or
// multinational body's.
func stateCode(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "UIS":
		return false
	}
	return true
}
