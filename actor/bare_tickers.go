package actor

// Round 58: a bare ticker. Reuters writes a firm listed only in New York
// with its symbol and no exchange suffix ("Boeing Co <BA>", "Westinghouse
// Electric Corp <WX>"); a foreign firm's New York receipt ends in Y and runs
// to five letters ("NEC Corp <NIPNY>"), and a foreign qualifier before the
// name ("French-controlled Schlumberger Ltd <SLB>") says the firm is not
// American. The rest are U.S. business: the event coder keeps them only
// opposite a political actor ("blamed the crash on faulty repairs by Boeing
// Co <BA>").

// bareUSTicker reports whether a ticker without an exchange suffix is a
// U.S. listing: one to four letters.
func bareUSTicker(norm string) bool {
	if len(norm) < 1 || len(norm) > 4 {
		return false
	}
	for i := 0; i < len(norm); i++ {
		if c := norm[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
