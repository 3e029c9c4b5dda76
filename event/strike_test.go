package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPartiesOfNoState checks the parties that are no state of the story's
// country: employers a strike is aimed at, creditor banks in a story of a
// state's debt, and officials of many countries or of others.
func TestPartiesOfNoState(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// A stoppage of work at a firm is a dispute with the employer.
		{"workers walking out at a firm's mills", "About 2,000 Kenyan workers walked out at the company's three mills.", nil},
		{"miners striking at mines", "Some 7,000 Kenyan miners went on strike at gold and coal mines, the union said.", nil},
		{"a strike against a state measure stays", "Kenyan workers went on strike against the government's wage freeze.", []string{"KENLAB KENGOV 1432"}},
		{"a general strike stays", "Kenyan unions staged a general strike on Monday.", []string{"KENLAB KENGOV 143"}},
		{"a strike for rights stays", "Thousands of Kenyan tea workers went on strike today to press demands for citizenship and voting rights.", []string{"KENLAB KENGOV 143"}},
		// Acts done by one party to another pair no members of a list.
		{"backing by two parties is not of each other", "Only Kenya and Uganda supported the idea at the meeting.", nil},
		{"money committed by two lenders", "Kenya and Uganda have committed 12 billion dlrs in loans.", []string{"KEN --- 0331", "UGA --- 0331"}},
		{"joining a body is not joining each other", "Kenya and Uganda have joined the cocoa organization.", nil},
		{"a meeting of two parties still pairs them", "Kenya and Uganda met in Nairobi on Monday.", []string{"KEN UGA 044", "UGA KEN 044"}},
		// Creditor banks in a story of a state's debt have no country.
		{"talks with creditor banks in a debt story", "Kenya suspended interest payments to its creditors last month. Kenya's finance minister met senior commercial bankers on Wednesday. Kenyan authorities have opened negotiations with commercial banks, and a rescheduling is expected.", nil},
		{"an agreement with the banks leaves no act aimed at no one", "Kenya suspended payments to its creditors and seeks a rescheduling. Kenya had agreed in January to work together with the banks.", nil},
		{"banks of a story with no debt keep the country", "Kenya's central bank has asked two large commercial banks to cut their lending rates.", []string{"KENGOV KENBUS 020"}},
		// Officials of many countries or of others are not the story's.
		{"foreign governments are no appeal to oneself", "Kenya has appealed for emergency aid from about 40 foreign governments.", []string{"KEN --- 023"}},
		{"ministers from many countries", "Finance ministers from African countries in Kenya called for more aid.", nil},
		{"counterparts from abroad", "Kenyan Finance Minister Peter Okello holds talks with counterparts from Europe and Uganda.", []string{"KENGOV UGA 043", "UGA KENGOV 043"}},
		{"other governors of one's own country stay", "The governor of Nairobi and other governors called on Kenyan President Uhuru Kenyatta to take control of the talks.", []string{"KENGOV KENGOV 020"}},
	}
	checkCodings(t, p, tests)
}
