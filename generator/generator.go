// Package generator is kimppa's façade: Load, Check and Build run the
// stages config → content and words → model → validate, then documents →
// index → matches → pages → write, for the command line. Everything else is a stage of
// its own below generator/.
package generator

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/sitefs"
	"github.com/kimppa/kimppa/generator/validate"
)

// Options are the settings of one run.
type Options struct {
	Source   string    // the site directory
	Out      string    // the output folder; default Source/public
	BaseURL  string    // overrides base_url
	Drafts   bool      // publish drafts
	Strict   bool      // warnings fail the run
	Today    string    // YYYY-MM-DD for date warnings; default today
	Progress io.Writer // progress lines; nil for none
	// Overlay holds files laid over the site directory, by slash path
	// relative to it, for checking a change before it is written.
	Overlay fs.FS
	// RemoveLater leaves the removal of the output a build replaces to a
	// process of its own (output.Dir.RemoveLater): only for a program
	// whose main calls output.RunRemoval first.
	RemoveLater bool
}

// ErrInvalid is returned by Build when the content has errors (or
// warnings, when strict); the diagnostics say which.
var ErrInvalid = errors.New("invalid content")

// TargetError is an output folder that Build will not replace: the site
// itself, a part of it, a file, or a folder of someone else's files.
type TargetError = output.TargetError

// Project is a loaded and checked site.
type Project struct {
	Dir    string
	Files  *sitefs.Site
	Config *config.Config
	Model  *model.Site
	Diags  diag.List
	Today  string // YYYY-MM-DD: what is open and what has closed (calls, challenges)
}

// Load reads and checks the site in opts.Source. The returned Project has
// the diagnostics of every stage that could run; err is only for failures
// that are not the content's fault, such as a missing directory.
func Load(ctx context.Context, opts Options) (p *Project, err error) {
	defer diag.Recover(&err)
	site, err := sitefs.Open(opts.Source)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			site.Close()
		}
	}()
	p = &Project{Dir: opts.Source, Files: site}
	files := site.FS()
	if opts.Overlay != nil {
		files = sitefs.Overlay{Top: opts.Overlay, Base: files}
	}
	cfg, diags, err := config.Read(files, opts.Source, opts.BaseURL)
	if err != nil {
		return nil, err
	}
	p.Diags.Add(diags...)
	if cfg == nil {
		return p, nil
	}
	p.Config = cfg
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m, diags, err := model.Read(files, cfg, model.Options{Drafts: opts.Drafts})
	if err != nil {
		return nil, err
	}
	p.Diags.Add(diags...)
	p.Model = m
	p.Today = opts.Today
	if p.Today == "" {
		p.Today = time.Now().Format(time.DateOnly)
	}
	p.Diags.Add(validate.Site(m, validate.Options{Today: p.Today})...)
	p.Diags.Sort()
	return p, nil
}

// Close releases the site directory.
func (p *Project) Close() error { return p.Files.Close() }

// Check loads and validates the site without writing anything.
func Check(ctx context.Context, opts Options) (diag.List, error) {
	diags, _, err := checkFiles(ctx, opts, false)
	return diags, err
}

// CheckFiles is `kimppa check`: Check, and advice that a build does not
// repeat (a kimppa.yaml without the accessibility setting, which older
// sites still build without, --strict too); it also tells how many files
// it read: kimppa.yaml and every content file, translations included.
func CheckFiles(ctx context.Context, opts Options) (diag.List, int, error) {
	return checkFiles(ctx, opts, true)
}

func checkFiles(ctx context.Context, opts Options, advice bool) (diag.List, int, error) {
	start := time.Now()
	p, err := Load(ctx, opts)
	if err != nil {
		return nil, 0, err
	}
	defer p.Close()
	progress(opts.Progress, "checked %s in %s", counts(p), since(start))
	if advice && p.Config != nil {
		p.Diags.Add(p.Config.MissingA11y()...)
		p.Diags.Sort()
	}
	files := 1 // kimppa.yaml
	if p.Model != nil {
		for _, e := range p.Model.Entities {
			files += 1 + len(e.Trans)
		}
	}
	return p.Diags, files, nil
}

func progress(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, "kimppa: "+format+"\n", args...)
	}
}

func since(t time.Time) string { return time.Since(t).Round(time.Millisecond).String() }

func counts(p *Project) string {
	if p.Model == nil {
		return "configuration"
	}
	n := 0
	for _, es := range p.Model.ByType {
		n += len(es)
	}
	return fmt.Sprintf("%d entities", n)
}
