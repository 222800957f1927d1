// A partial sum of the Leibniz series for pi, printed in its shortest
// round-trip form: the reference for programs/float_sum.mpl.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 50000000
	acc := 0.0
	for k := 0; k < n; k++ {
		term := 1.0 / float64(2*k+1)
		if k%2 == 0 {
			acc += term
		} else {
			acc -= term
		}
	}
	fmt.Println(strconv.FormatFloat(acc*4.0, 'f', -1, 64))
}
