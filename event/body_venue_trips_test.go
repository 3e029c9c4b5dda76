package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBodyVenueTrips checks that a trip to a capital to attend an
// international body's meeting is no visit to the host government, while
// a trip for talks with the host, a trip naming the host's people beside
// the body, and a stay in a country hosting a ministerial stay visits.
func TestBodyVenueTrips(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"a body's meeting", "Brazilian Finance Minister Dilson Funaro visited Washington to take part in a meeting of the Inter American Development Bank.", nil},
		{"a body's meeting named before", "Japanese Finance Minister Kiichi Miyazawa visited Washington for the International Monetary Fund meeting.", nil},
		// Kept: the host met.
		{"talks with the host", "Japanese Finance Minister Kiichi Miyazawa visited Washington for talks with Treasury Secretary James Baker.", []string{"JPNGOV USAGOV 042"}},
		{"the host's people too", "Japanese Finance Minister Kiichi Miyazawa visited Washington for the IMF meeting and for talks with Treasury Secretary James Baker.", []string{"JPNGOV USAGOV 042"}},
		{"a host country", "U.S. Trade Representative Clayton Yeutter visited New Zealand for informal GATT ministerial talks.", []string{"USAGOV NZL 042"}},
	})
}
