package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// fromSenders are the people and acts after which "from" names whom they
// speak for or come from, beside fromParty's: "ministers from Bahrain,
// Kuwait and Oman", "rival bidders from France and Spain", "scientists
// from China's Tsinghua University", "a polite reply from Brussels",
// "possible retaliation from the U.S.". Officials are left out ("Officials
// from Indonesia, Malaysia ... will meet here" names where they travel
// from), and so are diplomats ("withdraws diplomats from Britain").
var fromSenders = map[string]bool{
	"minister": true, "ministers": true, "bidder": true, "bidders": true,
	"scientists": true, "researchers": true, "experts": true, "critics": true,
	"reply": true, "retaliation": true, "compensation": true,
	"announcement": true, "announcements": true,
	// Also across a comma and an adverb: "heavy opposition, notably from
	// West Germany".
	"opposition": true, "objections": true, "pressure": true, "pressures": true,
	"criticism": true,
}

// fromSender reports whether the "from" at token i of sentence si names a
// party: a noun of fromSenders before it, perhaps across a comma and an
// adverb. ("A rise in demand, particularly from the U.S." is a market.)
func fromSender(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	k := i - 1
	if k >= start && strings.HasSuffix(doc.Tokens[k].Norm, "ly") && !capital(&doc.Tokens[k]) {
		k--
		if k >= start && doc.Tokens[k].Norm == "," {
			k--
		}
	}
	return k >= start && fromSenders[doc.Tokens[k].Norm]
}
