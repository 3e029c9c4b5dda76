package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals/dict"
)

// A pledge of material cooperation or aid (CAMEO 031x, 033x) is made to
// someone: money is pledged to a country, a bank invests in a partner.
// When a sentence names a sum, or an investment, that is offered with no
// recipient and no word of aid or lending, news English is reporting an
// actor's own budget or market act instead: "At the previous auction, the
// government offered eight mln dlrs", "SAMA offers 1.9 billion riyals in
// accounts to banks in the Kingdom", "the cabinet has already pledged 1.2
// billion in cuts", "The Brazilian government has already agreed to invest
// an additional 6.5 billion yen in Albras" (dev28: a government's funds
// for one domestic firm are not coded). Those are not coded. A sum named
// as aid or a loan ("committed 12 billion dlrs in loans", "offered eight
// mln dlrs in emergency aid") keeps its pledge, with or without a
// recipient, as the gold sets code targetless aid packages.

// pledgeAidWords are the lemmas by which a sentence says that a sum is
// given to someone else.
var pledgeAidWords = map[string]bool{
	"aid": true, "assistance": true, "relief": true, "grant": true, "loan": true,
	"credit": true, "donor": true, "donation": true, "donate": true, "help": true,
	"humanitarian": true, "lending": true, "financing": true,
}

// unaddressedSum reports whether v is a pledge-of-money or agreed-investment
// pattern whose sentence names neither a recipient (the caller checks
// that no target was found) nor aid or lending.
func (sc *sentCtx) unaddressedSum(v *dict.Verb) bool {
	if !strings.HasPrefix(v.Code, "031") && !strings.HasPrefix(v.Code, "033") {
		return false
	}
	sum := false
	for i := 1; i < len(v.Items); i++ {
		if slices.Contains(v.Items[i].Alts, "million") || slices.Contains(v.Items[i].Alts, "invest") {
			sum = true
		}
	}
	if !sum {
		return false
	}
	for j := sc.start; j < sc.end; j++ {
		t := &sc.doc.Tokens[j]
		if pledgeAidWords[t.Lemma] || pledgeAidWords[t.Norm] {
			return false
		}
	}
	return true
}
