package actor_test

import (
	"testing"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
)

// TestComposeSeveral checks that an actor standing for several codes
// ("LORIEN [ELR/GAL]") takes a role on each of them.
func TestComposeSeveral(t *testing.T) {
	for _, tc := range []struct {
		actor string
		agent dict.Agent
		want  string
	}{
		{"ELR/GAL", dict.Agent{Code: "COP"}, "ELRCOP/GALCOP"},
		{"ELR/GALGOV", dict.Agent{Code: "COP"}, "ELRCOP/GALGOV"},
		{"ELR/GAL", dict.Agent{Code: "NGO", Prefix: true}, "NGOELR/NGOGAL"},
	} {
		if got := actor.ComposeAgent(tc.actor, &tc.agent); got != tc.want {
			t.Errorf("ComposeAgent(%q, %+v) = %q, want %q", tc.actor, tc.agent, got, tc.want)
		}
	}
}
