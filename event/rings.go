package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// listBeforeAside returns the index in sc.ments of the last member of a
// list of actors that a dashed or bracketed aside parts from its verb: in
// "The United States, West Germany, ... and Canada -- G-6 -- agreed" the
// group's name in the aside restates the list, which is the subject. It
// gives -1 unless the aside closes right before the verb group (adverbs
// aside), holds no verb, follows an actor directly, and that actor ends a
// list of two or more: a single name before a bracket ("the Institute
// (EEI) said") is found by the plain subject search.
func (sc *sentCtx) listBeforeAside(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	end := vg.Tokens.Start
	for end-1 > sc.start && toks[end-1].Tag == annals.RB {
		end--
	}
	if end-1 <= sc.start {
		return -1
	}
	closer := toks[end-1].Norm
	opener := closer
	switch {
	case closer == ")":
		opener = "("
	case dashFilter.May(closer) && dashes[closer]:
	default:
		return -1
	}
	open := -1
	for i := end - 2; i > sc.start && i >= end-12; i-- {
		if toks[i].Norm == opener {
			open = i
			break
		}
	}
	if open < 0 || sc.asides(open) != end {
		return -1
	}
	for k, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.End != open {
			continue
		}
		if len(sc.compound(k)) < 2 {
			return -1
		}
		return k
	}
	return -1
}

// cooperationAgreed reports whether the act that parties agreed to is
// cooperation itself: "agreed to cooperate in stabilising exchange
// rates", "agreed to act together", "agreed to work jointly". The
// conventions code such a promise as intent (030, 0311), not as an
// accord made, whatever the number of parties. Spelling slips of
// "cooperate" ("coooperate") count too.
func (sc *sentCtx) cooperationAgreed(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	i := vg.Tokens.Start
	for ; i < sc.end && i < vg.Tokens.End+8 && toks[i].Norm != "to"; i++ {
	}
	i++
	for i < sc.end && toks[i].Tag == annals.RB {
		i++
	}
	if i >= sc.end {
		return false
	}
	if n := toks[i].Norm; strings.Contains(n, "operat") || strings.HasPrefix(n, "collaborat") || strings.HasPrefix(n, "coordinat") {
		return true
	}
	for k := i + 1; k < sc.end && k <= i+3; k++ {
		if n := toks[k].Norm; n == "together" || n == "jointly" {
			return true
		}
	}
	return false
}

// distinctRoots counts the different actors among mentions ms by the
// first three letters of their codes, a country or a body: "Baker,
// Stoltenberg and Poehl" are three people of two governments.
func (sc *sentCtx) distinctRoots(ms []int) int {
	var roots [12]string
	n := 0
	for _, mi := range ms {
		if mi < 0 {
			continue
		}
		c := sc.doc.Mentions[mi].Code
		if len(c) > 3 && c[:3] != "IGO" && c[:3] != "NGO" && c[:3] != "IMG" {
			c = c[:3] // a body keeps its whole code: "IGOEUREEC" is not Europe
		}
		seen := false
		for _, r := range roots[:min(n, len(roots))] {
			if r == c {
				seen = true
				break
			}
		}
		if !seen {
			if n < len(roots) {
				roots[n] = c
			}
			n++
		}
	}
	return n
}
