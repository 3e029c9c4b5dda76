package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSanctionNouns checks round 60's sanctions and tariffs named by a noun:
// a country modifying the noun imposes it even inside a prepositional
// phrase, and sanctions "imposed against" a party are the lifter's own. The
// sanctions "President Reagan has ordered imposed on" a party are his. The
// silent rows keep sanctions with no target, cuts in tariffs, a lift
// refused or passive, and an agent named after the participle. Two mends
// ride along: pressure denied ("no longer under any pressure") presses
// nobody, and a legal battle fought is no force.
func TestSanctionNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"modifier after of", "Rates rose after news of pending U.S. trade sanctions against Japan.", []string{"USA JPN 163"}},
		{"adjective after of", "The airline gave up the route as a result of Australian sanctions against South Africa.", []string{"AUS ZAF 163"}},
		{"tariffs in a participle phrase", "Japan is cutting production to forestall the 300 mln dlrs in U.S. tariffs on Japanese electronic goods set to take effect April 17.", []string{"USA JPN 163"}},
		{"lifter is imposer", "He hopes the U.S. will soon be able to lift sanctions imposed against Japan.", []string{"USA JPN 163"}},
		{"lifter asked", "Tamura urged Yeutter to lift the trade sanctions imposed against Japan.", []string{"USAELI JPN 163"}},
		{"lifter with a time", "Reagan said he would lift tariffs imposed last week against some Japanese products.", []string{"USAELI JPN 163"}},
		{"relative clause, name", "Officials met to cut short the 300 mln dlr penalty tariffs President Reagan has ordered imposed on Japanese exports.", []string{"USAELI JPN 163"}},
		{"relative clause, it", "The U.S. kept the sanctions it imposed on Japanese imports.", []string{"USA JPN 163"}},
		// Silent, or only what other rules code.
		{"relative clause, own country", "The tariffs Japan imposed on Japanese goods hurt.", nil},
		{"relative clause, no imposing", "The tariffs Japan wants on U.S. goods are high.", nil},
		{"no target", "The airline gave up the route as a result of Australian sanctions.", nil},
		{"cuts in tariffs", "Exporters welcomed the cuts in U.S. tariffs on Canadian lumber.", nil},
		{"lift refused", "The United States will not lift the sanctions imposed on Poland.", []string{"USA POL 1244"}},
		{"agent named", "The U.S. lifted sanctions imposed by Canada on Japan.", []string{"CAN JPN 163", "USA JPN 085"}},
		{"pressure denied", "West Germany was now no longer under any pressure from the U.S. Government to stimulate its economy.", nil},
		{"pressure not", "Japan is not under pressure from the United States.", nil},
		{"legal battle", "The U.S. fought a legal battle with Pennzoil over the merger.", nil},
		{"battle still force", "Iran fought a long war with Iraq.", []string{"IRN IRQ 190"}},
	}
	checkCodings(t, p, tests)
}
