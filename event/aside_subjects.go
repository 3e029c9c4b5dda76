package event

import annals "github.com/annals-project/annals"

// asideSpan is the most tokens an aside between a subject and its verb
// may hold: wire copy's descriptions of the parties run long ("- the
// two largest partners of the United States in the grain business -").
const asideSpan = 24

// subjectBeforeAside returns the actors that stand before an aside set off
// between them and verb group vg, when the subject walk stopped inside the
// aside: "Japan and Brazil, the largest importer and exporter
// respectively, blamed", "Canada, usually a firm backer of the farm
// policy, criticised", "Canada and Mexico - the two largest partners of
// the United States in the grain business - opened". The walk reads a noun
// phrase back from the verb and stops at the aside's own "and", adverb or
// length; the aside only describes the actors before it. The aside is a
// noun phrase (it opens with a determiner, an adjective, a number, a
// possessive or an adverb) with no verb of its own, closed by the same
// comma or dash that opens it, and the actors before it open their clause.
// via says so for the event's evidence.
func (sc *sentCtx) subjectBeforeAside(vg *annals.VerbGroup) (subj []int, via string) {
	toks := sc.doc.Tokens
	end := vg.Tokens.Start - 1
	for end > sc.start && toks[end].Tag == annals.RB {
		end-- // "..., respectively, also warned"
	}
	if end <= sc.start || toks[end].Tag != annals.COMMA && !dashSet.Has(toks[end].Norm) {
		return nil, ""
	}
	closer := toks[end].Norm
	open := -1
	for k := end - 1; k > sc.start && end-k <= asideSpan; k-- {
		t := &toks[k]
		if t.Norm == closer {
			open = k
			break
		}
		switch t.Tag {
		case annals.VBD, annals.VBP, annals.VBZ, annals.MD, annals.STOP, annals.QUOTE, annals.WDT, annals.WP:
			return nil, "" // a clause, not a description
		}
		if t.Norm == ";" || t.Norm == ":" || t.Norm == "(" || t.Norm == ")" {
			return nil, ""
		}
	}
	if open < 0 || open+1 >= end {
		return nil, ""
	}
	switch toks[open+1].Tag {
	case annals.DT, annals.JJ, annals.CD, annals.PRPS, annals.RB:
	default:
		return nil, "" // "Britain, in a statement, said": asides of other shapes are read by the subject walk
	}
	mi := sc.mentionEndingAt(open)
	if mi < 0 || sc.doc.Mentions[mi].Implied {
		return nil, ""
	}
	list := sc.listEndingAt(mi)
	if start := sc.doc.Mentions[list[0]].Tokens.Start; start > sc.start && toks[start-1].Tag != annals.COMMA {
		return nil, "" // "talks with Japan, the largest buyer, began": the object of a preposition
	}
	return list, "the actors before an aside"
}
