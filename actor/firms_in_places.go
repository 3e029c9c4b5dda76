package actor

import annals "github.com/annals-project/annals"

// firmsInPlace returns the country of the place a bare firm word is put in
// ("the Federal Reserve telephoned some banks in New York", "banks in
// London"), or "". Firms said to be in a named city or country are that
// country's business, not of the country the story is about (a story
// about the yen put the New York banks in Japan). Only a place right
// after "in", in the firm word's sentence, counts.
func firmsInPlace(doc *annals.Doc, m *annals.Mention) string {
	in := m.Tokens.End
	if in+1 >= len(doc.Tokens) || doc.Tokens[in].Norm != "in" || doc.SentenceOf(in+1) != doc.SentenceOf(m.Tokens.Start) {
		return ""
	}
	for k := range doc.Mentions {
		p := &doc.Mentions[k]
		if p.Kind == annals.PlaceMention && p.Tokens.Start == in+1 && len(p.Code) == 3 {
			return p.Code
		}
	}
	return ""
}
