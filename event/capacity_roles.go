package event

import annals "github.com/annals-project/annals"

// capacityRole reports whether the actor at r is a role word that only
// says in what capacity another party acts or is treated: "spoke with
// Anne Sacoolas as a suspect", "Czechoslovakia joined as an importer",
// "attended as an observer". The role is the party's own, named beside
// it; read as a party of its own it gave the story's country's suspect
// or importer as a target. Only the indefinite "as a|an" is taken:
// "such as the police" and "as well as the army" list parties.
func capacityRole(doc *annals.Doc, m *annals.Mention) bool {
	if m.Via != "context" {
		return false // a named party ("as a Kenyan ally") is left alone
	}
	toks := doc.Tokens
	s := m.Tokens.Start
	if s < len(toks) && (toks[s].Norm == "a" || toks[s].Norm == "an") {
		s++
	}
	return s >= 2 && (toks[s-1].Norm == "a" || toks[s-1].Norm == "an") && toks[s-2].Norm == "as"
}
