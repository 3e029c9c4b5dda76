package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// firmOfficer decides what a role word g that modifies the noun after it
// (ending at gend) leaves behind. A firm's or a union's word before an
// office ("union representatives", "company officials", "chief executive
// officer") makes the office that body's: its holders are no government
// officials, soldiers or lawmakers, whatever the article's country. Any
// other modifying role word is dropped ("official statement"): firmOfficer
// then returns nil.
func (r *Recognizer) firmOfficer(toks []annals.Token, g *dict.Agent, gend int) (*dict.Agent, int) {
	if r.imported() || g.Code != "BUS" && g.Code != "LAB" {
		return nil, gend
	}
	oend, o := r.dict.MatchAgent(toks, gend)
	if o == nil {
		return nil, gend
	}
	switch o.Code {
	case "GOV", "MIL", "LEG", "JUD", "COP", "SPY":
	default:
		return nil, gend
	}
	held := *o
	held.Code = g.Code
	return &held, oend
}

// honorifics may stand before a listed person's surname without making
// it another person's ("Mr Peres", "Mrs. Thatcher").
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "madame": true, "monsieur": true, "herr": true,
}

// titleWords are offices written capitalised before a surname that the
// role dictionary does not list ("ATPC Chairman Subroto").
var titleWords = map[string]bool{
	"chairman": true, "chairwoman": true, "director": true, "governor": true,
	"secretary": true, "minister": true, "leader": true, "chief": true,
	"premier": true, "chancellor": true, "ambassador": true, "envoy": true,
	"speaker": true, "judge": true, "justice": true, "king": true, "queen": true,
	"prince": true, "sheikh": true, "president": true, "mayor": true, "general": true,
	"senator": true, "congressman": true, "representative": true, "deputy": true,
	"spokesman": true, "spokeswoman": true, "commissioner": true, "counsel": true,
}

// firmOffices are the words of a firm's officer titles next to which
// "president" and "officer" are a firm's, not a state's or an army's.
var firmOffices = map[string]bool{
	"chief": true, "executive": true, "operating": true, "financial": true,
	"managing": true, "chairman": true, "chairwoman": true, "ceo": true,
	"information": true, "accounting": true, "investment": true, "loan": true,
}

// firmTitle reports whether the GOV or MIL role word at tokens [j, gend) is
// a firm officer's title: "chief operating officer", "president and chief
// executive officer", "chairman and president". Companies' presidents and
// officers fill business news; coded as a government or an army they make
// a firm's boardroom a state's.
func firmTitle(toks []annals.Token, j, gend, end int) bool {
	switch toks[gend-1].Norm {
	case "president", "officer", "vice-president", "officers":
	default:
		return false
	}
	if j > 0 && firmOffices[toks[j-1].Norm] {
		return true // "chief operating officer"
	}
	if j > 1 && toks[j-1].Norm == "and" && firmOffices[toks[j-2].Norm] {
		return true // "chairman and president"
	}
	return gend+1 < end && toks[gend].Norm == "and" && firmOffices[toks[gend+1].Norm]
}

// congressWords name the US Congress and its members ("Congressional
// investigators" too).
var congressWords = map[string]bool{
	"senate": true, "senator": true, "senators": true, "congress": true,
	"congressman": true, "congressmen": true, "congresswoman": true, "congresswomen": true,
	"congressional": true,
}

// senateCountries have a Senate or a Congress of their own, so these words
// in a story about them may be theirs.
var senateCountries = map[string]bool{
	"USA": true, "PHL": true, "ITA": true, "FRA": true, "BRA": true, "ARG": true,
	"MEX": true, "COL": true, "CHL": true, "PER": true, "AUS": true, "CAN": true,
	"IRL": true, "BEL": true, "NLD": true, "ESP": true, "POL": true, "ROU": true,
	"PAK": true, "NGA": true, "LBR": true, "VEN": true, "URY": true, "PRY": true,
	"BOL": true, "ECU": true, "DOM": true, "HTI": true, "GTM": true, "HND": true,
	"SLV": true, "NIC": true, "CRI": true, "PAN": true, "CZE": true, "CHE": true,
	"AUT": true, "DEU": true, "IND": true, "ZAF": true, "THA": true, "JOR": true,
}

// usCongress returns "USA" for a bare legislature word that names the US
// Congress ("Senate", "congressmen") in a story about a country that has
// no Senate or Congress of its own, when the United States is named in the
// article; otherwise "". Giving such words the story's country made "Abe
// met Senate leaders" a meeting with Japan's legislature.
func usCongress(doc *annals.Doc, m *annals.Mention, focus string) string {
	if m.Code != "LEG" || senateCountries[focus] || m.Tokens.End <= m.Tokens.Start {
		return ""
	}
	if !congressWords[doc.Tokens[m.Tokens.End-1].Norm] && !congressWords[doc.Tokens[m.Tokens.Start].Norm] {
		return ""
	}
	for i := range doc.Mentions {
		if o := &doc.Mentions[i]; o.Kind == annals.ActorMention && countryOf(o.Code) == "USA" {
			return "USA"
		}
	}
	return ""
}
