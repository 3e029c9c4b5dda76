package event

import (
	"strings"

	"github.com/annals-project/annals/dict"
)

// armedRoles are the roles whose "fight" with no enemy named is still
// combat: "Iranian troops are fighting on two fronts", "rebel fighting".
var armedRoles = map[string]bool{
	"MIL": true, "REB": true, "INS": true, "UAF": true, "SEP": true, "COP": true,
}

// civilFight reports whether a "fight" coded with no target (the solo
// pattern) is said of parties none of which is armed: a state, an official,
// a firm or a union that "fought back a bid", "would fight for a tax
// increase", "is fighting the move in court" or "was fighting opening its
// markets" struggles politically, which is no CAMEO 19x.
func (sc *sentCtx) civilFight(v *dict.Verb, srcs []int) bool {
	if !strings.HasPrefix(v.Code, "19") || !strings.HasPrefix(v.Pattern, "fight") {
		return false
	}
	for _, s := range srcs {
		if s < 0 {
			return false
		}
		code := sc.doc.Mentions[s].Code
		if strings.HasPrefix(code, "IMG") || len(code) >= 6 && armedRoles[code[3:6]] {
			return false
		}
	}
	return true
}
