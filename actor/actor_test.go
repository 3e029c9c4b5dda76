package actor_test

import (
	"testing"

	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
)

func TestComposeAgent(t *testing.T) {
	for _, tc := range []struct {
		actor string
		agent dict.Agent
		want  string
	}{
		{"AFG", dict.Agent{Code: "COP"}, "AFGCOP"},
		{"AFGGOV", dict.Agent{Code: "COP"}, "AFGGOV"},            // already has a role
		{"IGOUNO", dict.Agent{Code: "GOV"}, "IGOUNO"},            // international actors keep theirs
		{"ARN", dict.Agent{Code: "NGO", Prefix: true}, "NGOARN"}, // "Arnor human rights group"
		{"ARNGOV", dict.Agent{Code: "NGO", Prefix: true}, "NGOARNGOV"},
		{"NGM", dict.Agent{Code: "NGM", Prefix: true}, "NGM"}, // no doubled prefix
	} {
		if got := actor.ComposeAgent(tc.actor, &tc.agent); got != tc.want {
			t.Errorf("ComposeAgent(%q, %+v) = %q, want %q", tc.actor, tc.agent, got, tc.want)
		}
	}
}
