// Package session keeps a site in memory for `kimppa serve` and brings
// it up to date after its files change, rendering again only what a
// change reaches; after every step it serves the same bytes as a clean
// build (generator.Build) of the same files.
//
// Its rooms: session.go the lifecycle (Open, Build, Update, Close) and
// what a step reports; read.go reading content/ again by unit, with the
// stamps that tell a changed file; rebuild.go the model, the check and
// the rendering of a step, and Finish; affected.go the pure decision of
// which pages a change reaches. The files a step reads are handed to
// load.Read as a sitefs.Part.
package session

import (
	"context"
	"errors"
	"maps"
	"os"
	"path"
	"slices"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/sitefs"
	"github.com/kimppa/kimppa/generator/words"
)

// Session keeps a site in memory and brings it up to date after its files
// change; `kimppa serve` runs on it. A change to content files re-reads
// only those files and re-renders only the pages that show what changed
// (see affected): first the pages of the changed entities and their
// neighbours (Update), then the pages that list many entities and the
// search index (Finish). A change to kimppa.yaml, layouts/, assets/ or i18n/
// rebuilds everything at once. After Finish, every valid state gives the
// same bytes as a clean Project.Render of the same files. A Session is
// not safe for concurrent use.
type Session struct {
	opts  generator.Options
	site  *sitefs.Site
	cfg   *config.Config
	cfgD  diag.List // the diagnostics of kimppa.yaml
	cache *model.Cache
	units map[string]*unit // what content/ holds, by unitOf
	files []*load.File     // the units' files sorted by path; nil: to sort
	at    map[string]int   // the index of each file in files
	diags diag.List        // the diagnostics of the current files
	good  *snapshot        // the last valid state, or nil

	// What changed since good: the entities whose files changed, and
	// whether the configuration or the theme did, so that every page is
	// rendered again.
	changed map[model.Ref]bool
	full    bool
	memo    sessionMemo  // what the last rebuild worked out, for the next
	dict    *packed.Dict // what pages are packed with, once there was a valid site
}

// Update is the outcome of one step of a Session.
type Update struct {
	// Files is the site to serve: built from the current files when they
	// are valid, else the last valid site (nil when there never was
	// one), packed. The map and its contents are never changed
	// afterwards.
	Files packed.Files
	Diags diag.List // every diagnostic of the current files
	Valid bool      // the current files are valid and Files is built from them
	Full  bool      // every page was rendered again
	// Pending says that Files does not show every change yet: Finish
	// renders the rest, one step at a time. SearchPending says that only
	// the search index is behind: every page is current.
	Pending       bool
	SearchPending bool
	// Paths lists the output files that are new, differ or are gone
	// since the previous step; Rendered counts the pages rendered.
	Paths    []string
	Rendered int
	Took     time.Duration // how long the step took
}

// Open opens the site in opts.Source for a Session; Build reads it.
func Open(opts generator.Options) (*Session, error) {
	site, err := sitefs.Open(opts.Source)
	if err != nil {
		return nil, err
	}
	if _, _, err := config.Read(site.FS(), opts.Source, ""); err != nil {
		site.Close()
		return nil, err
	}
	return &Session{opts: opts, site: site, changed: map[model.Ref]bool{}, full: true}, nil
}

// rebuildHook, when set by a test, runs at the start of every rebuild: a
// test makes it panic to show that serve survives a bug.
var rebuildHook func()

// recoverInternal turns a panic during a rebuild into an error, which
// serve shows over the last good site, and makes the next change rebuild
// everything: the half-done step may have left the memo inconsistent.
func (s *Session) recoverInternal(err *error) {
	if os.Getenv("KIMPPA_DEBUG") != "" {
		return
	}
	if r := recover(); r != nil {
		s.full = true
		s.memo = newMemo()
		*err = diag.Internal(r)
	}
}

// Close releases the site directory.
func (s *Session) Close() error { return s.site.Close() }

// Lang is the site's default language as kimppa.yaml last gave it, or ""
// when it could not be read.
func (s *Session) Lang() string {
	if s.cfg == nil || len(s.cfg.Languages) == 0 {
		return ""
	}
	return s.cfg.DefaultLang()
}

// Build reads and renders the whole site.
func (s *Session) Build(ctx context.Context) (_ *Update, err error) {
	defer s.recoverInternal(&err)
	start := time.Now()
	s.full = true
	s.cfg, s.cfgD, s.units, s.files, s.cache = nil, nil, map[string]*unit{}, nil, model.NewCache()
	s.memo = newMemo()
	var missing *config.MissingError
	s.cfg, s.cfgD, err = config.Read(s.site.FS(), s.opts.Source, s.opts.BaseURL)
	switch {
	case errors.As(err, &missing):
		// removed while serving: said as check says it, over the last good site
		s.cfgD.Errorf(diag.Pos{File: config.FileName}, "", "", "%s", err)
	case err != nil:
		return nil, err
	}
	if s.cfg == nil {
		s.diags = s.cfgD
		return s.invalid(), nil
	}
	keys, err := s.unitsUnder(load.ContentDir)
	if err != nil {
		return nil, err
	}
	if _, err := s.read(keys); err != nil {
		return nil, err
	}
	return s.rebuild(ctx, start)
}

// Update brings the site up to date after the files or folders at paths
// (slash paths relative to the site directory) were changed, created or
// removed. Paths outside kimppa.yaml, content/, layouts/, assets/ and
// i18n/ are ignored.
func (s *Session) Update(ctx context.Context, paths []string) (_ *Update, err error) {
	defer s.recoverInternal(&err)
	start := time.Now()
	keys := map[string]bool{}
	for _, p := range paths {
		p = path.Clean(p)
		switch {
		case p == config.FileName || inDir(p, "layouts") || inDir(p, "assets") || inDir(p, words.Dir):
			return s.Build(ctx)
		case inDir(p, load.ContentDir):
			ks, err := s.unitsUnder(p)
			if err != nil {
				return nil, err
			}
			for _, k := range ks {
				keys[k] = true
			}
		}
	}
	if s.cfg == nil {
		return s.invalid(), nil
	}
	changed, err := s.read(slices.Sorted(maps.Keys(keys)))
	if err != nil {
		return nil, err
	}
	if !changed && !s.full {
		return s.current(), nil
	}
	return s.rebuild(ctx, start)
}

// current is the state as it is, with nothing rendered.
func (s *Session) current() *Update {
	if s.diags.Failed(s.opts.Strict) || s.good == nil {
		return s.invalid()
	}
	return &Update{Files: s.good.files, Diags: s.diags, Valid: true, Pending: s.good.pending(), SearchPending: s.good.searchPending()}
}

// invalid is the state of files with errors: the last valid site.
func (s *Session) invalid() *Update {
	u := &Update{Diags: s.diags}
	if s.good != nil {
		u.Files = s.good.files
		u.Pending, u.SearchPending = s.good.pending(), s.good.searchPending()
	}
	return u
}
