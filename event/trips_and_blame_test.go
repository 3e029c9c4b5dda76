package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev89Round32 checks the rules added after reading development sets 8
// and 9's misses: blame traded between parties named together, a trip to a
// capital dated "tomorrow", a stay in a capital "for talks" stated with the
// copula, leaving on a visit, a weekday dating a trip ahead, sums of money
// between pattern words, talks "had" by parties named together, and bare
// retaliation threatened by its own maker. Each rule has a row where it must
// stay silent.
func TestDev89Round32(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Blame traded: the members named together blame each other.
		{"blamed each other", "Japan and the United States blamed each other.", []string{"JPN USA 112", "USA JPN 112"}},
		{"accused one another", "Israel and Egypt accused one another of violating the truce.", []string{"EGY ISR 112", "ISR EGY 112"}},
		{"roles shared out in an aside", "The U.S. and Brazil, the largest coffee consumer and producer respectively, blamed one another for sabotaging negotiations.", []string{"BRA USA 112", "USA BRA 112"}},
		{"an aside without respectively", "The U.S. and Brazil, the largest coffee consumer and producer, blamed one another.", []string{"BRA USA 112", "USA BRA 112"}},
		{"lone side blames one another", "Officials blamed one another for the delay.", nil},
		// A capital before a day word after a preposition stays an actor.
		{"fly to a capital tomorrow", "The Japanese foreign minister will fly to Washington tomorrow for talks.", []string{"JPNGOV USAGOV 036"}},
		{"travel to a capital today", "The Japanese foreign minister will travel to Moscow today.", []string{"JPNGOV RUSGOV 036"}},
		// The copula states a stay for talks as an aside does.
		{"was in a capital for talks", "Belgian trade minister Robert De Croo was also in Washington for trade talks.", []string{"BELGOV USAGOV 042"}},
		{"not in a capital for talks", "The Belgian minister was not in Washington for talks.", nil},
		// Leaving on a visit; a weekday dates a trip in the present tense.
		{"left on a visit", "The Japanese prime minister left on a visit to China.", []string{"JPNGOV CHN 042"}},
		{"leaves on a visit on a weekday", "The Japanese prime minister leaves on a visit to China on Wednesday.", []string{"JPNGOV CHN 036"}},
		{"returns from a visit on a weekday", "Portugal's president, who returns from a visit to Brazil on Sunday, faces an election.", []string{"PRTGOV BRA 042"}},
		// A sum of money counts as one word between pattern words.
		{"loan asked with its sum", "The Philippines will ask for another 500 mln dlr long-term loan from the World Bank.", []string{"PHL IGODEVWBK 0231"}},
		{"a day word and a sum between", "Mexico signed yesterday a 250 mln dlr loan with the World Bank.", []string{"IGODEVWBK MEX 057", "MEX IGODEVWBK 057"}},
		{"no slot: sum still counts", "Canada will provide a 350 mln dlr oil industry aid package.", nil},
		// "Have talks": parties named together talk to each other.
		{"had talks together", "The U.S. and China had months of talks on the issue.", []string{"CHN USA 043", "USA CHN 043"}},
		{"lone party had talks", "Kenya had talks on trade.", nil},
		// Bare retaliation: a threat when its maker speaks of itself.
		{"warned it would retaliate", "Britain warned that it would retaliate if Japan did not open its markets.", []string{"GBR JPN 130"}},
		{"another's forecast of retaliation", "Crowe predicted Iran will retaliate for the U.S. strike.", nil},
	}
	checkCodings(t, p, tests)
}
