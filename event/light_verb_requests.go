package event

import "strings"

// A request, proposal or suggestion named by a noun after a light verb and
// handed to a party ("made a formal request to the United States",
// "submitted a proposal to the EC", data/verbs/02-appeal.txt) is an appeal
// (020) to that party. Handed from one office to another of the same actor
// ("the ministry sent a proposal to the cabinet", "the Secretary of State
// sent a letter requesting the rules to the Secretary of Transportation")
// it is the government's own paperwork: like a meeting among officials of
// one government, which the conventions do not code, it is no event
// between parties.

// handedProposal reports whether pattern is one of those light-verb
// request patterns.
func handedProposal(pattern string) bool {
	return strings.Contains(pattern, " request|proposal|suggestion")
}
