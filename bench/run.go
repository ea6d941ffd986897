package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// stats are the medians of several runs, and the largest peak memory.
type stats struct {
	wall, user, sys time.Duration
	maxrss          int64 // KiB
}

// builds builds the site in dir into out runs times.
func builds(bin, dir, out string, runs int) (stats, error) {
	var rs []stats
	for range runs {
		r, err := timed(exec.Command(bin, "build", "-q", "--source", dir, "--out", out))
		if err != nil {
			return stats{}, err
		}
		rs = append(rs, r)
	}
	return medians(rs), nil
}

// pairs builds the site with kimppa and its Hugo version (dir-hugo) with
// Hugo and Pagefind in turn, runs times, and returns the medians of each
// and the median of the ratios pair by pair: the machine's speed drifts
// less within a pair than across a run.
func pairs(bin, dir, out string, o options) (k, h stats, ratio float64, err error) {
	var ks, hs []stats
	var ratios []float64
	site := dir + "-hugo"
	for range o.runs {
		a, err := timed(exec.Command(bin, "build", "-q", "--source", dir, "--out", out))
		if err != nil {
			return k, h, 0, err
		}
		os.RemoveAll(filepath.Join(site, "public"))
		hugo := exec.Command(o.hugo, "--minify", "--quiet")
		hugo.Dir = site
		b, err := timed(hugo)
		if err != nil {
			return k, h, 0, err
		}
		pf := exec.Command(o.pfind, "--site", "public")
		pf.Dir = site
		c, err := timed(pf)
		if err != nil {
			return k, h, 0, err
		}
		b.wall, b.user, b.sys, b.maxrss = b.wall+c.wall, b.user+c.user, b.sys+c.sys, max(b.maxrss, c.maxrss)
		ks, hs = append(ks, a), append(hs, b)
		ratios = append(ratios, a.wall.Seconds()/b.wall.Seconds())
	}
	slices.Sort(ratios)
	return medians(ks), medians(hs), ratios[len(ratios)/2], nil
}

func medians(rs []stats) stats {
	med := func(get func(stats) time.Duration) time.Duration {
		ds := make([]time.Duration, len(rs))
		for i, r := range rs {
			ds[i] = get(r)
		}
		slices.Sort(ds)
		return ds[len(ds)/2]
	}
	st := stats{wall: med(func(r stats) time.Duration { return r.wall }), user: med(func(r stats) time.Duration { return r.user }),
		sys: med(func(r stats) time.Duration { return r.sys })}
	for _, r := range rs {
		st.maxrss = max(st.maxrss, r.maxrss)
	}
	return st
}

// timed runs cmd and returns its wall and CPU times and peak memory.
func timed(cmd *exec.Cmd) (stats, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return stats{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, stderr.String())
	}
	r := stats{wall: time.Since(start), user: cmd.ProcessState.UserTime(), sys: cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru != nil {
		r.maxrss = ru.Maxrss // KiB on Linux
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
func searchBench(public string) map[string]any {
	out, err := exec.Command("node", filepath.Join("bench", "search-bench.mjs"), public).Output()
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	return object(out)
}

// serveBench runs the save-to-page benchmark of serve on a copy of dir.
func serveBench(dir string, edits int) map[string]any {
	out, err := exec.Command("go", "run", "./internal/benchserve", "-source", dir, "-edits", fmt.Sprint(edits)).Output()
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	return object(out)
}

func object(data []byte) map[string]any {
	var m map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(data), &m); err != nil {
		return map[string]any{"output": strings.TrimSpace(string(data))}
	}
	return m
}

// printRows prints the fields of a flat object as table rows.
func printRows(prefix string, m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("| %s: %s | %v |\n", prefix, k, m[k])
	}
}

// summary prints the figures of every size side by side.
func summary(all []figures) {
	fmt.Printf("\n## Summary\n\n| figure |")
	for _, f := range all {
		fmt.Printf(" %d |", f.n)
	}
	fmt.Printf("\n|---|%s\n", strings.Repeat("---|", len(all)))
	row := func(name string, cell func(f figures) string) {
		fmt.Printf("| %s |", name)
		for _, f := range all {
			fmt.Printf(" %s |", cell(f))
		}
		fmt.Println()
	}
	row("build, wall", func(f figures) string { return f.build.wall.Round(time.Millisecond).String() })
	row("build, peak memory", func(f figures) string { return fmt.Sprintf("%d MiB", f.build.maxrss/1024) })
	row("Hugo --minify + Pagefind, wall", func(f figures) string { return orDash(f.hugo.wall > 0, f.hugo.wall.Round(time.Millisecond).String()) })
	row("Hugo --minify + Pagefind, peak memory", func(f figures) string { return orDash(f.hugo.wall > 0, fmt.Sprintf("%d MiB", f.hugo.maxrss/1024)) })
	row("kimppa / (Hugo + Pagefind), wall", func(f figures) string { return orDash(f.ratio > 0, fmt.Sprintf("%.2f×", f.ratio)) })
	row("output", func(f figures) string { return fmt.Sprintf("%.0f MB", float64(f.size)/(1<<20)) })
	row("search index", func(f figures) string { return fmt.Sprintf("%.1f MB", float64(f.index)/(1<<20)) })
	for _, k := range []string{"firstQueryGzipBytes", "secondQueryAddedGzipBytes", "queryMedianMs", "queryP95Ms"} {
		row("search: "+k, func(f figures) string { return field(f.search, k) })
	}
	for _, k := range []string{"saved_to_actor_page_served_median_ms", "saved_to_whole_site_served_median_ms", "rss_after_first_build_mb", "rss_after_edits_mb", "peak_rss_mb"} {
		row("serve: "+k, func(f figures) string { return field(f.serve, k) })
	}
}

func orDash(ok bool, s string) string {
	if !ok {
		return "–"
	}
	return s
}

func field(m map[string]any, k string) string {
	if v, ok := m[k]; ok {
		return fmt.Sprint(v)
	}
	return "–"
}
