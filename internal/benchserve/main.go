// Command benchserve measures `kimppa serve` on a site: the time from a
// saved change of one actor's summary to the rebuilt site being served,
// over a number of edits, and the peak memory of the serving process. It
// prints one JSON object; `make bench` (./bench) shows it as a table.
//
//	go run ./internal/benchserve -source DIR [-edits 30]
//	go run ./internal/benchserve -entities 10000   # on a fresh synthetic corpus
//
// The site's files are edited in place and restored at the end.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/kimppa/kimppa/bench/corpus"
	"github.com/kimppa/kimppa/generator/serve"
	"github.com/kimppa/kimppa/generator/session"
)

func main() {
	source := flag.String("source", "", "the site directory (edited in place, then restored)")
	entities := flag.Int("entities", 0, "without -source: write a synthetic corpus of this many entities")
	edits := flag.Int("edits", 30, "single-actor edits to time")
	flag.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the edits (not the first build) to this file")
	flag.StringVar(&memProfile, "memprofile", "", "write a heap profile after the edits to this file")
	flag.Parse()
	if err := run(*source, *entities, *edits); err != nil {
		fmt.Fprintln(os.Stderr, "benchserve:", err)
		os.Exit(1)
	}
}

// result is what benchserve prints. Latencies are in milliseconds,
// from writing the file. A save is served in three steps: first the pages
// of the edited actor and of the entities linked to it, then the pages
// that list many entities (lists, taxonomy terms, home, data, sitemap),
// then the search index.
type result struct {
	Entities     int     `json:"entities"`
	Edits        int     `json:"edits"`
	FirstBuildMS float64 `json:"first_build_ms"`
	PageMedianMS float64 `json:"saved_to_actor_page_served_median_ms"`
	PageP95MS    float64 `json:"saved_to_actor_page_served_p95_ms"`
	PagesMedian  float64 `json:"saved_to_every_page_served_median_ms"`
	PagesP95     float64 `json:"saved_to_every_page_served_p95_ms"`
	SiteMedianMS float64 `json:"saved_to_whole_site_served_median_ms"`
	SiteP95MS    float64 `json:"saved_to_whole_site_served_p95_ms"`
	StepMedianMS float64 `json:"rebuild_first_step_median_ms"`
	StepCPUMS    float64 `json:"cpu_to_actor_page_median_ms"`
	FirstPages   float64 `json:"pages_first_step_median"`
	LaterPages   float64 `json:"pages_second_step_median"`
	DebounceMS   float64 `json:"debounce_ms"`
	PeakRSSMB    float64 `json:"peak_rss_mb"`
	FirstRSSMB   float64 `json:"rss_after_first_build_mb"`
	RSSMB        float64 `json:"rss_after_edits_mb"`
	IdleRSSMB    float64 `json:"rss_idle_mb"`
	LoadAvg      string  `json:"load_average"`
	FullRebuilds int     `json:"full_rebuilds"`
}

