package event

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// This file holds the words of force used for no force. Reuters tells of
// bills and stories "killed" or "shot down", moves "fought" in court and
// rivals who "clashed" over policy; and it tells of storms, quakes and
// crashes that killed people where the only country in reach is the place
// they struck. None of these is a use of force by one party on another
// (roots 18 to 20), and coded so they are among the gravest errors a
// sample can hold.

// forceHeads are the verbs of force that Reuters also uses of papers,
// plans and rivals: "try to kill the amendment", "a story shot down by
// others", "fighting the move in court", "executed a share purchase
// agreement", "occupy key positions".
var forceHeads = map[string]bool{
	"kill": true, "shoot": true, "fight": true, "battle": true, "combat": true,
	"target": true, "torpedo": true, "execute": true, "beat": true,
	"occupy": true, "sabotage": true, "attack": true, "assail": true,
}

// paperObjects are objects that make a verb of force figurative beside
// the claims and plans that objectSense reads (claimNouns, forecastNouns):
// an amendment, an act or an attempt is opposed, a deal is executed, an
// economic ill is fought.
var paperObjects = map[string]bool{
	"amendment": true, "act": true, "attempt": true, "effort": true,
	"practice": true, "agreement": true, "contract": true, "deal": true,
	"initiative": true, "reform": true, "tax": true, "tariff": true,
	"theory": true, "inflation": true, "recession": true,
	"unemployment": true, "protectionism": true, "deficit": true,
	"takeover": true, "merger": true,
}

// disasterNouns name natural forces and accidents: when one of them is
// what killed, the country beside it is where it struck, not who struck.
var disasterNouns = map[string]bool{
	"hailstorm": true, "storm": true, "quake": true, "earthquake": true,
	"flood": true, "flooding": true, "crash": true, "accident": true,
	"avalanche": true, "typhoon": true, "cyclone": true, "hurricane": true,
	"landslide": true, "mudslide": true, "tornado": true, "tsunami": true,
	"epidemic": true, "drought": true, "collision": true, "derailment": true,
}

// harmHeads are the verbs by which a disaster harms people or things.
var harmHeads = map[string]bool{
	"kill": true, "injure": true, "wound": true, "hit": true,
	"destroy": true, "damage": true, "strike": true,
}

// figurativeFight says why an event of roots 18 to 20 names no force
// between parties, or returns "": its object is a paper, a claim, a plan
// or an economic ill ("will try to kill the amendment", "the union is
// fighting the move in court"), or a storm, quake or crash did the
// killing ("Hailstorms and strong winds in south China killed two
// people"). Attacks on claims and plans are left to objectSense, which
// codes them as criticism.
func (sc *sentCtx) figurativeFight(vg *annals.VerbGroup, code string) string {
	if len(code) < 2 || code[:2] != "18" && code[:2] != "19" && code[:2] != "20" {
		return ""
	}
	toks := sc.doc.Tokens
	head := lemma(&toks[vg.Head])
	if harmHeads[head] && sc.disasterBefore(vg) {
		return "killed or struck by a storm, a quake or a crash: no party used force"
	}
	if !forceHeads[head] {
		return ""
	}
	obj := sc.forceObject(vg)
	if obj < 0 {
		return ""
	}
	o := lemma(&toks[obj])
	if head == "attack" || head == "assail" {
		if paperObjects[o] && !claimNouns[o] && !forecastNouns[o] {
			return "attacked an act or a practice: criticism of a thing, no force"
		}
		return ""
	}
	if paperObjects[o] || claimNouns[o] || forecastNouns[o] && o != "position" && o != "record" {
		return "a verb of force on a paper, a plan or an economic ill: no force"
	}
	return ""
}

// forceObject returns the head noun of what the verb of force acts on, or
// -1: the object after an active verb and its particle ("shot down the
// proposal"), or the noun before a passive or a bare participle, across
// one comma ("a story, quickly shot down by others").
func (sc *sentCtx) forceObject(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	bare := toks[vg.Head].Tag == annals.VBN && vg.Tokens.Start > sc.start && (toks[vg.Tokens.Start-1].Tag == annals.COMMA || toks[vg.Tokens.Start-1].Tag.IsNoun())
	if vg.Passive || bare {
		j := vg.Tokens.Start - 1
		if j > sc.start && toks[j].Tag == annals.COMMA {
			j--
		}
		if j > sc.start && toks[j].Tag.IsNoun() {
			return j
		}
		return -1
	}
	e := vg.Tokens.End
	if e < sc.end && (toks[e].Tag == annals.RP || toks[e].Norm == "down" || toks[e].Norm == "off") {
		e++
	}
	head := -1
	for j := e; j < sc.end && j < e+6; j++ {
		t := &toks[j]
		switch {
		case t.Tag.IsNoun():
			head = j
			continue
		case t.Tag == annals.POS:
			head = -1 // "the Japanese government's attempt": the possessor is no head
			continue
		case head < 0 && (t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS || t.Tag == annals.CD || t.Tag == annals.VBG):
			continue
		}
		break
	}
	return head
}

// disasterBefore reports whether a disaster noun stands in the few words
// before the verb group, where its subject is: "Hailstorms and strong
// winds in south China killed", "a quake ... hit south-west Japan,
// killing", "the 1985 crash of a Japan Air Lines Boeing 747 which killed".
func (sc *sentCtx) disasterBefore(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.Start - 1; j >= sc.start && j >= vg.Tokens.Start-14; j-- {
		if toks[j].Tag.IsNoun() && disasterNouns[lemma(&toks[j])] {
			return true
		}
	}
	return false
}

// civilRivalry says what becomes of an event of roots 18 to 20 whose
// every party is a civilian organ or elite of one country: "Regan and
// Volcker clashed", "after battling President Reagan all year, Congress",
// "Biden attacked Trump for the tweet". Ministers, legislators, judges
// and candidates of one state fight with words and votes; force inside a
// state comes from or falls on its army, police, rebels, opposition or
// people, which this leaves coded. An attack in words is criticism (111,
// returned with ok); any other such event is dropped (ok false).
func (sc *sentCtx) civilRivalry(vg *annals.VerbGroup, code string, srcs, tgts []int) (string, bool) {
	if !sc.own || len(code) < 2 || code[:2] != "18" && code[:2] != "19" && code[:2] != "20" {
		return code, true
	}
	country := ""
	for _, mi := range append(slices.Clip(srcs), tgts...) {
		if mi < 0 || mi >= len(sc.doc.Mentions) {
			return code, true
		}
		c := sc.doc.Mentions[mi].Code
		if len(c) != 6 || !civilRoles[c[3:]] || country != "" && c[:3] != country {
			return code, true
		}
		country = c[:3]
	}
	if h := lemma(&sc.doc.Tokens[vg.Head]); h == "attack" || h == "assail" {
		return "111", true
	}
	return code, false
}

// civilRoles are the roles of a state's civilian organs and elites,
// which use no force on one another.
var civilRoles = map[string]bool{"GOV": true, "ELI": true, "LEG": true, "JUD": true}
