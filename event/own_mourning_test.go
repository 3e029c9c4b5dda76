package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOwnMourning checks that a state's grief over its own dead (a verb of
// mourning, sadness at someone's death, the death of someone, a funeral
// attended) codes nothing, while condolences sent to the living and grief
// over another state's leader stay 018.
func TestOwnMourning(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"grieve", "Germany mourns a former chancellor.\n\nChancellor Angela Merkel said Germany grieves for Helmut Kohl.", nil},
		{"sadness at a death", "Former French president Jacques Chirac died on Thursday.\n\nPresident Emmanuel Macron expressed his sorrow at Chirac's death.", nil},
		{"the death of", "Former French president Jacques Chirac died on Thursday.\n\nPresident Emmanuel Macron expressed sorrow over the death of Jacques Chirac.", nil},
		{"a funeral", "Former French president Jacques Chirac died on Thursday.\n\nPresident Emmanuel Macron attended the funeral of Jacques Chirac in Paris.", nil},
		// Still events.
		{"condolences to the living", "Former US senator John McCain died on Saturday.\n\nChancellor Angela Merkel sent her condolences to Emmanuel Macron.", []string{"DEUGOV FRAGOV 018"}},
		{"another state's dead", "Former French president Jacques Chirac died on Thursday.\n\nRussian President Vladimir Putin expressed sorrow over the death of Jacques Chirac.", []string{"RUSGOV FRAELI 018"}},
	}
	checkCodingsOn(t, p, "2019-09-27", scoredCodings, tests)
}
