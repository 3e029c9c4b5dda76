package actor

import "github.com/annals-project/annals"

// talks reports whether an article is about a state's debt to its
// creditors though it holds only one of creditorWords: a state among its
// actors, one creditor word, and its debt named as such ("debt", "debts")
// or its banks' committee ("the bank advisory committee"). Debt stories
// of 1987 often say "creditors" once ("to persuade all 400 creditors
// worldwide") and then "the banks" throughout ("strains between Mexico and
// the banks", "Banks had been pressing Brazil"): the lenders abroad,
// whom the story's country given to a bare "banks" makes the debtor's own.
// A single creditor word with no debt named ("a moratorium on new powers
// for commercial banks") stays a country's banking news. sovereign
// covers the articles with two creditor words; this is asked only for a
// bare bank word it has not settled.
//
// The words are read once per article (tokens do not change), at the
// first question whose state check passes; the state is looked for at
// every question, since contextualise makes role words actors between
// them. Words found missing answer no without the state's pass.
func (s *debtStory) talks() bool {
	if s.talksRead && !s.talksWords {
		return false
	}
	if !namesState(s.doc) {
		return false
	}
	if !s.talksRead {
		s.talksRead, s.talksWords = true, creditorAndDebt(s.doc.Tokens)
	}
	return s.talksWords
}

// creditorAndDebt reports whether toks hold one of creditorWords and a
// debt named ("debt", "debts", "advisory"), the words talks asks for.
func creditorAndDebt(toks []annals.Token) bool {
	creditor, debt := false, false
	for i := range toks {
		switch w := toks[i].Norm; w {
		case "debt", "debts", "advisory":
			debt = true
		default:
			if len(w) >= minCreditorWord && len(w) <= maxCreditorWord && creditorFirst[w[0]] && creditorSet.Has(w) {
				creditor = true
			}
		}
	}
	return creditor && debt
}

// debtorsLenders reports whether a bare "banks" or "bankers" is a
// state's lenders abroad, which contextualise must not give the story's
// country: where a loan comes from (borrowedFrom), or anywhere in a story
// of a state's debt that debtStory.sovereign misses (debtStory.talks). Bankers "here"
// are the dateline city's ("Gros met senior commercial bankers here" in a
// New York story) and keep the country the place gives them.
func debtorsLenders(doc *annals.Doc, first int, m *annals.Mention, debt *debtStory) bool {
	toks := doc.Tokens
	if m.Tokens.End == 0 || !lenderSet.Has(toks[m.Tokens.End-1].Norm) {
		return false
	}
	if borrowedFrom(doc, first, m) {
		return true
	}
	if m.Tokens.End < len(toks) && toks[m.Tokens.End].Norm == "here" {
		return false
	}
	return debt.talks()
}

// borrowedFrom reports whether a bare "banks" is where a loan comes from
// ("negotiating loans from two other banks", "a loan from commercial
// banks") in an article with a state among its actors: the state borrows
// abroad, as a debtor does, so the banks are its lenders and not of the
// story's country. A bank lending at home is named after the loan ("asked
// banks to give soft loans to industry") and is left to the usual rules.
func borrowedFrom(doc *annals.Doc, first int, m *annals.Mention) bool {
	toks := doc.Tokens
	if m.Tokens.End == 0 || !lenderSet.Has(toks[m.Tokens.End-1].Norm) {
		return false
	}
	j := m.Tokens.Start - 1
	for j >= 0 && (toks[j].Tag == annals.JJ || toks[j].Tag == annals.CD || toks[j].Tag == annals.DT) {
		j--
	}
	if j < 1 || toks[j].Norm != "from" {
		return false
	}
	switch toks[j-1].Norm {
	case "loan", "loans", "credit", "credits", "financing", "borrowing":
	default:
		return false
	}
	for k := first; k < len(doc.Mentions); k++ {
		p := &doc.Mentions[k]
		if p.Kind == annals.ActorMention && countryOf(p.Code) != "" && (len(p.Code) == 3 || p.Code[3:] == "GOV") {
			return true
		}
	}
	return false
}
