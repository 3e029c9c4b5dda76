package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// A bloc's name before a private role word names the private parties of its
// member states, not the bloc: "EC business leaders met their Japanese
// colleagues", "EC farmers", "EC firms are now more competitive". Coded as
// the bloc itself (IGOEUREEC), a meeting of firms becomes an act of the
// Community. The conventions code such parties as the region's (EURBUS, as
// Airbus; a European farmers' group EURLAB), so the bloc's region takes the
// role. A role word that goes on into another noun names a field, and the
// bloc keeps its code ("EC industry commissioner Narjes", "EC industry
// ministers"); so does a development bank, whose bankers are its own staff
// ("EBRD bankers").

// blocRegions are the regions an intergovernmental body's code names after
// its IGO root (IGOEUREEC, IGOSEAASN, IGOAFRAFU): the bloc's members lie
// there, and their firms, workers and farmers are the region's.
var blocRegions = map[string]bool{
	"EUR": true, "AFR": true, "MEA": true, "ASA": true, "WAF": true, "EAF": true, "SAF": true,
	"CAS": true, "SAS": true, "SEA": true, "PGS": true, "LAM": true, "SAM": true, "CRB": true,
}

// blocParty returns the region's code for the private party that role code
// role names after the bloc coded igo ("IGOEUREEC" + "BUS" = "EURBUS"), or
// ok false when igo names no regional bloc or the role is no private one.
// Civilians (CVL) are left out: "the EC people" is as often its officials.
func blocParty(igo, role string) (string, bool) {
	if len(igo) < 9 || igo[:3] != "IGO" || !blocRegions[igo[3:6]] || igo[6:9] == "DEV" {
		return "", false
	}
	switch role {
	case "BUS", "LAB", "AGR":
		return igo[3:6] + role, true
	}
	return "", false
}

// blocAgentCode returns the region's code for mention m, a bloc named with
// the private role word g, or "" when m keeps its code: a person, or a role
// word followed by a noun that it qualifies ("EC industry commissioner").
func (r *Recognizer) blocAgentCode(toks []annals.Token, m *annals.Mention, g *dict.Agent) string {
	if g == nil || g.Prefix || r.imported() || m.Type == "PERSON" {
		return ""
	}
	if e := m.Tokens.End; e < len(toks) && (toks[e].Tag == annals.NN || toks[e].Tag == annals.NNS || toks[e].Tag == annals.NNP) {
		return ""
	}
	c, ok := blocParty(m.Code, g.Code)
	if !ok {
		return ""
	}
	return c
}
