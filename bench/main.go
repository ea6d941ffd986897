// Command bench measures kimppa on synthetic corpora: full build time and
// peak memory, search index size and the bytes and time of queries, and
// the rebuild latency of `kimppa serve`. It reports numbers; it asserts
// nothing (tests check behaviour, benchmarks measure it).
//
//	go run ./bench [-sizes 1000,10000] [-runs 3]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kimppa/kimppa/bench/corpus"
)

func main() {
	sizes := flag.String("sizes", "1000,10000", "corpus sizes, comma-separated")
	runs := flag.Int("runs", 3, "builds per size; the median is reported")
	flag.Parse()
	if err := run(*sizes, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(sizes string, runs int) error {
	tmp, err := os.MkdirTemp("", "kimppa-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "kimppa")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/kimppa").CombinedOutput(); err != nil {
		return fmt.Errorf("build kimppa: %v\n%s", err, out)
	}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("bad size %q", s)
		}
		if err := measure(bin, filepath.Join(tmp, s), n, runs); err != nil {
			return err
		}
	}
	return nil
}

func measure(bin, dir string, n, runs int) error {
	fmt.Printf("\n## %d entities\n\n", n)
	if err := corpus.Write(dir, n); err != nil {
		return err
	}
	out := filepath.Join(dir, "public")
	var times []time.Duration
	var rss []int64
	for range runs {
		d, maxrss, err := timed(bin, "build", "-q", "--source", dir, "--out", out)
		if err != nil {
			return err
		}
		times = append(times, d)
		rss = append(rss, maxrss)
	}
	slices.Sort(times)
	slices.Sort(rss)
	files, size := tree(out)
	fmt.Printf("| measure | value |\n|---|---|\n")
	fmt.Printf("| full build, wall (median of %d) | %s |\n", runs, times[len(times)/2].Round(time.Millisecond))
	fmt.Printf("| full build, peak RSS (max) | %d MB |\n", rss[len(rss)-1]/1024)
	fmt.Printf("| output | %d files, %.1f MB |\n", files, float64(size)/(1<<20))
	sfiles, ssize := tree(filepath.Join(out, "search"))
	fmt.Printf("| search index on disk | %d files, %.1f MB |\n", sfiles, float64(ssize)/(1<<20))
	searchBench(out)
	serveBench(bin, dir)
	return nil
}

// timed runs the kimppa binary and returns its wall time and peak RSS in KB.
func timed(bin string, args ...string) (time.Duration, int64, error) {
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	d := time.Since(start)
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	var maxrss int64
	if ru != nil {
		maxrss = ru.Maxrss
	}
	return d, maxrss, nil
}

func tree(dir string) (files int, size int64) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if st, err := d.Info(); err == nil {
				files++
				size += st.Size()
			}
		}
		return nil
	})
	return files, size
}

// searchBench runs the Node query benchmark of the search client.
func searchBench(public string) {
	script := filepath.Join("bench", "search-bench.mjs")
	if _, err := os.Stat(script); err != nil {
		fmt.Println("| search queries | (bench/search-bench.mjs missing) |")
		return
	}
	out, err := exec.Command("node", script, public).Output()
	if err != nil {
		fmt.Printf("| search queries | failed: %v |\n", err)
		return
	}
	printJSON("search", out)
}

// serveBench runs the rebuild-latency benchmark of serve, when present.
func serveBench(bin, dir string) {
	if _, err := os.Stat(filepath.Join("internal", "benchserve")); err != nil {
		fmt.Println("| serve rebuild | (internal/benchserve missing) |")
		return
	}
	out, err := exec.Command("go", "run", "./internal/benchserve", "-source", dir).Output()
	if err != nil {
		fmt.Printf("| serve rebuild | failed: %v |\n", err)
		return
	}
	printJSON("serve", out)
}

// printJSON prints the fields of a flat JSON object as table rows.
func printJSON(prefix string, data []byte) {
	var m map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(data), &m); err != nil {
		fmt.Printf("| %s | %s |\n", prefix, strings.TrimSpace(string(data)))
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("| %s: %s | %v |\n", prefix, k, m[k])
	}
}
