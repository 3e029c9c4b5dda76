package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRoleOwner checks criticism or rejection of a thing said whose maker
// only a role word before it names ("rejected opposition demands",
// "denounced press reports"): the target is that role in the subject's
// country. A role word before a noun of an act, a subject of no country, a
// role that is the subject's own, a thing with a named owner and a role
// word that is itself the object stay as they were.
func TestRoleOwner(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"opposition demands", "Canada rejected opposition demands to take some form of action.", []string{"CAN CANOPP 120"}},
		{"opposition party demands", "Canada rejected opposition party demands.", []string{"CAN CANOPP 120"}},
		{"union demands", "The United States rejected union demands.", []string{"USA USALAB 120"}},
		{"press reports", "The Japanese government angrily denounced press reports that the minister would resign.", []string{"JPNGOV JPNMED 111"}},
		{"government proposals", "Poland condemned government proposals.", []string{"POL POLGOV 111"}},
		{"latest union offer", "France rejected the latest union offer.", []string{"FRA FRALAB 127"}},
		// Silent.
		{"a noun of an act", "Poland condemned government policy.", nil},
		{"no role word", "Canada rejected the demands.", nil},
		{"subject of no country", "The government rejected opposition demands.", nil},
		{"the subject's own role", "The Canadian government rejected government proposals.", nil},
		{"the press itself", "Canada criticised the press.", nil},
		{"a head further on", "Canada rejected opposition demand letters.", nil},
		{"no criticism", "Canada studied opposition demands.", nil},
	}
	checkCodings(t, p, tests)
}

// TestWantOfOther checks "X wants Y to ACT", a demand of Y (100), and
// that it stays silent for what a party wants its own body or people in
// general to do, for "want to" with no party, and for a firm's wish
// about itself.
func TestWantOfOther(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"wants Y to", "The U.S. wants Japan to eliminate import controls on farm products.", []string{"USA JPN 100"}},
		{"wanted Y to", "Britain wanted Japan to agree a timetable for joint rules.", []string{"GBR JPN 100"}},
		{"wants an IGO to", "The United States wants the IMF to impose greater conditions on lending.", []string{"USA IGOBUSIMF 100"}},
		// Silent.
		{"want to, no party", "Japan wants to resolve the issue through consultations.", nil},
		{"its own body", "The Japanese government wants the government to cut spending.", nil},
		{"people in general", "The U.S. government wants people to know about the plan.", nil},
		{"want of a thing", "Japan wants more beef from the United States.", nil},
	}
	checkCodings(t, p, tests)
}
