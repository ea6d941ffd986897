// Command bench measures kimppa on synthetic corpora: full build time and
// peak memory, search index size and the bytes and time of queries, and
// the latency and memory of `kimppa serve` after a save. Where Hugo and
// Pagefind are installed and the corpus has a Hugo version, it builds the
// same content with `hugo --minify` + Pagefind in alternating runs and
// reports the ratio. It reports numbers; it asserts nothing (tests check
// behaviour, benchmarks measure it).
//
//	go run ./bench [-sizes 1000,10000] [-large] [-runs 3] [-gen gen_corpus.py]
//	               [-hugo hugo] [-pagefind pagefind_extended]
//
// -gen writes the corpora with that script (`python3 gen_corpus.py N DIR
// --hugo`, which also writes DIR-hugo); without it they come from
// bench/corpus, which has no Hugo version.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kimppa/kimppa/bench/corpus"
)

// options are bench's flags.
type options struct {
	runs        int
	gen         string // gen_corpus.py, or "" for bench/corpus
	hugo, pfind string // the commands, or "" when not installed
	serveMax    int    // the largest corpus serve is measured on
	edits       int
}

func main() {
	var o options
	sizes := flag.String("sizes", "1000,10000", "corpus sizes, comma-separated")
	large := flag.Bool("large", false, "also 30,000 entities (builds only)")
	flag.IntVar(&o.runs, "runs", 3, "builds (or pairs of builds) per size; medians are reported")
	flag.StringVar(&o.gen, "gen", os.Getenv("KIMPPA_GEN_CORPUS"), "gen_corpus.py to write the corpora with (and their Hugo versions)")
	flag.StringVar(&o.hugo, "hugo", "hugo", "the Hugo command")
	flag.StringVar(&o.pfind, "pagefind", "pagefind_extended", "the Pagefind command")
	flag.IntVar(&o.serveMax, "serve-max", 10000, "measure kimppa serve on corpora up to this size")
	flag.IntVar(&o.edits, "edits", 10, "saves timed in kimppa serve")
	flag.Parse()
	o.hugo, o.pfind = installed(o.hugo), installed(o.pfind)
	list := *sizes
	if *large {
		list += ",30000"
	}
	if err := run(list, o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// installed is the path of command, or "" when there is none.
func installed(command string) string {
	if command == "" {
		return ""
	}
	p, err := exec.LookPath(command)
	if err != nil {
		return ""
	}
	return p
}

func run(sizes string, o options) error {
	tmp, err := os.MkdirTemp("", "kimppa-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "kimppa")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/kimppa").CombinedOutput(); err != nil {
		return fmt.Errorf("build kimppa: %v\n%s", err, out)
	}
	source := "bench/corpus (no Hugo version)"
	if o.gen != "" {
		source = o.gen
	}
	fmt.Printf("corpus: %s; Hugo: %s; Pagefind: %s\n", source, orNone(o.hugo), orNone(o.pfind))
	var all []figures
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("bad size %q", s)
		}
		f, err := measure(bin, filepath.Join(tmp, strconv.Itoa(n)), n, o)
		if err != nil {
			return err
		}
		all = append(all, f)
	}
	summary(all)
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "not installed"
	}
	return s
}

// writeCorpus writes a corpus of n entities in dir; it reports whether
// dir-hugo holds the same site for Hugo.
func writeCorpus(dir string, n int, gen string) (hugo bool, err error) {
	if gen == "" {
		return false, corpus.Write(dir, n)
	}
	out, err := exec.Command("python3", gen, strconv.Itoa(n), dir, "--hugo").CombinedOutput()
	if err != nil {
		return false, fmt.Errorf("%s: %v\n%s", gen, err, out)
	}
	_, err = os.Stat(dir + "-hugo")
	return err == nil, nil
}

// figures are what bench reports of one corpus size.
type figures struct {
	n           int
	build       stats
	hugo        stats   // zero when not measured
	ratio       float64 // median of kimppa's wall / Hugo + Pagefind's, pair by pair
	files       int
	size, index int64
	search      map[string]any
	serve       map[string]any
}

func measure(bin, dir string, n int, o options) (figures, error) {
	f := figures{n: n}
	fmt.Printf("\n## %d entities\n\n", n)
	hasHugo, err := writeCorpus(dir, n, o.gen)
	if err != nil {
		return f, err
	}
	out := filepath.Join(dir, "public")
	if hasHugo && o.hugo != "" && o.pfind != "" {
		f.build, f.hugo, f.ratio, err = pairs(bin, dir, out, o)
	} else {
		f.build, err = builds(bin, dir, out, o.runs)
	}
	if err != nil {
		return f, err
	}
	f.files, f.size = tree(out)
	_, f.index = tree(filepath.Join(out, "search"))
	fmt.Printf("| measure | value |\n|---|---|\n")
	fmt.Printf("| kimppa build, wall (median of %d) | %s |\n", o.runs, f.build.wall.Round(time.Millisecond))
	fmt.Printf("| kimppa build, CPU user + system (median) | %s + %s |\n", f.build.user.Round(time.Millisecond), f.build.sys.Round(time.Millisecond))
	fmt.Printf("| kimppa build, peak memory (max) | %d MiB |\n", f.build.maxrss/1024)
	if f.hugo.wall > 0 {
		fmt.Printf("| Hugo --minify + Pagefind, wall (median, alternating) | %s |\n", f.hugo.wall.Round(time.Millisecond))
		fmt.Printf("| Hugo --minify + Pagefind, peak memory (max) | %d MiB |\n", f.hugo.maxrss/1024)
		fmt.Printf("| kimppa / (Hugo + Pagefind), wall (median of pairs) | %.2f× |\n", f.ratio)
	}
	fmt.Printf("| output | %d files, %.1f MB |\n", f.files, float64(f.size)/(1<<20))
	fmt.Printf("| search index on disk | %.1f MB |\n", float64(f.index)/(1<<20))
	f.search = searchBench(out)
	printRows("search", f.search)
	if n <= o.serveMax {
		f.serve = serveBench(dir, o.edits)
		printRows("serve", f.serve)
	}
	return f, nil
}
