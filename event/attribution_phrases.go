package event

import annals "github.com/annals-project/annals"

// attributed reports whether mention k stands in an "according to"
// phrase: "according to witness accounts and authorities, a man ...
// began to stab people", "Trump has admitted to ordering the payments,
// according to prosecutors". The phrase names who reports the clause;
// the reporter is neither its actor nor the one it is aimed at. The walk
// back from the mention crosses only the words of a noun phrase or of a
// list joined by "and"; a comma ends the phrase ("According to CNN,
// multiple officials pressured Trump": the officials act).
func (sc *sentCtx) attributed(k int) bool {
	if k < 0 {
		return false
	}
	m := &sc.doc.Mentions[k]
	toks := sc.doc.Tokens
	if m.Implied || m.Tokens.Start <= sc.start || m.Tokens.Start >= sc.end {
		return false
	}
	for j := m.Tokens.Start - 1; j > sc.start && m.Tokens.Start-j <= attributionSpan; j-- {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.CD, annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.POS, annals.PRPS, annals.CC:
			continue
		case annals.VB:
			if toks[j-1].Tag == annals.TO {
				continue // "according to witness accounts": the tagger reads an infinitive
			}
		case annals.TO, annals.IN:
			return toks[j].Norm == "to" && toks[j-1].Norm == "according"
		}
		return false
	}
	return false
}

// attributionSpan is the most tokens between "according to" and the
// mention it attributes to: a list of sources, "witness accounts and".
const attributionSpan = 8
