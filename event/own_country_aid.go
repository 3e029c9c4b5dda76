package event

// ownCountryAid reports whether an event of aid (07) or of intended aid
// (033) runs from a state organ to its own country named bare: "The
// Treasury Department is due to release funds for the Brazilian Coffee
// Institute", "the cost was to be funded by the Transportation Department
// instead of USDA", "subsidized U.S. corn imports", "to protect lower
// income Canadians by providing tax credits". The country so named is
// only the nationality of what the organ pays for or shields (an
// institute, ships, imports, taxpayers): a budget or policy at home, no
// interaction between political actors. domesticFavour drops the same
// roots where the country's firms or people are named by role; this
// catches the bare country that a modifier or adjective leaves. src and
// tgt are the CAMEO actor codes.
func ownCountryAid(code, src, tgt string) bool {
	if len(code) < 3 || len(src) < 6 || len(tgt) != 3 || src[:3] != tgt || !stateOrgans[src[3:6]] {
		return false
	}
	return code[:2] == "07" || code[:3] == "033"
}
