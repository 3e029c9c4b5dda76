package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReportingSubjects checks that a target slot running past a comma
// into the reporting clause after it codes no event on the reporter:
// the agency, spokesman or institute that reports the news, set off by
// modifiers, an "of" phrase, a bracketed abbreviation or an aside, is not
// the party acted on. The kept rows name the party before the comma, or
// a list of parties, or a reporter who is not the first phrase after the
// comma.
func TestReportingSubjects(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped: the slot runs into the reporting clause.
		{"agency with aside", "North Korea unveiled plans to greatly expand trade with other nations, the official North Korean Central News Agency, monitored in Tokyo, reported.", nil},
		{"institute with abbreviation", "Mexico has no intention of leaving the International Coffee Organization (ICO), in the event of Brazil withdrawing from the group, the Mexican Coffee Institute (IMC) said.", nil},
		{"noun and second conjunct", "Latin America is unwilling to countenance U.S. demands for greater veto powers on lending, officials and delegates said.", nil},
		{"opening phrase", "In announcing the U.S. sanctions yesterday, President Ronald Reagan said he was prepared to lift them.", nil},
		// Kept: the party stands in the slot.
		{"party before comma", "Iraq attacked Iran, the official news agency said.", []string{"IRQ IRN 190"}},
		{"list after comma", "Indonesia signed trade agreements with Japan, Thailand and Malaysia.", []string{"IDN JPN 057", "IDN MYS 057", "IDN THA 057", "JPN IDN 057", "MYS IDN 057", "THA IDN 057"}},
		{"apposition object", "Colombian tax authorities are investigating Occidental, a U.S.-owned firm, for alleged tax evasion.", []string{"COLGOV USA 091"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
