package event

import "github.com/annals-project/annals/internal/wordfilter"

// The filters of the word lists the coder asks about most tokens or most
// verb groups: a stance adjective, a sanction or strike noun, a unit or
// day word between pattern words, a dash, a role noun, a gathering named
// after its venue.
var (
	stanceFilter    = wordfilter.New(stances)
	sanctionFilter  = wordfilter.New(sanctionNouns)
	strikeByFilter  = wordfilter.New(strikeByNouns)
	measureFilter   = wordfilter.New(measureWords)
	dayFilter       = wordfilter.New(dayWords)
	dashFilter      = wordfilter.New(dashes)
	groupRoleFilter = wordfilter.New(groupRoleNouns)
	venueFilter     = wordfilter.New(venueNouns)
)
