package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// sectorFields are the business role words that also name the field of a
// state office: "Industry" in "Trade and Industry Secretary" or "Industry
// Commissioner" is the office's portfolio, not the firms of a sector.
var sectorFields = map[string]bool{"industry": true, "industries": true, "business": true}

// officeHeads are the heads of a state office that a portfolio word comes
// before; each gives the role text of the office.
var officeHeads = map[string]string{
	"secretary": "secretary", "minister": "minister", "commissioner": "commissioner",
	"undersecretary": "secretary", "under-secretary": "secretary",
}

// portfolioOffice is the state office a portfolio names ("Industry
// Secretary"): the government's, like every minister in agents.txt, with
// the role text the dictionary gives the head word alone, so that "farm
// commissioner Andriessen and industry commissioner Narjes" hold one
// office.
func (r *Recognizer) portfolioOffice(toks []annals.Token, g *dict.Agent, head int) *dict.Agent {
	o := *g
	o.Code, o.RoleText = "GOV", officeHeads[toks[head].Norm]
	if hend, h := r.dict.MatchAgent(toks, head); h != nil && hend == head+1 && h.Code == "GOV" && h.RoleText != "" {
		o.RoleText = h.RoleText
	}
	return &o
}

// sectorOffice returns the role of the business word g matched at tokens
// [j, gend) when it names the portfolio of a state office: before an
// office head ("Industry Secretary Jose Concepcion", "Industry
// Commissioner Karl-Heinz Narjes") the role is the head's, GOV, spanning
// it; before "and" and a capitalised office ("Industry and Foreign Trade
// Secretary Roberto Lavagna") it is none, since the office that follows
// is the person's. Any other match is returned as it was.
func (r *Recognizer) sectorOffice(toks []annals.Token, g *dict.Agent, j, gend, end int) (*dict.Agent, int) {
	if r.imported() || g.Code != "BUS" || gend != j+1 || gend >= end || !sectorFields[toks[j].Norm] {
		return g, gend
	}
	if _, ok := officeHeads[toks[gend].Norm]; ok {
		return r.portfolioOffice(toks, g, gend), gend + 1
	}
	if toks[j].Flags&annals.Cap != 0 && toks[gend].Norm == "and" && r.officeAhead(toks, gend+1, end) > 0 {
		return nil, gend
	}
	return g, gend
}

// officeAhead returns the end of a state office written as a run of up to
// four capitalised portfolio words from token k and ending in an office
// head ("Foreign Trade Secretary", "Industry Minister"), or 0. A word that
// begins an actor ends the run: "Chinese Foreign Minister" is another
// state's.
func (r *Recognizer) officeAhead(toks []annals.Token, k, end int) int {
	for n := k; n < end && n-k < 5; n++ {
		t := &toks[n]
		if t.Flags&annals.Cap == 0 || t.Flags&(annals.Punct|annals.Digit) != 0 {
			return 0
		}
		if _, ok := officeHeads[t.Norm]; ok {
			return n + 1
		}
		if _, a := r.dict.MatchActor(toks, n); a != nil {
			return 0
		}
	}
	return 0
}

// jointPortfolio finds, after a country actor ending at token aend, an
// office whose portfolios are joined by "and" ("British Trade and Industry
// Secretary Paul Channon", "Philippines Trade and Industry Secretary"),
// which the modifier walk stops short of at "and", so the person took the
// story's country and the sector's role. A possessive may come between
// ("Britain's Trade and Industry Secretary"). It returns the office's role
// and the end of its head, or nil.
func (r *Recognizer) jointPortfolio(toks []annals.Token, aend, end int) (*dict.Agent, int) {
	k := aend
	if k < end && toks[k].Tag == annals.POS {
		k++
	}
	if r.imported() || k+3 >= end || toks[k].Flags&annals.Cap == 0 || toks[k+1].Norm != "and" {
		return nil, 0
	}
	if _, a := r.dict.MatchActor(toks, k); a != nil {
		return nil, 0
	}
	oend := r.officeAhead(toks, k+2, end)
	if oend == 0 {
		return nil, 0
	}
	if gend, g := r.dict.MatchAgent(toks, oend-2); g != nil {
		if gend == oend && g.Code == "GOV" {
			return g, oend // "Trade and Industry Minister": the dictionary's office
		}
		if o, oe := r.sectorOffice(toks, g, oend-2, gend, end); o != nil && o.Code == "GOV" && oe == oend {
			return o, oend // "Trade and Industry Secretary"
		}
	}
	if gend, g := r.dict.MatchAgent(toks, oend-1); g != nil && gend == oend && g.Code == "GOV" {
		return g, oend // "Agriculture and Livestock Development Minister"
	}
	return nil, 0
}
