// Command gencorpus writes a synthetic site: gencorpus DIR N.
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/kimppa/kimppa/bench/corpus"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus DIR N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err == nil {
		err = corpus.Write(os.Args[1], n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
