package actor

import annals "github.com/annals-project/annals"

// Which bank words can be what a later bare "the bank" refers to. Only a
// singular bank named as a body can: plural "banks" and "bankers" cannot
// be the antecedent of a singular "the bank", nor can a bare "bank" that
// only modifies the noun after it ("a bank official said", "expanded bank
// lending"), which names no second bank. Counting those as another bank
// left "the bank" of a World Bank or African Development Bank story to the
// story's country: after "The World Bank's policies prevent it ..., a bank
// official said", "the Philippine government had never asked the bank"
// coded the bank as Philippine business.

// bankKinds are the words that make "bank" before a noun a bank of its own
// kind ("the central bank governor", "a commercial bank loan").
var bankKinds = map[string]bool{
	"central": true, "commercial": true, "merchant": true, "savings": true, "investment": true,
	"state": true, "national": true, "reserve": true, "development": true, "private": true,
	"foreign": true, "creditor": true, "lead": true, "agent": true, "another": true, "other": true,
}

// noBankAntecedent reports whether the bank word at token j names no bank
// a later "the bank" could refer to: a plural or a banker, or a lower-case
// "bank" modifying the noun after it with no bank kind or name before it.
func noBankAntecedent(toks []annals.Token, j int) bool {
	switch toks[j].Norm {
	case "banks", "banker", "bankers":
		return true
	case "bank":
	default:
		return false
	}
	if toks[j].Flags&annals.Cap != 0 || j+1 >= len(toks) || j == 0 {
		return false
	}
	next, prev := &toks[j+1], &toks[j-1]
	if next.Flags&(annals.Cap|annals.Punct) != 0 || !next.Tag.IsNoun() {
		return false
	}
	// A capitalised determiner opens a sentence: "A bank statement said".
	return (prev.Tag == annals.DT || prev.Flags&annals.Cap == 0) && !bankKinds[prev.Norm]
}

// bankName returns the name of the bank mention n names: its dictionary
// name when that holds "bank", else the capitalised words of n's own
// ending in "Bank" ("African Development Bank" in "The Secretary-General
// of the African Development Bank", whose dictionary name is the
// office's), or "".
func bankName(doc *annals.Doc, n *annals.Mention) string {
	if nameHas(n.Name, "bank") {
		return n.Name
	}
	if n.Type == "PERSON" {
		// "World Bank president Barber Conable pledged the Bank's
		// support": a named person's title is left to the entity stage.
		return ""
	}
	toks := doc.Tokens
	for k := n.Tokens.Start; k < n.Tokens.End; k++ {
		if toks[k].Norm != "bank" || toks[k].Flags&annals.Cap == 0 {
			continue
		}
		s := k
		for s > n.Tokens.Start && toks[s-1].Flags&annals.Cap != 0 && toks[s-1].Norm != "the" {
			s--
		}
		name, _, _ := doc.Span(annals.Range{Start: s, End: k + 1})
		return name
	}
	return ""
}
