package actor

import annals "github.com/annals-project/annals"

// Round 155: the officers of an international bank named by "bank" and
// a title ("The Asian Development Bank (ADB) will open an office in
// Jakarta, bank Vice-President S. Stanley Katz said", "bank president
// Masao Fujioka said", "a bank official said"). A wire names the lender
// once in full and then calls its officers by the bare word, as it does
// with "the bank" (internationalBank): when the only bank the article
// has named so far is an international one, "bank" before a title can
// mean no other. The title alone gave the story's country, so a
// development bank's vice-president spoke as the borrower's business.

// internationalBankOfficer recodes mention i, a firm officer ("BUS")
// whose words open with "bank" (after an article) and go on to a title,
// as the one international bank the article named before it, under the
// same conditions as internationalBank. The officer keeps its own name
// and type; only its code changes. It reports whether it recoded it.
func internationalBankOfficer(doc *annals.Doc, first, i int) bool {
	m := &doc.Mentions[i]
	toks := doc.Tokens
	if m.Code != "BUS" {
		return false
	}
	k := m.Tokens.Start
	if k < m.Tokens.End && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
		k++
	}
	if k+1 >= m.Tokens.End || toks[k].Norm != "bank" || toks[k+1].Norm == "of" {
		return false // not "bank" before a title: "the bank", "banks", "Bank of Japan"
	}
	if k > 0 && (bankKinds[toks[k-1].Norm] || k == m.Tokens.Start && toks[k-1].Flags&annals.Cap != 0 && toks[k-1].Tag.IsNoun()) {
		return false // "central bank official", "Fuji bank official": a bank of its own
	}
	b := soleInternationalBank(doc, first, m.Tokens.Start)
	if b == nil {
		return false
	}
	m.Kind, m.Code, m.Entry, m.Via = annals.ActorMention, b.Code, b.Entry, "context"
	return true
}
