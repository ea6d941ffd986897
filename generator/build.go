package generator

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/publish"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/searchdoc"
)

// Build validates the site and, when it is valid, writes it to opts.Out.
// On ErrInvalid or any other error the previous output is left as it was.
// An opts.Out that is not kimppa's to replace (see output.CheckTarget) is
// refused with a *TargetError before anything is read or written.
func Build(ctx context.Context, opts Options) (_ diag.List, err error) {
	defer diag.Recover(&err)
	start := time.Now()
	out := opts.Out
	if out == "" {
		out = filepath.Join(opts.Source, "public")
	}
	if err := output.CheckTarget(out, opts.Source); err != nil {
		return nil, err
	}
	p, err := Load(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	if p.Model == nil || p.Diags.Failed(opts.Strict) {
		return p.Diags, ErrInvalid
	}
	progress(opts.Progress, "loaded %s in %s", counts(p), since(start))
	tightenGC(p)
	n, err := writeOutput(ctx, p, out, opts.RemoveLater)
	if err != nil {
		return p.Diags, err
	}
	progress(opts.Progress, "wrote %d files to %s in %s", n, out, since(start))
	return p.Diags, nil
}

// tightenGC lets a large portal's build grow its heap by 35 % of its live
// size between collections instead of doubling, unless GOGC says
// otherwise. At 10,000 entities the build then peaks at about 430 MiB
// instead of 780 (40 % peaked at 430-440 MiB before the Excel workbook
// and 450-465 after it, 35 % at 430-440; 50 % at 490, for 4 % less
// CPU); at 1,000 a tighter heap would cost 15 % more CPU to save 23 MiB,
// so a smaller portal keeps the default.
func tightenGC(p *Project) {
	n := 0
	for _, es := range p.Model.ByType {
		n += len(es)
	}
	if n >= largePortal && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(largeGCPercent)
	}
}

const largeGCPercent = 35

// largePortal is the number of entities from which a build's heap would
// pass about 300 MiB with the default GOGC.
var largePortal = 4000

// writeOutput is the single place a build writes to disk: every file goes
// into a new folder as soon as it is rendered, and the folder replaces dir
// only when all of them are written.
func writeOutput(ctx context.Context, p *Project, dir string, removeLater bool) (int, error) {
	d, err := output.Create(dir)
	if err != nil {
		return 0, err
	}
	if removeLater {
		d.RemoveLater()
	}
	var n atomic.Int64
	err = p.RenderTo(ctx, func(name string, data []byte) error {
		n.Add(1)
		return d.Add(name, data)
	})
	if err != nil {
		d.Abort()
		return 0, err
	}
	return int(n.Load()), d.Commit()
}

// Render produces every output file of a loaded, valid project in
// memory.
func (p *Project) Render(ctx context.Context) (output.Files, error) {
	files := output.Files{}
	var mu sync.Mutex
	err := p.RenderTo(ctx, func(name string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		files[name] = bytes.Clone(data)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// RenderTo produces every output file of a loaded, valid project and
// hands each to emit as soon as it is ready, from several goroutines, so
// that a large site need not be held in memory. The bytes are only valid
// during emit: copy them to keep them. Each step's result is handed to
// the next: theme assets, search documents → index → matches → pages.
func (p *Project) RenderTo(ctx context.Context, emit func(name string, data []byte) error) error {
	theme := output.Files{}
	assets, err := publish.Assets(p.Files.Theme(), theme)
	if err != nil {
		return err
	}
	if err := emitAll(theme, emit); err != nil {
		return err
	}
	docs := searchdoc.Docs(p.Model, p.Today, nil)
	index, view, err := searchdoc.Index(p.Model, docs, nil)
	if err != nil {
		return err
	}
	if err := emitAll(index, emit); err != nil {
		return err
	}
	need, err := searchdoc.NeedFiles(index)
	if err != nil {
		return err
	}
	matches := match.Compute(p.Model, view, match.Options{Today: p.Today})
	r, err := publish.Renderer(p.Files, p.Model, render.Options{Assets: assets, Today: p.Today, Matches: matches, NeedFiles: need})
	if err != nil {
		return err
	}
	return publish.Pages(ctx, r, r.Pages(), emit)
}

// emitAll emits files in path order.
func emitAll(files output.Files, emit func(name string, data []byte) error) error {
	for _, name := range files.Paths() {
		if err := emit(name, files[name]); err != nil {
			return err
		}
	}
	return nil
}
