// Float formatting: 1,000,000 strings holding a float in its shortest
// round-trip form without exponent: the reference for programs/float_strings.mpl.
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
		s := "item " + strconv.Itoa(i) + ": " + strconv.FormatFloat(float64(i)/3.0, 'f', -1, 64)
		total += len(s)
		sink = s
	}
	fmt.Println(total)
}
