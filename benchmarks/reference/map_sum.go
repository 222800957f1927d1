// Build a 1,000,000-entry hash map by inserting, then sum it by looking every
// key up: the reference for programs/map_sum.mpl.
package main

import "fmt"

func main() {
	n := 1000000
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i * 3 % 1000
	}
	total := 0
	for i := 0; i < n; i++ {
		total += m[i]
	}
	fmt.Printf("%d %d\n", len(m), total)
}
