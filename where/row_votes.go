package where

// Issue 5, the read sets' table-row misses (round 71): nearTown took a
// small row town's namesake near the latest of the rows before that had
// one within rowReach, so that in a weather table set in two columns a
// Michigan town after a Missouri row was read in Texas.

// votedTown returns the town of list, the places of a row's name, that
// lies within rowReach km of the most of refs, the towns of the rows
// before, latest first; among those as well placed, the one near the
// latest ref, then the most populous; -1 when none lies so near any.
// A table set in two columns interleaves two regions' towns, so the
// latest row alone may lie in the other column's region: "LANSING
// MONETT  53 40 ... SAGINAW" is Saginaw, Michigan, by Lansing, Grand
// Rapids and Flint, though Saginaw, Texas, lies nearer Monett.
func (r *Recognizer) votedTown(list []int32, refs []int32) int32 {
	best, bestVotes, bestFirst := int32(-1), 0, 0
	for _, p := range list {
		c := &r.g.places[p]
		if c.Kind != KindCity {
			continue
		}
		votes, first := 0, len(refs)
		for x, ref := range refs {
			at := &r.g.places[ref]
			if c.Country == at.Country && rowKm(c, at) <= rowReach {
				votes++
				first = min(first, x)
			}
		}
		if votes == 0 {
			continue
		}
		if best < 0 || votes > bestVotes || votes == bestVotes && (first < bestFirst || first == bestFirst && c.Population > r.g.places[best].Population) {
			best, bestVotes, bestFirst = p, votes, first
		}
	}
	return best
}
