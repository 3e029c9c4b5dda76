package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCommerceAndCampaigns checks words of cooperation and combat used of
// firms and campaigns: a firm paired with a country named only as the
// adjective of another firm is commerce, fighting against a thing is a
// campaign, and attacking a forecast is criticism.
func TestCommerceAndCampaigns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// A country word before a firm's noun says where the firm is from.
		{"a deal with a firm named by its country adjective", "Kenyan company Acme Ltd said it had signed a distribution agreement with the French group.", nil},
		{"houses cooperating with banks", "Kenyan banks said they now cooperate with Japanese houses.", nil},
		{"a country named outright stays", "Kenya's three major banks have offered Uganda an extra 110 mln dlr credit.", []string{"KENBUS UGA 0331"}},
		{"a state firm named by its country stays", "The talks between the Letter Carriers Union of Kenya and government-owned Kenya Post were the first in years.", []string{"KEN KENLAB 046", "KENLAB KEN 046"}},
		// A treasury offering bills or a firm offering cargoes sells them.
		{"a central bank offering treasury bills", "The Central Bank of Kenya said it will offer 250 mln shillings worth of three-month treasury bills at its weekly tender.", nil},
		{"offering banks bills at a tender", "Kenya introduced a weekly tender, offering local banks two mln shillings in 91-day bills.", nil},
		{"offering aid stays", "Kenya offered Uganda emergency food aid on Monday.", []string{"KEN UGA 033"}},
		// Fighting against a thing is a campaign.
		{"fighting against market pressure", "The Central Bank of Kenya again fought against market pressure for an interest rate cut.", nil},
		{"fighting against a tax named before", "Kenya's minister said a proposed tax would raise prices and he pledged the government would fight against it.", nil},
		{"fighting against a party stays", "Kenyan troops fought against Ugandan rebels on Monday.", []string{"KENMIL UGAREB 190"}},
		// Attacking a forecast or a policy is criticism.
		{"attacking forecasts", "Kenya has also attacked IMF forecasts.", []string{"KEN IGOBUSIMF 111"}},
		{"attacking a party stays force", "Kenya attacked Uganda on Monday.", []string{"KEN UGA 190"}},
	}
	checkCodings(t, p, tests)
}
