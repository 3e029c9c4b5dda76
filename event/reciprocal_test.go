package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReciprocalMirrored checks the reciprocal pass (round 81): talks,
// meetings, negotiations and accords that the patterns find one way are
// coded both ways, as the guidelines code reciprocal acts between two
// parties. The rows after them keep one way or nothing where the act is
// no reciprocal one: a list of partners, a party named after another
// preposition, "agreed to" a promise, a reception, a country word beside
// a body of the same country, pressure "met" (no meeting at all:
// dutyNouns), and a ring of three.
func TestReciprocalMirrored(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"talks noun, in a phrase", "In talks with Australian Trade Minister Peter Lowe on Monday, Brandt and U.S. Trade Representative Clayton Yeutter asked Australia to cut its beef quotas.", []string{"AUSGOV USAELI 043", "USAELI AUS 020", "USAELI AUSGOV 043"}},
		{"talks noun, planned", "Kenyan Finance Minister Paul Otieno leaves today for Ottawa for trade talks with Canadian officials.", []string{"CANGOV KENGOV 036", "KENGOV CANGOV 036"}},
		{"meeting noun, planned", "Deputy Prime Minister Jan Nowak, speaking before a meeting with the Paris Club of creditor nations, said Poland was seeking to refinance its debt.", []string{"IGOBUSPRC POLGOV 036", "POLGOV IGOBUSPRC 036"}},
		{"agreed upon with", "U.S. President Ronald Reagan said the draft followed the terms he agreed upon with Soviet leader Mikhail Gorbachev at their summit.", []string{"RUSELI USAELI 057", "USAELI RUSELI 057"}},
		{"met, a finite verb", "A senior Korean trade official met U.S. negotiators in Washington on Tuesday.", []string{"KORGOV USAGOV 044", "USAGOV KORGOV 044"}},
		{"domestic, two bodies", "Brazilian President Jose Sarney met more than 20 Brazilian businessmen for a discussion on the economy.", []string{"BRABUS BRALEG 043", "BRALEG BRABUS 043"}},
		// One way, or nothing.
		{"talks with a list", "The government's current talks with the IMF and the World Bank have run into trouble, Zambian officials said.", []string{"ZMBGOV IGOBUSIMF 043", "ZMBGOV IGODEVWBK 043"}},
		{"and a second body", "British Trade Secretary Paul Channing made his remarks after two days of talks with Reagan Administration officials and members of Congress.", []string{"GBRGOV USAELI 043"}},
		{"meet for a body", "Economists said the G-7 countries may act when they meet for the IMF Interim Committee in April.", []string{"IGOWSTGSV IGOBUSIMF 043"}},
		{"agreed to", "India has agreed to export to Japan about 20 mln tonnes of iron ore next year.", []string{"IND JPN 0311"}},
		{"met by", "The Brazilian finance minister was met at the airport by the Italian treasury minister.", []string{"ITAGOV BRAGOV 044"}},
		{"country word", "Japan would act to meet Japanese businessmen next week, the vice minister said.", []string{"JPN JPNBUS 043"}},
		{"pressure met", "Japan would act to meet mounting pressure from Japanese businessmen, the vice minister said.", nil},
		{"ring of three", "The foreign ministers of France, Germany and Italy met in Rome on Friday.", []string{"DEU ITA 044", "FRAGOV DEU 044", "ITA FRAGOV 044"}},
	}
	checkCodings(t, p, tests)
}
