package session

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/publish"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/searchdoc"
	"github.com/kimppa/kimppa/generator/sitefs"
	"github.com/kimppa/kimppa/generator/validate"
	"github.com/kimppa/kimppa/generator/words"
)

// snapshot is a valid state of the site and what was rendered from it.
type snapshot struct {
	model    *model.Site
	renderer *render.Renderer // while Finish has pages to render
	project  *project
	pages    []render.Page     // sorted by path
	files    packed.Files      // every output file; never changed once made
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

// sessionMemo is what a rebuild works out for the next: the cards and
// records of render, the search docs and analysis of searchdoc, the
// languages of match.
type sessionMemo struct {
	render *render.Memo
	search *searchdoc.Memo
	match  *match.Memo
}

func newMemo() sessionMemo {
	return sessionMemo{render: render.NewMemo(), search: searchdoc.NewMemo(), match: match.NewMemo()}
}

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
	need    []string     // the index files every need reads, which the kimppahaku pages preload
	dict    *packed.Dict // what the pages are packed with
}

// renderer is a renderer of p's pages with the theme assets assets.
func (p *project) renderer(assets map[string]string) (*render.Renderer, error) {
	return publish.Renderer(p.site, p.model, render.Options{Assets: assets, Memo: p.memo.render, Today: p.today, Matches: p.matches, NeedFiles: p.need})
}

// searchIndex builds the search index of p's model, as a build does, and
// works out the matches with it; it stops early when ctx is done. It
// sets p.need.
func (p *project) searchIndex(ctx context.Context) (output.Files, *match.Result, error) {
	docs := searchdoc.Docs(p.model, p.today, p.memo.search)
	files, view, err := searchdoc.Index(p.model, docs, p.memo.search)
	if err != nil {
		return nil, nil, err
	}
	if p.need, err = searchdoc.NeedFiles(files); err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	matches, err := match.New(p.model, view, match.Options{Today: p.today, Memo: p.memo.match}).AllContext(ctx)
	return files, matches, err
}

// dropDecoded lets go of the front matter trees and bodies of the files
// the model cache holds decoded: they are not read again until the file
// changes, and they are most of what the files weigh.
func (s *Session) dropDecoded() {
	for _, f := range s.files {
		if s.cache.Decoded(f) {
			f.Doc, f.Body = nil, nil
		}
	}
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
	book, found := words.Load(s.site.FS())
	diags.Add(found...)
	m, found := model.Build(s.cfg, content, model.Options{Drafts: s.opts.Drafts, Cache: s.cache, Words: book})
	diags.Add(found...)
	s.dropDecoded()
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
	p := &project{site: s.site, model: m, today: today, memo: s.memo, dict: s.dict}
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
	theme := output.Files{}
	assets, err := publish.Assets(s.site.Theme(), theme)
	if err != nil {
		return nil, nil, err
	}
	files := packed.Files{}
	for name, data := range theme {
		files[name] = packed.Pack(data)
	}
	// the index first: the pages show the matches worked out with it
	next := &snapshot{model: p.model, project: p, files: files, assets: assets}
	if err := next.searchIndex(ctx, nil); err != nil {
		return nil, nil, err
	}
	r, err := p.renderer(assets)
	if err != nil {
		return nil, nil, err
	}
	pages := previewPages(r.Pages())
	if p.dict == nil {
		p.dict = sampleDict(r, pages)
		s.dict = p.dict
	}
	if err := publish.PagesInto(ctx, r, pages, files, p.dict); err != nil {
		return nil, nil, err
	}
	next.pages = pages
	return next, &Update{Files: files, Valid: true, Full: true, Rendered: len(pages), Paths: diffFiles(s.good, files)}, nil
}

// sampleDict is the Dict a session packs its pages with for as long as
// it runs, so that a page packs to the same bytes after every rebuild:
// made from the first entity page of its first valid site (the home page
// when there is none).
func sampleDict(r *render.Renderer, pages []render.Page) *packed.Dict {
	i := slices.IndexFunc(pages, func(p render.Page) bool { return p.Kind == render.KindEntity })
	if i < 0 {
		i = slices.IndexFunc(pages, func(p render.Page) bool { return p.Kind == render.KindHome })
	}
	var b bytes.Buffer
	if i >= 0 && r.RenderInto(&b, pages[i]) != nil {
		b.Reset() // the page fails again where it is rendered for real
	}
	return packed.NewDict(b.Bytes())
}