func run(source string, entities, edits int) error {
	if source == "" {
		if entities <= 0 {
			return fmt.Errorf("give -source DIR or -entities N")
		}
		dir, err := os.MkdirTemp("", "kimppa-benchserve-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := corpus.Write(dir, entities); err != nil {
			return err
		}
		source = dir
	}
	actors, err := actorFiles(source)
	if err != nil {
		return err
	}
	if len(actors) == 0 {
		return fmt.Errorf("%s has no actors to edit", source)
	}
	res := result{Entities: countEntities(source), Edits: edits, DebounceMS: ms(serve.DefaultDebounce)}

	ln, err := serve.Listen("127.0.0.1:0")
	if err != nil {
		return err
	}
	updates := make(chan *session.Update, 64)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		done <- serve.Run(ctx, ln, serve.Options{Source: source, Quiet: true, Rebuilt: func(u *session.Update) { updates <- u }})
	}()
	first := <-updates
	res.FirstBuildMS = ms(time.Since(start))
	if !first.Valid {
		stop()
		<-done
		return fmt.Errorf("the site is invalid: %d error(s)", first.Diags.Errors())
	}

	res.FirstRSSMB = rss()
	originals := map[string][]byte{}
	defer func() {
		for f, data := range originals {
			os.WriteFile(f, data, 0o644)
		}
	}()
	var page, pages, site, step, cpu, firstPages, laterPages []float64
	stopProfile, err := startProfile()
	if err != nil {
		return err
	}
	for i := range edits {
		f := actors[i*len(actors)/edits]
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if _, ok := originals[f]; !ok {
			originals[f] = data
		}
		edited, ok := editSummary(string(data), fmt.Sprintf("Muokattu tiivistelmä numero %d, %d.", i, time.Now().UnixNano()))
		if !ok {
			return fmt.Errorf("%s has no summary line", f)
		}
		c0 := cpuTime()
		t0 := time.Now()
		if err := os.WriteFile(f, []byte(edited), 0o644); err != nil {
			return err
		}
		seen, allPages, later := false, false, 0
		for {
			u := <-updates
			if !u.Valid {
				return fmt.Errorf("edit %d made the site invalid", i)
			}
			if u.Full {
				res.FullRebuilds++
			}
			if !seen && len(u.Paths) == 0 {
				continue // not this edit's rebuild yet
			}
			if !seen {
				seen = true
				page = append(page, ms(time.Since(t0)))
				cpu = append(cpu, ms(cpuTime()-c0))
				step = append(step, ms(u.Took))
				firstPages = append(firstPages, float64(u.Rendered))
			} else {
				later += u.Rendered
			}
			if !allPages && (u.SearchPending || !u.Pending) {
				allPages = true
				pages = append(pages, ms(time.Since(t0)))
			}
			if !u.Pending {
				site = append(site, ms(time.Since(t0)))
				laterPages = append(laterPages, float64(later))
				break
			}
		}

	}
	stopProfile()
	if err := writeHeapProfile(); err != nil {
		return err
	}
	res.RSSMB = rss()
	// serve gives memory back once the files have been quiet a while.
	time.Sleep(4 * time.Second)
	res.IdleRSSMB = rss()
	stop()
	if err := <-done; err != nil {
		return err
	}
	res.PageMedianMS, res.PageP95MS = quantile(page, 0.5), quantile(page, 0.95)
	res.PagesMedian, res.PagesP95 = quantile(pages, 0.5), quantile(pages, 0.95)
	res.SiteMedianMS, res.SiteP95MS = quantile(site, 0.5), quantile(site, 0.95)
	res.StepMedianMS, res.StepCPUMS = quantile(step, 0.5), quantile(cpu, 0.5)
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		res.LoadAvg = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	res.FirstPages, res.LaterPages = quantile(firstPages, 0.5), quantile(laterPages, 0.5)
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		res.PeakRSSMB = math.Round(float64(ru.Maxrss)/1024*10) / 10 // Linux reports KB
	}
	enc := json.NewEncoder(os.Stdout)
	return enc.Encode(res)
}

// cpuProfile and memProfile are the -cpuprofile and -memprofile flags.
var cpuProfile, memProfile string

// writeHeapProfile writes the heap profile that -memprofile asks for.
func writeHeapProfile() error {
	if memProfile == "" {
		return nil
	}
	f, err := os.Create(memProfile)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	return pprof.WriteHeapProfile(f)
}

// startProfile starts the CPU profile that -cpuprofile asks for.
func startProfile() (stop func(), err error) {
	if cpuProfile == "" {
		return func() {}, nil
	}
	f, err := os.Create(cpuProfile)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

var summaryLine = regexp.MustCompile(`(?m)^summary *[:=] *.*$`)

// editSummary replaces the summary of a YAML or TOML front matter.
func editSummary(text, summary string) (string, bool) {
	loc := summaryLine.FindStringIndex(text)
	if loc == nil {
		return text, false
	}
	line := text[loc[0]:loc[1]]
	sep := ": "
	if strings.Contains(line, "=") && !strings.Contains(line, ":") {
		sep = " = "
	}
	return text[:loc[0]] + "summary" + sep + fmt.Sprintf("%q", summary) + text[loc[1]:], true
}

// actorFiles lists the default-language actor files, sorted.
func actorFiles(site string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(filepath.Join(site, "content", "actors"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if !d.IsDir() && strings.HasSuffix(name, ".md") && strings.Count(name, ".") == 1 {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

// countEntities counts the default-language entity files.
func countEntities(site string) int {
	n := 0
	filepath.WalkDir(filepath.Join(site, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(d.Name(), ".md") && strings.Count(d.Name(), ".") == 1 {
			n++
		}
		return nil
	})
	return n
}

func ms(d time.Duration) float64 { return math.Round(float64(d.Microseconds())/100) / 10 }

// quantile is the nearest-rank quantile q of xs.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

// cpuTime is the processor time the process used so far, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rss is the resident memory of the process now, in MB (Linux).
func rss() float64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, resident int64
	fmt.Sscan(string(b), &size, &resident)
	return math.Round(float64(resident*int64(os.Getpagesize()))/(1<<20)*10) / 10
}
