package entity

import "github.com/annals-project/annals"

// contextCodes returns, for each entity, the code its later mentions by
// name take when the entity has no code of its own: the code the actor
// layer gave the person's own titled mention from the story's context
// ("central bank president Leonard Chivuno" in a story about Zambia is
// ZMBGOV, though the words name no country). Without it "Chivuno told a
// press conference" a few sentences on names no actor, and what the
// person does there is lost. finish gives it to surnames only, not to
// pronouns ("He said"), whose events on the read sets were mostly wrong.
// The entity's own code stays empty: the words still name no country.
//
// A context code is a guess, so it is carried only where the guess is
// safe: a state office (GOV, LEG, JUD), and a sentence that introduces
// the person naming no other country ("a visit to Tokyo by Corporate
// Affairs Minister Michael Howard", after "The U.K. Government hopes",
// is the focus country's guest, not its minister). A sentence that names
// no country at all carries it too: wire copy introduces a country's own
// officials bare ("Interior Secretary Donald Hodel said", "Texas Railroad
// Commissioner James Nugent said") and names them by surname after, and
// there the story's country is the only one the reader has. It reads
// each reference once and the document's mentions once, and only when
// some person was coded from context.
func (s *state) contextCodes() []string {
	var codes []string
	for i := range s.refs {
		rf := &s.refs[i]
		if rf.mention < 0 || rf.coref || !s.info[rf.ent].person || s.ents[rf.ent].Code != "" {
			continue
		}
		m := &s.doc.Mentions[rf.mention]
		if m.Kind != annals.ActorMention || m.Via != "context" && s.ownWordsCode(rf.mention) == "" || len(m.Code) != 6 || !stateOffices[m.Code[3:]] {
			continue
		}
		if codes == nil {
			codes = make([]string, len(s.ents))
		}
		if codes[rf.ent] == "" {
			codes[rf.ent] = m.Code
		}
	}
	if codes == nil {
		return nil
	}
	// The introducing sentence of each carried code, by entity.
	intro := make(map[int]int, 4) // sentence -> entity+1, or -1 when several
	for e, c := range codes {
		if c == "" {
			continue
		}
		si := s.doc.SentenceOf(s.firstMention(e))
		if si < 0 {
			codes[e] = ""
			continue
		}
		if _, ok := intro[si]; ok {
			intro[si] = -1
		} else {
			intro[si] = e + 1
		}
	}
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Kind != annals.ActorMention || len(m.Code) < 3 || m.Tokens.Len() == 0 || m.Via == "context" || m.Implied {
			continue
		}
		si := s.doc.SentenceOf(m.Tokens.Start)
		e, ok := intro[si]
		if !ok {
			continue
		}
		c := m.Code[:3]
		if nonCountryRoots[c] {
			continue
		}
		if e < 0 {
			// Two context-coded people introduced together: each must
			// share the country named.
			for k, code := range codes {
				if code != "" && code[:3] != c && s.doc.SentenceOf(s.firstMention(k)) == si {
					codes[k] = ""
				}
			}
			continue
		}
		if codes[e-1] != "" && codes[e-1][:3] != c {
			codes[e-1] = ""
		}
	}
	return codes
}

// firstMention returns the first token of the actor mention that
// introduced entity e, or -1.
func (s *state) firstMention(e int) int {
	for i := range s.refs {
		rf := &s.refs[i]
		if rf.ent == e && rf.mention >= 0 && !rf.coref {
			return s.doc.Mentions[rf.mention].Tokens.Start
		}
	}
	return -1
}

// stateOffices are the role codes of offices of a state whose holder a
// story's country may be guessed for.
var stateOffices = map[string]bool{"GOV": true, "LEG": true, "JUD": true}

// nonCountryRoots are the first three letters of codes that name no
// country: international and non-state actors and bare roles.
var nonCountryRoots = map[string]bool{
	"IGO": true, "NGO": true, "IMG": true, "MNC": true, "---": true, "UAF": true, "REB": true,
	"GOV": true, "MIL": true, "BUS": true, "LEG": true, "JUD": true, "COP": true, "MED": true,
	"CVL": true, "OPP": true, "EDU": true, "LAB": true, "AGR": true, "REF": true, "SPY": true,
	"CRM": true, "HLH": true, "ELI": true, "PTY": true, "ENV": true, "RAD": true, "SET": true,
	"INS": true, "MOD": true, "REL": true, "DEV": true,
}
