package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
)

// A violent act whose pattern may be coded without a target ("193 shoot ;
// target: none") is often done to a person the actor layer cannot code:
// "the officers shot him dead", "police ... shot Khan", "a gunman shot
// shoppers", "the attacker was shot dead by police". Coded with no target
// the event misstates its dyad: the conventions code the victim, a person
// of no office, as a civilian (or a journalist as the media) of the country
// the story is about ("Sikh extremists killed five people": INDREB →
// INDCVL; "journalists ... attacked by protesters": SRBOPP → SRBMED), as
// they code role words with no country of their own. The victim is taken
// so only when the act's source is of that country too: a foreign force's
// victims may be of either side.

// victimNouns are the nouns for people that name no office, with the
// sector their victims are coded in.
var victimNouns = map[string]string{
	"person": "CVL", "people": "CVL", "man": "CVL", "men": "CVL", "woman": "CVL", "women": "CVL",
	"child": "CVL", "children": "CVL", "boy": "CVL", "girl": "CVL", "teenager": "CVL", "youth": "CVL",
	"civilian": "CVL", "shopper": "CVL", "bystander": "CVL", "pedestrian": "CVL", "passer-by": "CVL",
	"passerby": "CVL", "resident": "CVL", "villager": "CVL", "worshipper": "CVL", "student": "CVL",
	"attacker": "CVL", "assailant": "CVL", "gunman": "CVL", "gunmen": "CVL", "suspect": "CVL",
	"victim": "CVL", "tourist": "CVL", "customer": "CVL", "passenger": "CVL", "motorist": "CVL",
	"journalist": "MED", "reporter": "MED", "photographer": "MED", "cameraman": "MED",
}

// unnamedVictim returns, for an act of roots 18 to 20 that found no target
// under a pattern that allows none, an implied mention of its victim when
// the verb's object (or a passive's subject) is a person that no actor
// mention codes, with the note saying so; else tgts and notes unchanged.
func (c *Coder) unnamedVictim(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, srcs, tgts []int, notes []string) ([]int, []string) {
	if !sc.own || len(tgts) > 0 || len(srcs) == 0 || !v.TargetNone || len(v.Items) != 1 || len(v.Code) < 2 {
		return tgts, notes
	}
	if r := v.Code[:2]; r != "18" && r != "19" && r != "20" {
		return tgts, notes
	}
	focus := actor.FocusCountry(sc.doc)
	if src := sc.doc.Mentions[srcs[0]].Code; focus == "" || len(src) < 3 || src[:3] != focus {
		return tgts, notes
	}
	var at int
	var sector string
	if vg.Passive {
		at = sc.passiveSubjectHead(vg)
		sector = sc.victimAt(at, true)
	} else {
		at, sector = sc.objectVictim(vg.Tokens.End)
	}
	if sector == "" {
		return tgts, notes
	}
	doc := sc.doc
	doc.Mentions = append(doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: at, End: at + 1},
		Name: focus + " victim", Code: focus + sector, Entity: -1, Implied: true, Via: "context",
	})
	return []int{len(doc.Mentions) - 1}, append(notes, "target: a person of no office hurt by a source of the story's country, coded as the story's "+sector)
}

// passiveSubjectHead returns the head token of the subject of passive verb
// group vg ("The attacker was shot dead"), or -1. A participle after
// "after" or "while" with no subject of its own takes the subject of the
// clause it hangs from ("journalists were injured after being attacked"),
// and "a number of journalists" is headed by the journalists.
func (sc *sentCtx) passiveSubjectHead(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	span, _, ok := sc.subjectSpan(vg.Tokens.Start, sc.clause(vg.Head))
	if !ok && vg.Tokens.Start > sc.start && participleLinks[toks[vg.Tokens.Start-1].Norm] {
		if host := sc.verbBefore(vg.Tokens.Start-1, -1); host != nil {
			span, _, ok = sc.subjectSpan(host.Tokens.Start, sc.clause(host.Head))
		}
	}
	if !ok {
		return -1
	}
	head := span.End - 1
	if head+2 < sc.end && toks[head+1].Norm == "of" && quantityHeads[toks[head].Norm] {
		for j := head + 2; j < sc.end && (toks[j].Tag == annals.NN || toks[j].Tag == annals.NNS || toks[j].Tag == annals.JJ); j++ {
			head = j
		}
	}
	return head
}

// participleLinks open a participle clause that shares its host's subject.
var participleLinks = map[string]bool{"after": true, "before": true, "while": true, "when": true}

// quantityHeads head a noun phrase whose people follow "of".
var quantityHeads = map[string]bool{"number": true, "group": true, "dozens": true, "hundreds": true, "scores": true, "couple": true}

// objectVictim finds the head of the noun phrase from token j, the verb's
// object ("shot him dead", "shot at one person", "attacked two
// journalists"), and returns it with its victim sector, or "" when it names
// no person.
func (sc *sentCtx) objectVictim(j int) (int, string) {
	toks := sc.doc.Tokens
	if j < sc.end && toks[j].Norm == "at" {
		j++ // "shot at one person"
	}
	for j < sc.end && (toks[j].Tag == annals.DT || toks[j].Tag == annals.CD || toks[j].Tag == annals.JJ || toks[j].Tag == annals.PRPS) {
		j++ // "the two", "her young"
	}
	if j >= sc.end {
		return j, ""
	}
	if toks[j].Tag == annals.NN || toks[j].Tag == annals.NNS {
		for j+1 < sc.end && (toks[j+1].Tag == annals.NN || toks[j+1].Tag == annals.NNS) {
			j++ // the last noun heads the phrase
		}
	}
	return j, sc.victimAt(j, false)
}

// victimAt returns the victim sector of the person token j names, or "":
// a noun of victimNouns, "him" or "her" (or, as a subject, "he" or
// "she"), or a name the entity stage knows as a person of no code. A
// token inside an actor mention is that actor's, not a victim.
func (sc *sentCtx) victimAt(j int, subject bool) string {
	if j < sc.start || j >= sc.end {
		return ""
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start <= j && j < m.Tokens.End {
			return ""
		}
	}
	t := &sc.doc.Tokens[j]
	switch t.Tag {
	case annals.PRP:
		if subject && (t.Norm == "he" || t.Norm == "she") || !subject && (t.Norm == "him" || t.Norm == "her") {
			return "CVL"
		}
	case annals.NN, annals.NNS:
		if s := victimNouns[t.Norm]; s != "" {
			return s
		}
		return victimNouns[lemma(t)]
	case annals.NNP:
		if sc.namedPerson(j) {
			return "CVL"
		}
	}
	return ""
}

// namedPerson reports whether token j lies in a mention of a person the
// entity stage found and no dictionary codes.
func (sc *sentCtx) namedPerson(j int) bool {
	t := &sc.doc.Tokens[j]
	for i := range sc.doc.Entities {
		e := &sc.doc.Entities[i]
		if e.Type != "PERSON" || e.Code != "" {
			continue
		}
		for _, r := range e.Mentions {
			if r[0] <= int(t.Start) && int(t.End) <= r[1] {
				return true
			}
		}
	}
	return false
}
