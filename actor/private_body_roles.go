package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// orgNouns end the proper name of a body that is no state's: a union, a
// trade association, a chamber of commerce, a firm. An office of such a
// body ("president of the International Union of Electronic Workers",
// "officials of the Central Union of Agricultural Cooperatives") is the
// body's, not the government's of the country the story is about.
var orgNouns = map[string]bool{
	"union": true, "unions": true, "association": true, "associations": true,
	"federation": true, "confederation": true, "chamber": true, "institute": true,
	"cooperatives": true, "cooperative": true, "society": true, "foundation": true,
	"corp": true, "corporation": true, "co": true, "inc": true, "ltd": true,
	"plc": true, "company": true, "companies": true, "group": true, "bhd": true,
	"workers": true, "producers": true, "manufacturers": true, "exporters": true,
	"importers": true, "growers": true, "industries": true,
}

// stateNouns in a body's name make it a state's, whatever else it holds:
// "the Council of Ministers", "the State Planning Committee".
var stateNouns = map[string]bool{
	"ministry": true, "ministers": true, "government": true, "state": true,
	"security": true, "department": true, "parliament": true, "cabinet": true,
	"national": true, "federal": true, "republic": true, "presidential": true,
}

// stateRoles are the role codes of a state's offices.
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// officerOfBody reports whether the role word of mention m holds an office
// of a body that is no state's: the role word is followed by "of" or
// "from", perhaps an article, and a noun phrase that holds one of orgNouns
// or privateBodies ("president of the International Union of Electronic
// Workers", "Officials of the Central Union of Agricultural Cooperatives",
// "representatives from 4,200 farming groups"). Given
// the story's country, such officers made a union's or a trade
// association's words its government's. A name the dictionary knows was
// already taken by ownerOf; one holding a state word stays the state's.
func officerOfBody(doc *annals.Doc, m *annals.Mention) (body bool, role string, last int) {
	toks := doc.Tokens
	k := m.Tokens.End
	if !stateRoleSet.Has(m.Code) || k+1 >= len(toks) || toks[k].Norm != "of" && toks[k].Norm != "from" {
		return false, "", 0
	}
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	k++
	if k < s.End && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
		k++
	}
	org := false
	n := 0
	for ; k < s.End && n < 8; k, n = k+1, n+1 {
		t := &toks[k]
		if t.Flags&annals.Cap == 0 {
			if (t.Norm == "of" || t.Norm == "and" || t.Norm == "&") && n > 0 {
				continue
			}
			switch t.Tag {
			case annals.NN, annals.NNS, annals.JJ, annals.CD, annals.POS, annals.VBG:
			default:
				k = s.End // the phrase ends
				continue
			}
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Norm, "."), "'")
		if stateNouns[w] {
			return false, "", 0
		}
		if orgNounSet.Has(w) || privateBodySet.Has(w) || privateBodySet.Has(strings.TrimSuffix(w, "s")) {
			org, last = true, k
			if labourNouns[w] {
				role = "LAB"
			}
		}
	}
	if role == "" {
		role = "BUS"
	}
	return org, role, last
}

// labourNouns make a body's officers a union's.
var labourNouns = map[string]bool{"union": true, "unions": true, "workers": true, "labour": true, "labor": true}

// bodyOwner returns the code of the officers of a body that is no state's
// (officerOfBody) when a country names the body ("representatives of the
// U.S. livestock industry", "president of Colombia's exporters'
// association"): that country's firms or unions. Mention i holds the
// office, and the body's phrase ends at token last; the mentions after i
// in the document are the phrase's, in order. It returns "" when no
// country names the body: its officers are then no actor.
func bodyOwner(doc *annals.Doc, i int, role string, last int) string {
	for j := i + 1; j < len(doc.Mentions); j++ {
		p := &doc.Mentions[j]
		if p.Tokens.Start > last {
			break
		}
		if p.Kind != annals.ActorMention || p.Capital || p.Type == "PERSON" {
			continue
		}
		if c := countryOf(p.Code); c != "" && (len(p.Code) == 3 || p.Code[3:] == "BUS" || p.Code[3:] == "LAB") {
			return c + role
		}
	}
	return ""
}

// congressHomes are the countries with a legislature, or a great party,
// called Congress: Washington's, the Latin American republics', Spain's
// Congress of Deputies, the Philippines', China's National People's
// Congress, India's Congress party and South Africa's African National
// Congress. In a story about another country "Congress" is none of its own.
var congressHomes = map[string]bool{
	"USA": true, "PHL": true, "MEX": true, "COL": true, "CHL": true, "PER": true,
	"ARG": true, "BRA": true, "VEN": true, "URY": true, "PRY": true, "BOL": true,
	"ECU": true, "DOM": true, "GTM": true, "HND": true, "SLV": true, "NIC": true,
	"CRI": true, "PAN": true, "ESP": true, "HTI": true, "LBR": true, "CHN": true,
	"IND": true, "ZAF": true, "NPL": true, "CUB": true, "FSM": true, "GUY": true,
}

// congressNorms are the words that name a Congress or its members, as
// distinct from a Senate, and the presidential "administration" that
// answers to a Congress: "the administration" of news about Canada or
// Japan is Washington's; their own are governments.
var congressNorms = map[string]bool{
	"administration": true, "congress": true, "congressman": true, "congressmen": true,
	"congresswoman": true, "congresswomen": true,
}

// congressAbroad returns "USA" for a bare legislature word that names a
// Congress ("Congress", "congressmen") in a story about a country that has
// none, though it may have a Senate (Canada, Australia), when the United
// States is named in the article; otherwise "". usCongress leaves such
// countries alone for their Senates: "the administration would ask
// Congress" in a Canadian story on acid rain is Washington's Congress.
func congressAbroad(doc *annals.Doc, m *annals.Mention, focus string) string {
	if m.Code != "LEG" && m.Code != "GOV" || congressHomeSet.Has(focus) || m.Tokens.End <= m.Tokens.Start {
		return ""
	}
	if !congressNormSet.Has(doc.Tokens[m.Tokens.End-1].Norm) {
		return ""
	}
	for i := range doc.Mentions {
		if o := &doc.Mentions[i]; o.Kind == annals.ActorMention && countryOf(o.Code) == "USA" {
			return "USA"
		}
	}
	return ""
}

// mpNorms are the words for members of a parliament in the Westminster
// manner.
var mpNorms = map[string]bool{"mp": true, "mps": true}

// noMPs are countries whose legislators English news does not call MPs:
// members of a Congress or of Japan's Diet.
func noMPs(c string) bool { return c == "JPN" || congressHomeSet.Has(c) && c != "IND" && c != "ZAF" }

// mpsAbroad decides the country of a bare "MPs" in a story about a
// country whose legislators are not so called ("urged by a cross-section
// of influential MPs" in a story about Japan's markets): the second
// country the story names, when MPs may be its own, else none (skip).
func mpsAbroad(doc *annals.Doc, m *annals.Mention, focus, other string) (code string, skip bool) {
	if m.Code != "LEG" || m.Tokens.End <= m.Tokens.Start || !mpNorms[doc.Tokens[m.Tokens.End-1].Norm] || !noMPs(focus) {
		return "", false
	}
	if other != "" && !noMPs(other) {
		return other, false
	}
	return "", true
}
