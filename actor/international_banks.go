package actor

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// internationalBank recodes a bare "the bank" (a firm word with no country
// of its own) as the international bank the article named before it, when
// that is the only bank the article has named so far: "the Asian
// Development Bank ... China is expected to obtain its first loans from
// the bank", "the bank's policy making board" of the Inter-American
// Development Bank; the bank may be named inside an officer's mention
// ("The Secretary-General of the African Development Bank"). Such a
// story is about the lender of states, and the story's country given to
// a firm word would make the body a bank of the borrower. Any other bank named before it (a named bank, "the central
// bank") leaves the reference open and the mention as it was; plurals
// and modifiers ("creditor banks", "a bank official") name no bank it
// could refer to. It reports whether it recoded the mention.
func internationalBank(doc *annals.Doc, first, i int) bool {
	m := &doc.Mentions[i]
	toks := doc.Tokens
	if m.Code != "BUS" || m.Tokens.Len() != 2 || toks[m.Tokens.Start].Norm != "the" || toks[m.Tokens.End-1].Norm != "bank" {
		return false
	}
	b := soleInternationalBank(doc, first, m.Tokens.Start)
	if b == nil {
		return false
	}
	name := bankName(doc, b)
	m.Kind, m.Code, m.Name, m.Entry, m.Type, m.Via = annals.ActorMention, b.Code, name, b.Entry, b.Type, "context"
	if name != b.Name {
		m.Type = "ORG" // the bank of an officer's mention, not the officer
	}
	return true
}

// soleInternationalBank returns the international bank mention the
// article names before token start, when it is the only international
// bank named there and no other bank word stands before start
// (otherBankBefore), or nil.
func soleInternationalBank(doc *annals.Doc, first, start int) *annals.Mention {
	body := -1
	for k := first; k < len(doc.Mentions); k++ {
		n := &doc.Mentions[k]
		if n.Kind != annals.ActorMention || n.Implied || n.Tokens.Start >= start || !strings.HasPrefix(n.Code, "IGO") || bankName(doc, n) == "" {
			continue
		}
		if body >= 0 && doc.Mentions[body].Code != n.Code {
			return nil // two international banks: "the bank" is either
		}
		body = k
	}
	if body < 0 {
		return nil
	}
	b := &doc.Mentions[body]
	if otherBankBefore(doc, bankName(doc, b), start) {
		return nil
	}
	return b
}

// otherBankBefore reports whether a bank word stands before token end
// other than in the body's name (the words of name before "Bank"), a
// bank word naming it again or one that can be no antecedent (a plural, a
// modifier: noBankAntecedent): "Fuji Bank", "the central bank".
func otherBankBefore(doc *annals.Doc, name string, end int) bool {
	toks := doc.Tokens
	for j := 0; j < end; j++ {
		switch toks[j].Norm {
		case "bank", "banks", "banker", "bankers":
		default:
			continue
		}
		inName := j > 0 && toks[j].Norm == "bank" && toks[j-1].Flags&annals.Cap != 0 && toks[j-1].Norm != "bank" && nameHas(name, toks[j-1].Norm)
		if !inName && !bankAgain(toks, j) && !noBankAntecedent(toks, j) {
			return true
		}
	}
	return false
}

// bankAgain reports whether the bank word at token j names the body
// again rather than another bank: a bare "the bank", or a capitalised
// "Bank" standing alone ("a draft Bank report"), but not "the Bank of
// France" nor "Fuji Bank".
func bankAgain(toks []annals.Token, j int) bool {
	if toks[j].Norm != "bank" || j == 0 || j+1 < len(toks) && toks[j+1].Norm == "of" {
		return false
	}
	return toks[j-1].Norm == "the" || toks[j].Flags&annals.Cap != 0 && toks[j-1].Flags&annals.Cap == 0
}

// nameHas reports whether name holds word w as a whole word, in any case.
func nameHas(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}
