package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// chainOut holds where the rules of nameRules put what they find: the
// slices annotate gathers for the whole article.
type chainOut struct {
	spans, towns, compounds *[]span
	context, firms          *[]string
}

// nameRules asks the rules of annotate's chain that open with the
// capitalised word at token i of sentence si, in turn until one finds a
// place, and returns the token annotate goes on after (the last of what
// was found) and true, or i and false when none did (annotate then asks bareTown, whose towns go to a
// slice on its stack). It is a function of its own, not part of annotate,
// so that the compiler inlines the small tests it asks: annotate is too
// big for any but the smallest.
func (r *Recognizer) nameRules(doc *annals.Doc, si, i int, src string, buf *[]byte, out *chainOut) (int, bool) {
	s := &doc.Sentences[si]
	// Each rule is asked only when the token passes its first test,
	// worked out here once for all of them (see chain_guards.go): most
	// capitalised words fail most of them, and a call that fails costs
	// more than the test. TestChainGuards checks each against its rule.
	t := &doc.Tokens[i]
	body := !s.Title
	marks := r.marksFor(si) // the sentence's marks, read once for the rules' tests
	mid := midName(doc, s, i)
	caps := t.Flags&annals.AllCaps != 0
	the := t.Norm == "the"
	opens := !the && !mid // nameOpens, t being capitalised
	// The end of the capitalised run, after which pair, heldVote,
	// tableRow, legFrom, economySubject and cityQuote each want a word
	// of their own: one look here spares most capitalised words the
	// calls.
	k := r.runEnd(doc, si, i)
	e, ok := 0, false
	if body && (!caps || t.Flags&annals.Abbrev != 0) && firmCommaAt(doc, s, i) {
		e, ok = r.firmSeat(doc, si, i, src, buf, out.spans)
	}
	if !ok && !(i > s.Tokens.Start && capital(&doc.Tokens[i-1])) && pairSepAt(doc, s, k) {
		e, ok = r.pair(doc, si, i, src, buf, out.spans, out.towns)
	}
	if !ok && the {
		e, ok = r.theArea(doc, si, i, src, buf, out.spans)
	}
	if !ok && body && !mid && marks&markAreaNounAfter != 0 {
		e, ok = r.areaNoun(doc, si, i, src, buf, out.spans)
	}
	if !ok && opens && heldVerbMayAt(doc, s, k) {
		e, ok = r.heldVote(doc, si, i, src, buf, out.spans)
	}
	if !ok && opens && marks&markCommaThe != 0 {
		e, ok = r.apposedStop(doc, si, i, src, buf, out.spans)
	}
	if !ok && opens && marks&markPossessive != 0 {
		e, ok = r.ownFigure(doc, si, i, src, buf, out.spans)
	}
	if !ok && opens && marks&markPossessive != 0 {
		e, ok = r.countedHolding(doc, si, i, src, buf, out.spans)
	}
	if !ok && opens && whereAfterRun(doc, s, k) {
		e, ok = r.whereRelative(doc, si, i, src, buf, out.spans)
	}
	if !ok && rowCellAt(doc, s, k) {
		e, ok = r.tableRow(doc, si, i, src, buf, out.spans, out.towns)
	}
	if !ok && body && caps {
		e, ok = r.stateHeading(doc, si, i, src, buf, out.spans)
	}
	if !ok && rowSepAt(doc, i) {
		e, ok = r.priceRow(doc, si, i, src, buf, out.spans)
	}
	if !ok && caps {
		e, ok = r.headedTable(doc, si, i, src, buf, out.spans)
	}
	if !ok && legToAt(doc, s, k) {
		e, ok = r.legFrom(doc, si, i, src, buf, out.spans)
	}
	if !ok && marks&markSlash != 0 {
		e, ok = r.slashLeg(doc, si, i, src, buf, out.spans)
	}
	if !ok && marks&markSlash != 0 {
		e, ok = r.fixtureLeg(doc, si, i, src, buf, out.spans)
	}
	listed := listedAfter(doc, s, i)
	if !ok && listed {
		e, ok = r.gappedFigure(doc, si, i, src, buf, out.spans)
	}
	if !ok && listed && marks&markDigit != 0 {
		// "South Africa 350,000, against 331,866" (compared_items.go).
		e, ok = r.comparedItem(doc, si, i, src, buf, out.spans)
	}
	if !ok && marks&markVs != 0 {
		e, ok = r.figureBreakdown(doc, si, i, src, buf, out.spans)
	}
	if !ok && listed {
		e, ok = r.rankedFigure(doc, si, i, src, buf, out.spans)
	}
	// The subject rules find nothing in a sentence without one of the
	// words they read after the name (see subjectVerbWords).
	verb := marks&markSubjectVerb != 0
	// Whether a clause's subject opens at the name is asked only where
	// one of the subject rules below would be asked for it: most names
	// are found by then, or stand in a sentence without their verbs.
	subject := false
	if !ok && body && (verb && !the || economyVerbMayAt(doc, s, k)) {
		subject = subjectOpens(doc, s, i)
	}
	if !ok && subject && !the && verb {
		e, ok = r.tradeSubject(doc, si, i, src, buf, out.spans)
	}
	if !ok && subject && economyVerbMayAt(doc, s, k) {
		e, ok = r.economySubject(doc, si, i, src, buf, out.spans)
	}
	if !ok && subject && !the && verb {
		e, ok = r.supplierSubject(doc, si, i, src, buf, out.spans)
	}
	if !ok && subject && !the && verb {
		e, ok = r.afflictedSubject(doc, si, i, src, buf, out.spans)
	}
	if !ok && subject && !the && verb {
		e, ok = r.heldCount(doc, si, i, src, buf, out.spans)
	}
	if !ok && body && !the && interposedAt(doc, s, k) {
		e, ok = r.interposedSubject(doc, si, i, src, buf, out.spans)
	}
	// "Kenya relied on Britain as major markets", "Hong Kong is a
	// volatile market": a country called a market (called_markets.go).
	if !ok && body && !the && marks&markCalledNoun != 0 {
		e, ok = r.calledMarket(doc, si, i, src, buf, out.spans)
	}
	// balanceSubject asks for a clause's opening after the verb it
	// looks for; the opening is the cheaper test, and the rarer.
	if !ok && body && !the && verb && opensClauseAfterTime(doc, si, i) {
		e, ok = r.balanceSubject(doc, si, i, src, buf, out.spans)
	}
	if !ok && body && !mid && marks&markDigit != 0 {
		e, ok = r.comparedFigure(doc, si, i, src, buf, out.spans)
	}
	if !ok && body && opens && possessiveAt(doc, s, k) {
		e, ok = r.cityQuote(doc, si, i, src, buf, out.spans)
	}
	if !ok && body && !caps && marks&markPossessive != 0 {
		e, ok = r.ownPartSpan(doc, si, i, src, buf, out.spans)
	}
	if ok {
		return e - 1, true
	}
	if body && i > s.Tokens.Start && defaultOpenerMay(doc, i) {
		var sp span
		if r.byDefault(doc, si, i, src, buf, &sp) {
			*out.spans = append(*out.spans, sp)
			return sp.tok.End - 1, true
		}
	}
	if !mid {
		if code := r.modifierCountry(doc, si, i, src, buf); code != "" {
			if !slices.Contains(*out.context, code) {
				*out.context = append(*out.context, code)
			}
			return i, true
		}
	}
	if hyphenAt(doc, s, i, src) {
		if e, ok := r.compoundSpans(doc, si, i, src, buf, out.compounds, out.firms); ok {
			return e - 1, true
		}
	}
	return i, false
}
