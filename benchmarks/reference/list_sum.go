// Build a 1,000,000-element slice by appending, then sum it:
// the reference for programs/list_sum.mpl.
package main

import "fmt"

func main() {
	n := 1000000
	var xs []int
	for i := 0; i < n; i++ {
		xs = append(xs, i*3%1000)
	}
	total := 0
	for _, x := range xs {
		total += x
	}
	fmt.Printf("%d %d\n", len(xs), total)
}
