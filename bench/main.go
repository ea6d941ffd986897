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
	disk, err := builds(bin, dir, out, runs)
	if err != nil {
		return err
	}
	files, size := tree(out)
	fmt.Printf("| measure | value |\n|---|---|\n")
	fmt.Printf("| full build, wall (median of %d) | %s |\n", runs, disk.wall.Round(time.Millisecond))
	fmt.Printf("| full build, CPU user + system (median) | %s + %s |\n", disk.user.Round(time.Millisecond), disk.sys.Round(time.Millisecond))
	fmt.Printf("| full build, peak RSS (max) | %d MB |\n", disk.maxrss/1024)
	// Writing thousands of files costs this machine's disk a time that
	// varies from run to run; a build into memory shows the rest.
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		shm, err := os.MkdirTemp("/dev/shm", "kimppa-bench-")
		if err == nil {
			mem, err := builds(bin, dir, filepath.Join(shm, "public"), runs)
			os.RemoveAll(shm)
			if err != nil {
				return err
			}
			fmt.Printf("| full build into /dev/shm, wall (median of %d) | %s |\n", runs, mem.wall.Round(time.Millisecond))
			fmt.Printf("| full build into /dev/shm, CPU user + system (median) | %s + %s |\n", mem.user.Round(time.Millisecond), mem.sys.Round(time.Millisecond))
		}
	}
	fmt.Printf("| output | %d files, %.1f MB |\n", files, float64(size)/(1<<20))
	sfiles, ssize := tree(filepath.Join(out, "search"))
	fmt.Printf("| search index on disk | %d files, %.1f MB |\n", sfiles, float64(ssize)/(1<<20))
	searchBench(out)
	serveBench(bin, dir)
	return nil
}

// buildStats are the medians of several builds, and the largest peak RSS.
type buildStats struct {
	wall, user, sys time.Duration
	maxrss          int64 // KB
}

// builds builds the site in dir into out runs times.
func builds(bin, dir, out string, runs int) (buildStats, error) {
	var wall, user, sys []time.Duration
	var st buildStats
	for range runs {
		r, err := timed(bin, "build", "-q", "--source", dir, "--out", out)
		if err != nil {
			return st, err
		}
		wall, user, sys = append(wall, r.wall), append(user, r.user), append(sys, r.sys)
		st.maxrss = max(st.maxrss, r.maxrss)
	}
	st.wall, st.user, st.sys = median(wall), median(user), median(sys)
	return st, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// runStats is what one run of the kimppa binary took.
type runStats struct {
	wall, user, sys time.Duration
	maxrss          int64 // KB
}

// timed runs the kimppa binary and returns its wall and CPU times and
// peak RSS.
func timed(bin string, args ...string) (runStats, error) {
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return runStats{}, fmt.Errorf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	r := runStats{wall: time.Since(start), user: cmd.ProcessState.UserTime(), sys: cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru != nil {
		r.maxrss = ru.Maxrss
	}
	return r, nil
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
