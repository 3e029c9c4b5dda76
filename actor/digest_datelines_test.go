package actor

import "testing"

// TestDatelineOpening checks which paragraph openings count as a dateline
// when an article is read as a digest of short stories.
func TestDatelineOpening(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"BELFAST - Mourners clashed with police.", true},
		{"FREETOWN, Sierra Leone - A former vice-president was detained.", true},
		{"BUENOS AIRES - Pope John Paul began a tour.", true},
		{"Iran reported launching a new offensive - a big one.", false},
		{"U.S. - Japan talks - resumed.", false},
		{"- - - -", false},
		{"OPEC output rose in March.", false},
		{",, Iraq said - Iraq said ,1984.", false}, // a comma first: an empty head panicked (stress test)
		// The dash as far from the start as a dateline's may stand, one
		// byte further, and a later dash after one too far.
		{"LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLL - A fair opened.", true},
		{"LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLL - A fair opened.", false},
		{"LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLL - A fair - opened.", false},
	} {
		if got := datelineOpening(tc.para); got != tc.want {
			t.Errorf("datelineOpening(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
}
