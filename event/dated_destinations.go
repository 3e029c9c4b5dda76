package event

// A trip or visit is named with its destination first and its date after:
// "the trip to Tokyo next week by Corporate Affairs Minister Michael
// Howard", "his visit to Moscow next month". The destination is often a
// capital, which stands for a place here, not for a party, so the scan of
// the noun's own phrase for a date to come (datedAhead) must read past it
// as it reads past a country; else the date is missed and a visit still
// to come is coded as one made (042), where the conventions code the
// intent (036). A capital ends no phrase: it names where, as "to" before
// it says.

// destinationCity reports whether token j lies in a capital named in the
// sentence as a place ("to Tokyo").
func (sc *sentCtx) destinationCity(j int) bool {
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Capital && m.Tokens.Start <= j && j < m.Tokens.End {
			return true
		}
	}
	return false
}
