package actor

import annals "github.com/annals-project/annals"

// pluralCentralBanks reports whether m is a plural "central banks" with
// no country of its own: "Brazil had made no appeal for bridging loans
// from the BIS or central banks", "central banks of leading industrial
// countries intervening". Several states' central banks are not the
// story's country's government, so they are left uncoded.
func pluralCentralBanks(doc *annals.Doc, first, i int) bool {
	m := &doc.Mentions[i]
	return m.Name == "central bank" && m.Tokens.End > 0 && doc.Tokens[m.Tokens.End-1].Norm == "banks" && ownerCountry(doc, first, i) == ""
}
