package event

// Wire copy reports much of a state's economic policy as acts towards its
// own firms, farmers or people: "the government plans to help the
// industry", "the United States subsidises its farmers", "the Singapore
// government owns or backs 608 companies", "Malaysia's Central Bank has
// rescued two large commercial banks". The convention codes no domestic
// aid programme, loan or cooperation with one's own industry: it is
// policy, not an interaction between political actors. The same roots
// from a firm to its own state are as often a context country gone wrong
// ("the Bank" of the World Bank story coded as Indonesia's bank).
// Coercion, appeals and demands aimed at one's own firms (MITI asking
// chipmakers to cut output), meetings with them, strikes and labour
// bargaining with the state, and a firm's welcome of its government's
// budget stay codable, as the read sets code them.

// favourPrivate are the roles whose dealings with their own state in aid
// and cooperation are domestic policy. Unions, teachers and health
// workers bargain with the state as employer, which the convention codes.
var favourPrivate = map[string]bool{"BUS": true, "AGR": true, "CVL": true, "MED": true}

// backingVerbs are the verbs of support that, aimed at one's own firms,
// name a policy stance or a stake ("backs 608 companies", "supported
// giving banks new powers"), not praise of a party (a welcome stays).
var backingVerbs = map[string]bool{"support": true, "back": true, "approve": true, "endorse": true}

// domesticFavour reports whether an event of aid, material or diplomatic
// cooperation, or of aid cut (162), joins a party of one country's state
// (or the country named bare) and a private party of that same country,
// either way. verb is the lemma of the event's verb.
func domesticFavour(code, verb, src, tgt string) bool {
	if len(src) < 3 || len(tgt) < 3 || src[:3] != tgt[:3] || src[:3] == "IGO" || src[:3] == "NGO" || src[:3] == "IMG" {
		return false
	}
	srcPrivate := len(src) >= 6 && favourPrivate[src[3:6]]
	tgtPrivate := len(tgt) >= 6 && favourPrivate[tgt[3:6]]
	if srcPrivate == tgtPrivate {
		return false
	}
	if !srcPrivate && len(src) >= 6 && privateRole(src[3:6]) || !tgtPrivate && len(tgt) >= 6 && privateRole(tgt[3:6]) {
		return false // a firm and a union or a school: private on both sides, handled elsewhere
	}
	people := tgtPrivate && tgt[3:6] == "CVL" || srcPrivate && src[3:6] == "CVL"
	switch {
	case len(code) < 3:
		return false
	case code[:3] == "030", code[:3] == "031", code[:3] == "032", code[:3] == "033":
		return true
	case code[:2] == "06", code[:3] == "162":
		return true // aid withdrawn from one's own firms is policy too: "has cut loans to exporting companies"
	case code[:2] == "07":
		// Relief and protection given to one's own people in a disaster
		// or an attack are reported as events.
		return !(people && (code[:3] == "073" || code[:3] == "074"))
	case code == "050", code == "052", code == "053", code == "054", code[:3] == "057":
		return true
	case code == "051":
		return tgtPrivate && backingVerbs[verb]
	}
	return false
}
