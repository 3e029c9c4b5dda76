package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPassiveGoodsReleased checks released_goods_passive.go: a passive
// release, or a release not yet made, whose subject is figures, goods or
// a text is no one freed or held, whatever parties its modifiers name;
// people released stay coded.
func TestPassiveGoodsReleased(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-03-26", codings, []codingCase{
		// Stay.
		{"prisoners released", "Two French hostages were released by Lebanese kidnappers.",
			[]string{"LBNCRM FRACVL 0841"}},
		// Silent.
		{"data not yet released", "Data on capital flows between West Germany and the Netherlands have not yet been released.", nil},
		{"figures released", "Figures on trade between Japan and the United States were released by the ministry.", nil},
	})
}
