package when_test

import (
	"fmt"
	"time"

	"github.com/annals-project/annals/when"
)

func ExampleResolver_Find() {
	pub := time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC)
	s := "Boys returned to school three weeks ago, and the envoys met on Tuesday."
	for _, t := range when.New().Find(s, pub, nil) {
		fmt.Printf("%q %d-%d %s\n", t.Text, t.Start, t.End, t.Value)
	}
	// Output:
	// "three weeks ago" 24-39 2021-09-22
	// "on Tuesday" 60-70 2021-10-12
}
