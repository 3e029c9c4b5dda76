package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// A threat of retaliation whose target is implied: "Japan threatened to
// retaliate", "warned of possible reprisals", "we will definitely
// retaliate", "vowed retaliation". Retaliation is by definition an answer
// to another party's act, and news names that party where it tells of the
// act being answered: in the same sentence ("if the EC approves the tax",
// "Monday's U.S. attack ... vowed retaliation", "accused Japan of reneging
// ... and threatened retaliatory action") or, when the sentence names no
// one else, in the one or two sentences before it (the story of the
// tariff, sanction or attack in dispute). The annotation conventions code
// the threat on that party (130 and its kin, "target" rarely empty).
//
// The rule speaks only when the text is clear: the sentence names exactly
// one party other than the threatener's own side; or it names none, and
// the two sentences before it name exactly one. Two other parties (an ally
// and a foe, a mediator, a second dispute) leave the threat targetless, as
// before, and so uncoded. Threats that are not of retaliation ("threatened
// to resign", "threatened a strike") have no answered party and are left
// alone.

// answerWords name a measure taken in answer to another's act:
// retaliationWords and the words of revenge.
var answerWords = map[string]bool{
	"revenge": true, "avenge": true, "vengeance": true, "retribution": true,
}

// answeredBack is how many sentences before the threat's own are read
// for the answered party when the sentence names none.
const answeredBack = 2

// answeredParty returns the mention of the party whose act a targetless
// threat of retaliation answers, or -1 when the text does not make it
// clear. s is the threatener's mention.
func (sc *sentCtx) answeredParty(root string, s int, vg *annals.VerbGroup) int {
	if root != "13" || s < 0 || !sc.namesAnswer(vg) {
		return -1
	}
	own := answerSide(sc.doc.Mentions[s].Code)
	if own == "" {
		return -1
	}
	if t, n := sc.otherSide(own, sc.ments); n > 0 {
		if n == 1 {
			return t
		}
		return -1 // two other parties: which one is answered the sentence does not say
	}
	// The sentence names no one else: the story's party of the act in
	// dispute, from the sentences just before.
	doc := sc.doc
	var earlier []int
	from := sc.si - answeredBack
	for si := max(from, 0); si < sc.si; si++ {
		st := doc.Sentences[si]
		if st.Title {
			continue // a headline repeats the story; its words are no sentence of it
		}
		for mi := range doc.Mentions {
			m := &doc.Mentions[mi]
			if m.Kind == annals.ActorMention && m.Tokens.Start >= st.Tokens.Start && m.Tokens.End <= st.Tokens.End {
				earlier = append(earlier, mi)
			}
		}
	}
	if t, n := sc.otherSide(own, earlier); n == 1 {
		return t
	}
	return -1
}

// namesAnswer reports whether the threat's words name retaliation: the
// verb group itself ("retaliate") or the words just after it ("threatened
// to take retaliatory action", "warned of possible reprisals", "vowed
// revenge").
func (sc *sentCtx) namesAnswer(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.Start; j < min(vg.Tokens.End+4, sc.end); j++ {
		t := &toks[j]
		if retaliationWords[t.Norm] || retaliationWords[lemma(t)] || answerWords[t.Norm] || answerWords[lemma(t)] {
			return true
		}
	}
	return false
}

// otherSide returns the first of ments that is of a side other than own,
// and how many distinct such sides ments name.
func (sc *sentCtx) otherSide(own string, ments []int) (int, int) {
	first, sides := -1, map[string]bool{}
	for _, mi := range ments {
		side := answerSide(sc.doc.Mentions[mi].Code)
		if side == "" || side == own {
			continue
		}
		if first < 0 {
			first = mi
		}
		sides[side] = true
	}
	return first, len(sides)
}

// answerSide returns the side an actor code stands for in a dispute: its
// country, or the whole code of an international body or armed group (the
// EC, the IMF, an insurgency), or "" for actors of no side (firms of no
// country, unknown codes).
func answerSide(code string) string {
	if st := stateOf(code); st != "" {
		return st
	}
	if len(code) >= 3 {
		switch code[:3] {
		case "IGO", "IMG", "NGO":
			return code
		}
	}
	return ""
}

// voicedRetaliation reports whether a retaliation its maker voices ("warned
// that it would retaliate if Japan did not move", "said it would retaliate
// immediately if EC exports were hit", "we may retaliate") is the threat
// itself. The conventions code such a warning as a threat (130): the modal
// and the condition belong to what is threatened, and the threat was
// made, so the event is not hypothetical. Only a first-person maker
// counts: a pronoun or a party the text refers back to, speaking of its
// own retaliation ("Crowe predicted Iran could retaliate" is a forecast,
// left hypothetical). A retaliation inside a condition ("if Japan
// retaliates, ...") is no threat either.
func (sc *sentCtx) voicedRetaliation(vg *annals.VerbGroup, code, via string, srcs []int) bool {
	if !strings.HasPrefix(code, "13") || len(srcs) != 1 || vg.Negated || lemma(&sc.doc.Tokens[vg.Head]) != "retaliate" {
		return false
	}
	switch vg.Modal {
	case "would", "will", "could", "may", "might":
	default:
		return false
	}
	if via != "coref" && !sc.pronounActor(srcs) {
		return false
	}
	return !sc.inCondition(vg)
}
