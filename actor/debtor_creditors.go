package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// debtorsCreditors uncodes a debtor's creditors named after the debtor
// ("Jamaica's creditor banks", "Brazil's commercial bank creditors"):
// the possessive names the borrower, not the lenders, who are banks
// abroad of no country the words give, and are coded as no actor, like
// "its creditor banks" and a bare "the banks" in a debt story
// (creditorBanks). It runs after contextualise and leaves such a mention
// a bare business role, as that rule leaves bare banks. A capital's
// ("Manila's creditor banks") comes coded as its government, and goes too.
func debtorsCreditors(doc *annals.Doc, first int) {
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		r := m.Tokens
		if m.Kind != annals.ActorMention || len(m.Code) != 6 || m.Code[3:] != "BUS" && m.Code[3:] != "GOV" || r.Len() < 3 || r.End > len(doc.Tokens) {
			continue
		}
		head := doc.Tokens[r.End-1].Norm
		if !lenderSet.Has(head) {
			continue
		}
		// A creditor word: "creditors", "lenders", or "creditor banks".
		if head != "creditors" && head != "lenders" && doc.Tokens[r.End-2].Norm != "creditor" {
			continue
		}
		possessive := false
		for k := r.Start; k < r.End-1 && !possessive; k++ {
			n := doc.Tokens[k].Norm
			possessive = n == "'s" || n == "’s" || k > r.Start && n == "'" || strings.HasSuffix(n, "'s")
		}
		if !possessive {
			continue
		}
		m.Kind, m.Code, m.Via = annals.AgentMention, "BUS", ""
	}
}
