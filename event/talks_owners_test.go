package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev7Round31 checks the rules added after reading development set 7's
// misses: talks whose party is the owner of the noun before "in" or the
// speaker reporting them, export restraints agreed with the importer,
// imports barred, a veto set aside, demands fought off, and the country of
// role words in a digest of datelined stories. Each rule has a row where it
// must stay silent.
func TestDev7Round31(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// The owner of the noun that "in talks with" follows is a party.
		{"owner of a position in talks", "Wang said the surplus weakened Taiwan's position in talks with Washington.", []string{"TWN USAGOV 043", "USAGOV TWN 043"}},
		{"an owner that is no actor", "The surplus weakened the island's position in talks with Washington.", nil},
		// The speaker of talks hung on a passive verb or one with no actor.
		{"speaker of talks after a passive", "Kenya said the system would be reintroduced after talks with the World Bank.", []string{"IGODEVWBK KEN 043", "KEN IGODEVWBK 043"}},
		{"speaker of progress made in talks", "Britain said progress has been made in talks with Japan.", []string{"GBR JPN 043", "JPN GBR 043"}},
		{"no partner right after with", "Mulford said progress was being made in talks with commercial banks for loans to Argentina.", nil},
		{"no actor speaking", "Analysts said prices rose after talks with OPEC.", nil},
		// A voluntary export restraint agreed is a deal with the importer.
		{"agreed to limit exports", "Japan agreed to limit car exports to the United States.", []string{"JPN USA 057"}},
		{"has agreed to limit exports", "Taiwan has agreed to voluntarily limit its steel exports to the U.S.", []string{"TWN USA 057"}},
		{"will agree stays an intent", "Japan will agree to limit car exports to the United States.", []string{"JPN USA 032"}},
		{"a limit with no importer named", "Zaire agreed to limit its tin exports to 1,736 tonnes.", nil},
		// Imports barred.
		{"bar imports from", "Kenya barred imports from Uganda.", []string{"KEN UGA 163"}},
		{"subcommittee bars imports of a product", "The U.S. subcommittee agreed to bar imports of a new Japanese product.", []string{"USALEG JPN 163"}},
		// A veto set aside rejects the one who cast it.
		{"veto rejected", "Congress rejected Biden's veto of a water bill.", []string{"USALEG USAGOV 120"}},
		{"veto overridden", "Congress overrode President Joe Biden's veto of a water bill.", []string{"USALEG USAGOV 120"}},
		// Fighting off demands is no fighting.
		{"demands fought off", "U.S. officials, who are fighting off demands for change, are confident.", nil},
		{"an attack fought off stays force", "Kenyan troops fought off an attack.", []string{"KENMIL --- 190"}},
	}
	checkCodings(t, p, tests)
}

// TestDigestStoriesTakeTheirOwnCountry checks that in a digest of short
// stories, each opened by its own dateline, a role word with no country
// takes the country of its own story, while the undated lead story keeps
// the article's.
func TestDigestStoriesTakeTheirOwnCountry(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Iraq said it had repulsed an Iranian attack near Basra, and Iraqi officials said Baghdad was calm.\n\n" +
		"BELFAST - Police said guerrillas attacked an army patrol in Northern Ireland.\n\n" +
		"MANILA - Police arrested five rebels in the Philippines.\n"
	lead := "Iraq said it had repulsed an Iranian attack near Basra, and Iraqi officials said Baghdad was calm.\n\n" +
		"Police arrested five rebels.\n"
	tests := []codingCase{
		{"digest", text, []string{"GBRREB --- 190", "IRQ IRN 190", "PHLCOP PHLREB 173"}},
		{"an ordinary report keeps its focus", lead, []string{"IRQ IRN 190", "IRQCOP IRQREB 173"}},
	}
	checkCodings(t, p, tests)
}
