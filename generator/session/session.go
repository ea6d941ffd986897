// Package session keeps a site in memory for `kimppa serve` and brings
// it up to date after its files change, rendering again only what a
// change reaches; after every step it serves the same bytes as a clean
// build (generator.Build) of the same files.
package session

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/publish"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/sitefs"
	"github.com/kimppa/kimppa/generator/validate"
)

// Session keeps a site in memory and brings it up to date after its files
// change; `kimppa serve` runs on it. A change to content files re-reads
// only those files and re-renders only the pages that show what changed
// (see affected): first the pages of the changed entities and their
// neighbours (Update), then the pages that list many entities and the
// search index (Finish). A change to kimppa.yaml, layouts/ or assets/
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
	memo    sessionMemo // what the last rebuild worked out, for the next
}

// sessionMemo is what a rebuild works out for the next: the cards and
// records of render, the search docs and analysis of searchdoc.
type sessionMemo struct {
	render *render.Memo
	search *searchdoc.Memo
}

func newMemo() sessionMemo { return sessionMemo{render: render.NewMemo(), search: searchdoc.NewMemo()} }

// forget drops what the memo holds of the entities refs.
func (m sessionMemo) forget(refs map[model.Ref]bool, langs []string) {
	m.render.Forget(refs, langs)
	m.search.Forget(refs)
}

// project is what a snapshot renders with: the site, its model and the
// matches worked out with its search index.
type project struct {
	site    *sitefs.Site
	model   *model.Site
	today   string
	memo    sessionMemo
	matches *match.Result
}

// renderer is a renderer of p's pages with the theme assets assets.
func (p *project) renderer(assets map[string]string) (*render.Renderer, error) {
	return publish.Renderer(p.site, p.model, render.Options{Assets: assets, Memo: p.memo.render, Today: p.today, Matches: p.matches})
}

// searchIndex builds the search index of p's model, as a build does, and
// works out the matches with it.
func (p *project) searchIndex() (map[string][]byte, *match.Result, error) {
	docs := searchdoc.Docs(p.model, p.today, p.memo.search)
	files, view, err := searchdoc.Index(p.model.Config, docs, p.memo.search)
	if err != nil {
		return nil, nil, err
	}
	return files, match.Compute(p.model, view, match.Options{Today: p.today}), nil
}

// snapshot is a valid state of the site and what was rendered from it.
type snapshot struct {
	model    *model.Site
	renderer *render.Renderer // while Finish has pages to render
	project  *project
	pages    []render.Page     // sorted by path
	files    output.Files      // every output file; never changed once made
	assets   map[string]string // theme asset name → output path
	index    []string          // the paths of the search index in files
	// Pages of the model that files does not show yet, and whether the
	// search index is behind: Finish's work.
	later      []render.Page
	indexLater bool
	// dirty are the entities whose cards and titles may show something
	// new: a page listing one among its matches renders again with them.
	dirty map[model.Ref]bool
}

