// String building: 1,000,000 concatenations of formatted integers, each
// measured and dropped: the reference for programs/strings.mpl.
package main

import (
	"fmt"
	"strconv"
)

var sink string // keeps the compiler from dropping the strings it builds

func main() {
	n := 1000000
	total := 0
	for i := 0; i < n; i++ {
		s := "item " + strconv.Itoa(i) + ": " + strconv.Itoa(i*7%1000) + " of " + strconv.Itoa(n)
		total += len(s)
		sink = s
	}
	fmt.Println(total)
}