// renderChanged renders the pages of the entities that changed since
// s.good and of their neighbours, and drops the pages that are gone. The
// other pages that the changes touch are left to Finish.
func (s *Session) renderChanged(ctx context.Context, p *project) (*snapshot, *Update, error) {
	old := s.good
	// The matches and files of the last index, until Finish builds the new one.
	p.matches, p.need = old.project.matches, old.project.need
	r, err := p.renderer(old.assets)
	if err != nil {
		return nil, nil, err
	}
	pages := previewPages(r.Pages())
	todo, gone, dirty := affected(state{old.model, old.pages}, state{p.model, pages}, s.changed, r.TermPageOf)
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
	u.Paths = append(u.Paths, renderInto(ctx, r, first, files, p.dict, &err)...)
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
	pr := *g.project // the index step replaces its matches; g keeps its own
	next.project = &pr
	u := &Update{Diags: s.diags}
	if len(g.later) > 0 {
		var err error
		u.Rendered = len(g.later)
		u.Paths = renderInto(ctx, g.renderer, g.later, files, g.project.dict, &err)
		if err != nil {
			return nil, err
		}
		next.later = nil
	} else {
		stale, staleNeed := next.project.matches, next.project.need
		if err := next.searchIndex(ctx, &u.Paths); err != nil {
			return nil, err
		}
		if err := next.rematch(ctx, stale, !slices.Equal(staleNeed, next.project.need), &u.Paths); err != nil {
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
func renderInto(ctx context.Context, r *render.Renderer, pages []render.Page, files packed.Files, dict *packed.Dict, err *error) []string {
	fresh := packed.Files{}
	if *err = publish.PagesInto(ctx, r, pages, fresh, dict); *err != nil {
		return nil
	}
	return mergeInto(files, fresh)
}

// mergeInto puts the packed files fresh into files and returns the paths
// whose bytes are new or differ: the same file packs to the same bytes.
func mergeInto(files, fresh packed.Files) []string {
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
func (g *snapshot) searchIndex(ctx context.Context, changed *[]string) error {
	idx, matches, err := g.project.searchIndex(ctx)
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
	fresh := packed.Files{}
	for name, data := range idx {
		fresh[name] = packed.Pack(data)
	}
	if paths := mergeInto(g.files, fresh); changed != nil {
		*changed = append(*changed, paths...)
	}
	g.index = slices.Sorted(maps.Keys(idx))
	return nil
}

// rematch renders again the pages whose matches the new index changed
// (challenge and actor pages, data/matches.json), and the kimppahaku
// pages when the index files they preload did (need), with a renderer
// that has them.
func (g *snapshot) rematch(ctx context.Context, stale *match.Result, need bool, changed *[]string) error {
	refs := match.Changed(stale, g.project.matches)
	maps.Copy(refs, g.project.matches.Mentioning(g.dirty))
	if len(refs) == 0 && !need {
		return nil
	}
	r, err := g.project.renderer(g.assets)
	if err != nil {
		return err
	}
	var todo []render.Page
	for _, pg := range g.pages {
		if pg.Path == render.MatchesFile || pg.Kind == render.KindEntity && refs[pg.Ref] || need && pg.Kind == render.KindKimppahaku {
			todo = append(todo, pg)
		}
	}
	*changed = append(*changed, renderInto(ctx, r, todo, g.files, g.project.dict, &err)...)
	return err
}

// diffFiles lists the paths of files that are new or differ from those of
// old, and the paths of old that are gone.
func diffFiles(old *snapshot, files packed.Files) []string {
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

// pending reports whether Finish has work left.
func (g *snapshot) pending() bool { return len(g.later) > 0 || g.indexLater }

// searchPending reports whether the search index is all Finish has left.
func (g *snapshot) searchPending() bool { return len(g.later) == 0 && g.indexLater }

// previewPages are the pages of a preview (render.Page.InPreview) in path
// order.
func previewPages(pages []render.Page) []render.Page {
	return sortedPages(slices.DeleteFunc(pages, func(p render.Page) bool { return !p.InPreview() }))
}

func sortedPages(pages []render.Page) []render.Page {
	cmpPath := func(a, b render.Page) int { return strings.Compare(a.Path, b.Path) }
	if !slices.IsSortedFunc(pages, cmpPath) {
		slices.SortStableFunc(pages, cmpPath)
	}
	return pages
}