// Update is the outcome of one step of a Session.
type Update struct {
	// Files is the site to serve: built from the current files when they
	// are valid, else the last valid site (nil when there never was
	// one). The map and its contents are never changed afterwards.
	Files output.Files
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

// unit is the part of content/ that is read again as a whole: a bundle
// folder content/TYPE/SLUG, whose files are attachments only next to an
// index.md, or a single file.
type unit struct {
	stamps map[string]stamp // every file of the unit
	files  []*load.File
	broken []*load.File            // files there but unreadable, as load.Content.Broken
	assets map[string][]load.Asset // by bundle folder
	diags  diag.List
}

// stamp tells whether a file changed: the hash of a Markdown file, which
// an editor may save unchanged, the size and time of any other.
type stamp struct {
	size int64
	mod  int64
	sum  [sha256.Size]byte
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
// removed. Paths outside kimppa.yaml, content/, layouts/ and assets/ are
// ignored.
func (s *Session) Update(ctx context.Context, paths []string) (_ *Update, err error) {
	defer s.recoverInternal(&err)
	start := time.Now()
	keys := map[string]bool{}
	for _, p := range paths {
		p = path.Clean(p)
		switch {
		case p == config.FileName || inDir(p, "layouts") || inDir(p, "assets"):
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

// inDir reports whether p is dir or inside it.
func inDir(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

// unitOf is the unit of a content path: its first three parts.
func unitOf(p string) string {
	parts := strings.SplitN(p, "/", 4)
	return strings.Join(parts[:min(len(parts), 3)], "/")
}

// unitsUnder lists the units that p is in or holds, on disk or known.
func (s *Session) unitsUnder(p string) ([]string, error) {
	if k := unitOf(p); k != p || strings.Count(p, "/") == 2 {
		return []string{k}, nil
	}
	keys := map[string]bool{}
	for k := range s.units {
		if inDir(k, p) {
			keys[k] = true
		}
	}
	files, links, err := sitefs.Entries(s.site.FS(), p)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	for _, f := range append(files, links...) {
		keys[unitOf(f)] = true
	}
	return slices.Sorted(maps.Keys(keys)), nil
}

// read reads the units keys again and reports whether any changed. It
// records the entities of changed units in s.changed.
func (s *Session) read(keys []string) (bool, error) {
	part := &partFS{site: s.site.FS(), files: map[string]partFile{}}
	fresh := map[string]*unit{}
	changed := false
	for _, k := range keys {
		u, err := s.stampUnit(k, part)
		if err != nil {
			return false, err
		}
		old := s.units[k]
		switch {
		case u == nil && old == nil:
			continue
		case u == nil:
			delete(s.units, k)
			s.files = nil
		case old != nil && maps.Equal(old.stamps, u.stamps):
			part.drop(u)
			continue
		default:
			fresh[k] = u
		}
		changed = true
		if old != nil {
			s.touch(old)
		}
	}
	if len(fresh) == 0 {
		return changed, nil
	}
	c, diags, err := load.Read(part.done(), config.Types, s.cfg.Languages)
	if err != nil {
		return false, err
	}
	owner := func(p string) *unit {
		if u := fresh[unitOf(p)]; u != nil {
			return u
		}
		return fresh[slices.Min(slices.Collect(maps.Keys(fresh)))]
	}
	for _, f := range c.Files {
		u := owner(f.Path)
		u.files = append(u.files, f)
	}
	for _, f := range c.Broken {
		u := owner(f.Path)
		u.broken = append(u.broken, f)
	}
	for b, as := range c.Assets {
		owner(b).assets[b] = as
	}
	for _, d := range diags {
		u := owner(d.Pos.File)
		u.diags = append(u.diags, d)
	}
	for k, u := range fresh {
		s.replaceFiles(s.units[k], u)
		s.units[k] = u
		s.touch(u)
	}
	return true, nil
}

// replaceFiles puts the files of unit u in the places of those of old
// when they have the same paths; otherwise files must be sorted again.
func (s *Session) replaceFiles(old, u *unit) {
	if s.files == nil || old == nil || len(old.files) != len(u.files) {
		s.files = nil
		return
	}
	for _, f := range u.files {
		i, ok := s.at[f.Path]
		if !ok {
			s.files = nil
			return
		}
		s.files[i] = f
	}
}

// touch records the entities of u as changed.
func (s *Session) touch(u *unit) {
	for _, f := range u.files {
		s.changed[model.Ref{Type: f.Type, Slug: f.Slug}] = true
	}
}

// stampUnit lists the files of unit k and stamps them, adding them to
// part; it returns nil when k holds no files.
func (s *Session) stampUnit(k string, part *partFS) (*unit, error) {
	fsys := s.site.FS()
	st, err := fs.Lstat(fsys, k)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", k, err)
	}
	var files, links []string
	switch {
	case st.IsDir():
		if files, links, err = sitefs.Entries(fsys, k); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("read %s: %w", k, err)
		}
	case st.Mode().IsRegular():
		files = []string{k}
	case st.Mode()&fs.ModeSymlink != 0:
		links = []string{k}
	}
	u := &unit{stamps: map[string]stamp{}, assets: map[string][]load.Asset{}}
	for _, f := range links {
		// A link is reported by load.Read, never followed: its own
		// information is all that is kept.
		info, err := fs.Lstat(fsys, f)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		part.files[f] = partFile{info: info}
		u.stamps[f] = stamp{size: info.Size(), mod: info.ModTime().UnixNano()}
	}
	for _, f := range files {
		var pf partFile
		info, err := fs.Stat(fsys, f)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since it was listed: an event follows
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		if strings.HasSuffix(f, ".md") && info.Size() <= load.MaxFileBytes {
			data, err := fs.ReadFile(fsys, f)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", f, err)
			}
			pf = partFile{data: data, info: memInfo{name: path.Base(f), size: int64(len(data))}}
			u.stamps[f] = stamp{size: int64(len(data)), sum: sha256.Sum256(data)}
		} else {
			// Any other file, and a Markdown file too large to read,
			// which load.Read reports from its size.
			pf = partFile{info: info}
			u.stamps[f] = stamp{size: info.Size(), mod: info.ModTime().UnixNano()}
		}
		part.files[f] = pf
	}
	if len(u.stamps) == 0 {
		return nil, nil
	}
	return u, nil
}

// content is everything the units hold, as load.Read gives it.
func (s *Session) content() (*load.Content, diag.List) {
	c := &load.Content{Assets: map[string][]load.Asset{}}
	var diags diag.List
	sorted := s.files != nil
	for _, u := range s.units {
		if !sorted {
			s.files = append(s.files, u.files...)
		}
		maps.Copy(c.Assets, u.assets)
		c.Broken = append(c.Broken, u.broken...)
		diags = append(diags, u.diags...)
	}
	if !sorted {
		slices.SortFunc(s.files, func(a, b *load.File) int { return strings.Compare(a.Path, b.Path) })
		s.at = make(map[string]int, len(s.files))
		for i, f := range s.files {
			s.at[f.Path] = i
		}
	}
	c.Files = slices.Clone(s.files)
	return c, diags
}

// rebuild builds the model of the current files, checks it and, when it
// is valid, renders what changed since the last valid state. The rules
// across entities are checked while the pages of a small change render:
// their result is thrown away if the check fails.
func (s *Session) rebuild(ctx context.Context, start time.Time) (*Update, error) {
	if rebuildHook != nil {
		rebuildHook()
	}
	content, diags := s.content()
	diags = append(slices.Clone(s.cfgD), diags...)
	m, found := model.Build(s.cfg, content, model.Options{Drafts: s.opts.Drafts, Cache: s.cache})
	diags.Add(found...)
	today := s.opts.Today
	if today == "" {
		today = time.Now().Format(time.DateOnly)
	}
	checked := make(chan diag.List, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				checked <- diag.List{{Severity: diag.Error, Message: diag.Internal(r).Error()}}
			}
		}()
		checked <- validate.Site(m, validate.Options{Today: today})
	}()
	check := func() bool {
		diags.Add(<-checked...)
		diags.Sort()
		s.diags = diags
		return !diags.Failed(s.opts.Strict)
	}
	p := &project{site: s.site, model: m, today: today, memo: s.memo}
	full := s.full || s.good == nil
	if full || diags.Failed(s.opts.Strict) {
		if !check() {
			return s.invalid(), nil
		}
	}
	var next *snapshot
	var u *Update
	var err error
	if full {
		next, u, err = s.renderAll(ctx, p)
	} else {
		next, u, err = s.renderChanged(ctx, p)
		if err == nil && !check() {
			return s.invalid(), nil
		}
	}
	if err != nil {
		return nil, err
	}
	u.Diags = s.diags
	s.good, s.full = next, false
	clear(s.changed)
	u.Took = time.Since(start)
	return u, nil
}

// renderAll renders every page and the search index, as Project.Render
// does.
func (s *Session) renderAll(ctx context.Context, p *project) (*snapshot, *Update, error) {
	files := output.Files{}
	assets, err := publish.Assets(s.site.Theme(), files)
	if err != nil {
		return nil, nil, err
	}
	// the index first: the pages show the matches worked out with it
	next := &snapshot{model: p.model, project: p, files: files, assets: assets}
	if err := next.searchIndex(nil); err != nil {
		return nil, nil, err
	}
	r, err := p.renderer(assets)
	if err != nil {
		return nil, nil, err
	}
	pages := sortedPages(r.Pages())
	if err := publish.PagesInto(ctx, r, pages, files); err != nil {
		return nil, nil, err
	}
	next.pages = pages
	return next, &Update{Files: files, Valid: true, Full: true, Rendered: len(pages), Paths: diffFiles(s.good, files)}, nil
}

// renderChanged renders the pages of the entities that changed since
// s.good and of their neighbours, and drops the pages that are gone. The
// other pages that the changes touch are left to Finish.
func (s *Session) renderChanged(ctx context.Context, p *project) (*snapshot, *Update, error) {
	old := s.good
	// The matches of the last index, until Finish builds the new one.
	p.matches = old.project.matches
	r, err := p.renderer(old.assets)
	if err != nil {
		return nil, nil, err
	}
	pages := sortedPages(r.Pages())
	todo, gone, dirty := affected(old, p.model, r, pages, s.changed)
	s.memo.forget(dirty, s.cfg.Languages)
	if old.indexLater { // the last change's matches are not shown yet either
		maps.Copy(dirty, old.dirty)
	}
	// Pages left over from the previous step come along.
	byPath := make(map[string]render.Page, len(todo)+len(old.later))
	for _, pg := range todo {
		byPath[pg.Path] = pg
	}
	if len(old.later) > 0 {
		exists := map[string]render.Page{}
		for _, pg := range pages {
			exists[pg.Path] = pg
		}
		for _, pg := range old.later {
			if now, ok := exists[pg.Path]; ok {
				byPath[pg.Path] = now
			}
		}
	}
	var first, later []render.Page
	for _, path := range slices.Sorted(maps.Keys(byPath)) {
		if pg := byPath[path]; pg.Kind == render.KindEntity || pg.Kind == render.KindAttachment {
			first = append(first, pg)
		} else {
			later = append(later, pg)
		}
	}
	files := maps.Clone(old.files)
	u := &Update{Valid: true, Rendered: len(first)}
	for _, name := range gone {
		if _, ok := files[name]; ok {
			delete(files, name)
			u.Paths = append(u.Paths, name)
		}
	}
	u.Paths = append(u.Paths, renderInto(ctx, r, first, files, &err)...)
	if err != nil {
		return nil, nil, err
	}
	slices.Sort(u.Paths)
	next := &snapshot{model: p.model, renderer: r, project: p, pages: pages, files: files, assets: old.assets, index: old.index,
		later: later, indexLater: true, dirty: dirty}
	u.Files, u.Pending, u.SearchPending = files, true, len(later) == 0
	return next, u, nil
}

// Finish renders what the last Update left for later, one step per
// call: first the pages that list many entities (lists, terms, home,
// data, sitemap…), then the search index, so that the pages are served
// while the index is built. It does nothing when nothing is pending.
func (s *Session) Finish(ctx context.Context) (_ *Update, err error) {
	defer s.recoverInternal(&err)
	start := time.Now()
	g := s.good
	if g == nil || (len(g.later) == 0 && !g.indexLater) {
		return s.current(), nil
	}
	files := maps.Clone(g.files)
	next := *g
	next.files = files
	u := &Update{Diags: s.diags}
	if len(g.later) > 0 {
		var err error
		u.Rendered = len(g.later)
		u.Paths = renderInto(ctx, g.renderer, g.later, files, &err)
		if err != nil {
			return nil, err
		}
		next.later = nil
	} else {
		stale := next.project.matches
		if err := next.searchIndex(&u.Paths); err != nil {
			return nil, err
		}
		if err := next.rematch(ctx, stale, &u.Paths); err != nil {
			return nil, err
		}
		next.indexLater = false
	}
	if len(next.later) == 0 && !next.indexLater {
		next.renderer = nil // and the pages it keeps for reuse
	}
	slices.Sort(u.Paths)
	s.good = &next
	cur := s.current()
	u.Files, u.Valid, u.Pending, u.SearchPending, u.Took = next.files, cur.Valid, cur.Pending, cur.SearchPending, time.Since(start)
	return u, nil
}

// renderInto renders pages into files and returns the paths whose bytes
// are new or differ.
func renderInto(ctx context.Context, r *render.Renderer, pages []render.Page, files output.Files, err *error) []string {
	fresh := output.Files{}
	if *err = publish.PagesInto(ctx, r, pages, fresh); *err != nil {
		return nil
	}
	var changed []string
	for name, data := range fresh {
		if prev, ok := files[name]; !ok || !bytes.Equal(prev, data) {
			changed = append(changed, name)
			files[name] = data
		}
	}
	return changed
}

// searchIndex builds the search index of the snapshot's model into its
// files, replacing the old one, as Project.Render does; it adds the paths
// that changed to changed.
func (g *snapshot) searchIndex(changed *[]string) error {
	idx, matches, err := g.project.searchIndex()
	if err != nil {
		return err
	}
	g.project.matches = matches
	for _, name := range g.index {
		if _, ok := idx[name]; !ok {
			delete(g.files, name)
			if changed != nil {
				*changed = append(*changed, name)
			}
		}
	}
	for name, data := range idx {
		if prev, ok := g.files[name]; !ok || !bytes.Equal(prev, data) {
			g.files[name] = data
			if changed != nil {
				*changed = append(*changed, name)
			}
		}
	}
	g.index = slices.Sorted(maps.Keys(idx))
	return nil
}

// rematch renders again the pages whose matches the new index changed
// (challenge and actor pages, data/matches.json), with a renderer that
// has them.
func (g *snapshot) rematch(ctx context.Context, stale *match.Result, changed *[]string) error {
	refs := match.Changed(stale, g.project.matches)
	maps.Copy(refs, g.project.matches.Mentioning(g.dirty))
	if len(refs) == 0 {
		return nil
	}
	r, err := g.project.renderer(g.assets)
	if err != nil {
		return err
	}
	var todo []render.Page
	for _, pg := range g.pages {
		if pg.Path == render.MatchesFile || pg.Kind == render.KindEntity && refs[pg.Ref] {
			todo = append(todo, pg)
		}
	}
	*changed = append(*changed, renderInto(ctx, r, todo, g.files, &err)...)
	return err
}

// diffFiles lists the paths of files that are new or differ from those of
// old, and the paths of old that are gone.
func diffFiles(old *snapshot, files output.Files) []string {
	var out []string
	for name, data := range files {
		if old == nil {
			out = append(out, name)
		} else if prev, ok := old.files[name]; !ok || !bytes.Equal(prev, data) {
			out = append(out, name)
		}
	}
	if old != nil {
		for name := range old.files {
			if _, ok := files[name]; !ok {
				out = append(out, name)
			}
		}
	}
	slices.Sort(out)
	return out
}

// current is the state as it is, with nothing rendered.
func (s *Session) current() *Update {
	if s.diags.Failed(s.opts.Strict) || s.good == nil {
		return s.invalid()
	}
	return &Update{Files: s.good.files, Diags: s.diags, Valid: true, Pending: s.good.pending(), SearchPending: s.good.searchPending()}
}

// pending reports whether Finish has work left.
func (g *snapshot) pending() bool { return len(g.later) > 0 || g.indexLater }

// searchPending reports whether the search index is all Finish has left.
func (g *snapshot) searchPending() bool { return len(g.later) == 0 && g.indexLater }

// invalid is the state of files with errors: the last valid site.
func (s *Session) invalid() *Update {
	u := &Update{Diags: s.diags}
	if s.good != nil {
		u.Files = s.good.files
		u.Pending, u.SearchPending = s.good.pending(), s.good.searchPending()
	}
	return u
}

func sortedPages(pages []render.Page) []render.Page {
	cmpPath := func(a, b render.Page) int { return strings.Compare(a.Path, b.Path) }
	if !slices.IsSortedFunc(pages, cmpPath) {
		slices.SortStableFunc(pages, cmpPath)
	}
	return pages
}

// affected lists the pages of the new model m to render again after the
// entities in changed changed since old, and the output paths of old
// pages that are gone. It follows what the pages show:
//   - every page's navigation shows how many entities of each type are
//     published and the titles of the free pages, so a change in those
//     touches every page;
//   - an entity's pages show the entities it links to and that link to
//     it (old and new links), as cards with their title, summary and
//     facts;
//   - a card shows the titles of its entity's own links (a service's
//     providers), so a change of title reaches two links away, and the
//     lists and term pages that show the cards of the entity's neighbours;
//   - list pages show their type's cards, term pages the cards of their
//     term, old and new; when an entity keeps its title, its terms and
//     its place, only the term pages that show its card change (a term
//     lists 100 entities to a page);
//   - home, taxonomy, search, 404, sitemap, robots and data pages show
//     figures or every entity, and are always rendered.
//
// dirty lists the entities whose cards may show something new.
//
// Update renders the entity pages of todo and Finish the others. The
// tests in incremental_test.go compare the result with clean builds after
// edits of every kind, so they fail when render shows more than these
// rules say; KIMPPA_SWEEP=all edits every entity of the sample site.
func affected(old *snapshot, m *model.Site, r *render.Renderer, pages []render.Page, changed map[model.Ref]bool) (todo []render.Page, gone []string, dirty map[model.Ref]bool) {
	gone, added := diffPages(old.pages, pages)
	all := !sameCounts(old.model, m, changed)
	dirty = map[model.Ref]bool{}
	types := map[string]bool{}
	terms := map[[2]string]bool{}
	neighbours := func(r model.Ref) []model.Ref {
		var out []model.Ref
		for _, s := range []*model.Site{old.model, m} {
			for _, l := range s.Out[r] {
				out = append(out, l.To)
			}
			for _, l := range s.Back[r] {
				out = append(out, l.From)
			}
		}
		return out
	}
	spots := map[[2]string][]model.Ref{} // entities whose card changed in place
	addTerms := func(ref model.Ref) {
		types[ref.Type] = true
		if staysInTerms(old.model, m, ref) {
			for _, t := range m.Config.Taxonomies {
				for _, term := range m.Entities[ref].Strings("", t.Key) {
					k := [2]string{t.Key, term}
					spots[k] = append(spots[k], ref)
				}
			}
			return
		}
		for _, s := range []*model.Site{old.model, m} {
			e := s.Entities[ref]
			if e == nil {
				continue
			}
			for _, v := range e.Variants(s.Config.Languages) {
				for _, t := range s.Config.Taxonomies {
					keys, _ := v.Fields[t.Key].([]string)
					for _, term := range keys {
						terms[[2]string{t.Key, term}] = true
					}
				}
			}
		}
	}
	for c := range changed {
		named := !sameTitle(old.model, m, c)
		if named && c.Type == "pages" {
			all = true // the navigation shows free pages by title
		}
		dirty[c] = true
		addTerms(c)
		for _, n := range neighbours(c) {
			dirty[n] = true
			if !named {
				continue
			}
			addTerms(n)
			for _, n2 := range neighbours(n) {
				dirty[n2] = true
			}
		}
	}
	// spotPages are the pages of a term in a language that show the
	// cards changed in place.
	spotted := map[[3]string]map[int]bool{}
	spotPages := func(key [2]string, lang string) map[int]bool {
		k := [3]string{key[0], key[1], lang}
		if nums, ok := spotted[k]; ok {
			return nums
		}
		nums := map[int]bool{}
		for _, ref := range spots[key] {
			nums[r.TermPageOf(ref, key[0], key[1], lang)] = true
		}
		spotted[k] = nums
		return nums
	}
	for _, p := range pages {
		do := all || added[p.Path]
		switch p.Kind {
		case render.KindEntity:
			do = do || dirty[p.Ref]
		case render.KindAttachment:
			do = do || changed[p.Ref]
		case render.KindList:
			do = do || types[p.Type]
		case render.KindTerm:
			key := [2]string{p.Tax, p.Term}
			do = do || terms[key] || spotPages(key, p.Lang)[max(p.Num, 1)]
		default:
			do = true
		}
		if do {
			todo = append(todo, p)
		}
	}
	return todo, gone, dirty
}

// staysInTerms reports whether r keeps its place in every term list from
// a to b: published in both, with the same title and the same terms.
func staysInTerms(a, b *model.Site, r model.Ref) bool {
	if !sameTitle(a, b, r) {
		return false
	}
	for _, t := range b.Config.Taxonomies {
		if !slices.Equal(a.Entities[r].Strings("", t.Key), b.Entities[r].Strings("", t.Key)) {
			return false
		}
	}
	return true
}

// diffPages compares two page lists sorted by path.
func diffPages(old, pages []render.Page) (gone []string, added map[string]bool) {
	added = map[string]bool{}
	i, j := 0, 0
	for i < len(old) || j < len(pages) {
		switch {
		case j == len(pages) || i < len(old) && old[i].Path < pages[j].Path:
			gone = append(gone, old[i].Path)
			i++
		case i == len(old) || pages[j].Path < old[i].Path:
			added[pages[j].Path] = true
			j++
		default:
			i++
			j++
		}
	}
	return gone, added
}

// sameCounts reports whether a and b publish as many entities of each
// type; only the entities in changed can make a difference.
func sameCounts(a, b *model.Site, changed map[model.Ref]bool) bool {
	delta := map[string]int{}
	for r := range changed {
		if a.IsPublished(r) {
			delta[r.Type]--
		}
		if b.IsPublished(r) {
			delta[r.Type]++
		}
	}
	for _, d := range delta {
		if d != 0 {
			return false
		}
	}
	return true
}

// sameTitle reports whether r is published in both a and b with the same
// title, written in the same files, in every language.
func sameTitle(a, b *model.Site, r model.Ref) bool {
	ea, eb := a.Entities[r], b.Entities[r]
	if ea == nil || eb == nil || a.IsPublished(r) != b.IsPublished(r) {
		return false
	}
	field := a.Type(r.Type).TitleField
	for _, lang := range a.Config.Languages {
		if ea.Str(lang, field) != eb.Str(lang, field) || hasField(ea, lang, field) != hasField(eb, lang, field) {
			return false
		}
	}
	return true
}

func hasField(e *model.Entity, lang, field string) bool {
	if t := e.Trans[lang]; t != nil {
		_, ok := t.Fields[field]
		return ok
	}
	return false
}

// partFS is the part of the site directory that Session.read hands to
// load.Read: the files of the units read again, in their folders, with
// Markdown files served from the bytes already read.
type partFS struct {
	site  fs.FS
	files map[string]partFile
	dirs  map[string][]fs.DirEntry
}

type partFile struct {
	data []byte // a Markdown file's bytes; nil: open it in site
	info fs.FileInfo
}

// drop forgets the files of u.
func (p *partFS) drop(u *unit) {
	for name := range u.stamps {
		delete(p.files, name)
	}
}

// done makes the folders of the files and returns p.
func (p *partFS) done() *partFS {
	p.dirs = map[string][]fs.DirEntry{".": nil}
	var mkdir func(dir string)
	mkdir = func(dir string) {
		if _, ok := p.dirs[dir]; ok {
			return
		}
		p.dirs[dir] = nil
		parent := path.Dir(dir)
		mkdir(parent)
		p.dirs[parent] = append(p.dirs[parent], fs.FileInfoToDirEntry(memInfo{name: path.Base(dir), dir: true}))
	}
	for name, f := range p.files {
		dir := path.Dir(name)
		mkdir(dir)
		p.dirs[dir] = append(p.dirs[dir], fs.FileInfoToDirEntry(f.info))
	}
	for _, es := range p.dirs {
		slices.SortFunc(es, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	}
	return p
}

// Open implements fs.FS.
func (p *partFS) Open(name string) (fs.File, error) {
	if f, ok := p.files[name]; ok {
		if f.data == nil {
			return p.site.Open(name)
		}
		return &memFile{Reader: bytes.NewReader(f.data), info: f.info}, nil
	}
	if es, ok := p.dirs[name]; ok {
		return &dirFile{info: memInfo{name: path.Base(name), dir: true}, entries: es}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// Stat implements fs.StatFS.
func (p *partFS) Stat(name string) (fs.FileInfo, error) {
	if f, ok := p.files[name]; ok {
		return f.info, nil
	}
	if _, ok := p.dirs[name]; ok {
		return memInfo{name: path.Base(name), dir: true}, nil
	}
	return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// ReadDir implements fs.ReadDirFS.
func (p *partFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if es, ok := p.dirs[name]; ok {
		return slices.Clone(es), nil
	}
	return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
}

// ReadFile implements fs.ReadFileFS.
func (p *partFS) ReadFile(name string) ([]byte, error) {
	if f, ok := p.files[name]; ok && f.data != nil {
		return slices.Clone(f.data), nil
	}
	if _, ok := p.files[name]; ok {
		return fs.ReadFile(p.site, name)
	}
	return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// memInfo describes a file read into memory, or a folder of partFS.
type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}

type memFile struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dirFile) Close() error               { return nil }
func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: fs.ErrInvalid}
}

// ReadDir implements fs.ReadDirFile.
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		es := d.entries
		d.entries = nil
		return es, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	es := d.entries[:n]
	d.entries = d.entries[n:]
	return es, nil
}
