// Package render turns the model into the portal's pages: view structs
// for the templates, every page's URL, the sitemap, robots.txt, the 404
// page and the open data in data/: entities.json, and the tables and
// package descriptor that package opendata writes.
//
// The templates are the theme's layouts/*.html. Each page kind has its
// file (home.html, list.html, actors.html…) that defines the template
// "main"; the other files are shared by every page (the frame in
// base.html, the pieces in partials.html). The views passed to templates are plain structs built
// here: templates never see the model.
package render

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/opendata"
	"github.com/kimppa/kimppa/generator/urls"
	"github.com/kimppa/kimppa/generator/words"
)

// Options configure a Renderer.
type Options struct {
	Theme  fs.FS             // layouts/ and assets/: the site's own over the defaults
	Site   fs.FS             // the site directory, to copy bundle attachments
	Assets map[string]string // theme asset name ("css/site.css") → its output path ("assets/css/site.1a2b3c4d5e.css")
	// Memo, when set, carries cards and records over from an earlier
	// Renderer; see Memo.
	Memo *Memo
	// MinifyJSON minifies a JSON value; data/entities.json is put together
	// from each entity's minified record.
	MinifyJSON func([]byte) ([]byte, error)
	// Matches are kimppahaku's suggestions, shown on challenge and actor
	// pages and written to data/matches.json; nil for none.
	Matches *match.Result
	// Today (YYYY-MM-DD) decides which calls and challenges are still
	// open; default the current date.
	Today string
	// NeedFiles are the output paths of the search index files every need
	// reads (searchdoc.NeedFiles): the kimppahaku page preloads them.
	NeedFiles []string
}

// Page is one output file the renderer can produce.
type Page struct {
	Path string    // output path, e.g. "toimijat/vtt/index.html"
	Kind string    // home, list, entity, taxonomy, term, search, calls, 404, sitemap, robots, data, calendar, attachment
	Lang string    // "" for language-independent files
	Ref  model.Ref // entity and attachment pages
	Type string    // list pages, and data pages of one type's table
	Tax  string    // taxonomy and term pages
	Term string    // term pages
	Num  int       // term pages: the page number, 0 (or 1) for the first
}

// Page kinds.
const (
	KindHome       = "home"
	KindList       = "list"
	KindEntity     = "entity"
	KindTaxonomy   = "taxonomy"
	KindTerm       = "term"
	KindSearch     = "search"
	KindCalls      = "calls"      // every funding call: /haut/, /en/calls/
	KindKimppahaku = "kimppahaku" // a need in a visitor's words: /kimppahaku/, /en/partner-search/
	Kind404        = "404"
	KindSitemap    = "sitemap"
	KindRobots     = "robots"
	KindData       = "data"
	KindAttachment = "attachment"
	KindCalendar   = "calendar" // calls.ics
	KindFeed       = "feed"
	KindA11y       = "accessibility" // the accessibility statement
	KindImage      = "image"         // favicon.ico, apple-touch-icon.png, og-image.png: see icons.go
)

// DataFile is the open-data export of every published entity; the
// tables of package opendata are data pages too.
const DataFile = "data/entities.json"

// listTypes are the types with list pages; free pages have none.
var listTypes = config.SectionTypes

// Renderer renders pages of one site. It is safe for concurrent use.
type Renderer struct {
	today string // YYYY-MM-DD
	site  *model.Site
	cfg   *config.Config
	opts  Options
	urls  urls.Scheme
	def   string
	tmpl  *templates
	pages []Page
	// files are the bundle files to publish by output path, owners their
	// entities, attached the same files by entity.
	pub       map[string][]*model.Entity // published entities by type, by slug
	book      *words.Book
	langWords map[string]words.Words // the site languages' words
	labels    map[string]map[string]string
	files     map[string]load.Asset
	owners    map[string]model.Ref
	attached  map[model.Ref][]load.Asset
	memo      *Memo
	byTerm    map[[2]string][]*model.Entity // published entities by [tax, term]; see withTerm
	termLists sync.Map                      // [tax, term, lang] → the term's entities in page order
	fragments sync.Map                      // name and key → rendered frame part
	items     sync.Map                      // item → its HTML from the "value" template
	roleCards sync.Map                      // roleCardKey → a project's card with an actor's roles
	bodies    sync.Map                      // bodyKey → *keptBody: a default body until its last use
	ranks     sync.Map                      // lang → *ranks; see titleRanks
	cardMu    sync.Mutex
	cardErr   error // the first error of a template rendered on its own
}

// cardError is the first error of a card or frame template, if any.
func (r *Renderer) cardError() error {
	r.cardMu.Lock()
	defer r.cardMu.Unlock()
	return r.cardErr
}

func (r *Renderer) setCardErr(err error) {
	r.cardMu.Lock()
	defer r.cardMu.Unlock()
	if r.cardErr == nil {
		r.cardErr = err
	}
}

// New parses the templates of opts.Theme for s.
func New(s *model.Site, opts Options) (*Renderer, error) {
	if s == nil || s.Config == nil || len(s.Config.Languages) == 0 {
		return nil, fmt.Errorf("render: no site configuration")
	}
	r := &Renderer{site: s, cfg: s.Config, opts: opts, urls: urls.New(s.Config), def: s.Config.DefaultLang(), memo: opts.Memo,
		today: cmp.Or(opts.Today, time.Now().Format(time.DateOnly))}
	if r.memo == nil {
		r.memo = NewMemo()
	}
	t, err := parseTemplates(opts.Theme, r.funcs())
	if err != nil {
		return nil, err
	}
	r.tmpl = t
	r.pub = map[string][]*model.Entity{}
	for _, typ := range config.Types {
		r.pub[typ] = s.Published(typ)
	}
	r.byTerm = r.termIndex()
	r.book = cmp.Or(s.Words, words.Default())
	r.langWords = map[string]words.Words{}
	r.labels = map[string]map[string]string{}
	for _, lang := range s.Config.Languages {
		r.langWords[lang] = r.book.In(lang)
		r.labels[lang] = r.langWords[lang].Map()
	}
	r.collectAttachments()
	r.pages = r.listPages()
	return r, nil
}

// Pages lists every output file of the site, sorted by path.
func (r *Renderer) Pages() []Page { return slices.Clone(r.pages) }

// InPreview tells whether kimppa serve makes page p: every page but the
// Excel workbook, a download of the published site. Made again after
// every save, it cost a 10,000-entity preview 0.4 s of CPU a save, and
// a save that came meanwhile waited for it: edit to page 110 → 278 ms.
func (p Page) InPreview() bool { return p.Path != opendata.WorkbookFile }

// Render produces one page.
func (r *Renderer) Render(p Page) ([]byte, error) {
	var b bytes.Buffer
	if err := r.RenderInto(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Made returns the bytes of a page that is made whole instead of rendered
// into a buffer, the open data files, and true; the bytes are the page's
// own (data/entities.json is tens of megabytes, made to its size, and
// the memo keeps parts of it). For any other page it returns false.
func (r *Renderer) Made(p Page) ([]byte, bool, error) {
	if p.Kind != KindData {
		return nil, false, nil
	}
	data, err := r.data(p)
	return data, true, err
}

// Packed is a page packed (packed.Pack's format), when the renderer makes
// it packed for less than packing it whole: data/entities.json,
// data/matches.json and the tables, joined from the parts a Memo keeps
// packed.
func (r *Renderer) Packed(p Page) ([]byte, bool, error) {
	if r.opts.Memo == nil {
		return nil, false, nil
	}
	switch p.Path {
	case DataFile:
		data, err := r.entitiesPacked()
		return data, true, err
	case MatchesFile:
		data, err := r.matchesPacked()
		return data, true, err
	}
	if p.Kind == KindData && p.Type != "" {
		return r.tablePacked(p.Type), true, nil
	}
	return nil, false, nil
}

// RenderInto appends one page to b. A build renders thousands of pages
// into a few reused buffers instead of growing a new one for each.
func (r *Renderer) RenderInto(b *bytes.Buffer, p Page) error {
	switch p.Kind {
	case KindAttachment:
		a, ok := r.files[p.Path]
		if !ok || r.opts.Site == nil {
			return fmt.Errorf("render: no attachment %s", p.Path)
		}
		data, err := fs.ReadFile(r.opts.Site, a.Path)
		b.Write(data)
		return err
	case KindSitemap:
		b.Write(r.sitemap())
		return nil
	case KindRobots:
		b.Write(r.robots())
		return nil
	case KindData:
		data, err := r.data(p)
		b.Write(data)
		return err
	case KindCalendar:
		data, err := r.calendar(cmp.Or(p.Lang, r.def))
		b.Write(data)
		return err
	case KindFeed:
		data, err := r.feed(p.Lang)
		b.Write(data)
		return err
	case KindImage:
		if p.Ref.Slug != "" {
			data, err := r.shareCard(p.Ref)
			b.Write(data)
			return err
		}
		m, err := images()
		b.Write(m[p.Path])
		return err
	}
	v, err := r.view(p)
	if err == nil {
		err = r.cardError()
	}
	if err != nil {
		return err
	}
	return r.tmpl.execute(b, v.Template, v)
}

// listPages enumerates every page, sorted by path; when two pages would
// share a path (content that validation rejects) the first kind wins.
func (r *Renderer) listPages() []Page {
	var out []Page
	add := func(url string, p Page) {
		p.Path = urls.File(url)
		out = append(out, p)
	}
	for _, lang := range r.cfg.Languages {
		add(r.urls.Home(lang), Page{Kind: KindHome, Lang: lang})
		for _, typ := range listTypes {
			add(r.urls.List(typ, lang), Page{Kind: KindList, Lang: lang, Type: typ})
		}
		for _, t := range r.cfg.Taxonomies {
			add(r.urls.Taxonomy(t.Key, lang), Page{Kind: KindTaxonomy, Lang: lang, Tax: t.Key})
			for _, term := range t.Terms {
				add(r.urls.Term(t.Key, term.Key, lang), Page{Kind: KindTerm, Lang: lang, Tax: t.Key, Term: term.Key})
				for n := 2; n <= termPageCount(len(r.withTerm(t.Key, term.Key))); n++ {
					add(r.urls.TermPage(t.Key, term.Key, lang, n), Page{Kind: KindTerm, Lang: lang, Tax: t.Key, Term: term.Key, Num: n})
				}
			}
		}
		add(r.urls.Search(lang), Page{Kind: KindSearch, Lang: lang})
		add(r.urls.Calls(lang), Page{Kind: KindCalls, Lang: lang})
		add(r.urls.Kimppahaku(lang), Page{Kind: KindKimppahaku, Lang: lang})
		add(r.urls.Feed(lang), Page{Kind: KindFeed, Lang: lang})
		add(r.urls.CalendarIn(lang), Page{Kind: KindCalendar, Lang: lang})
		add(r.urls.Accessibility(lang), Page{Kind: KindA11y, Lang: lang})
		for _, typ := range config.Types {
			for _, e := range r.publishedOf(typ) {
				add(r.urls.Entity(typ, e.Slug, lang), Page{Kind: KindEntity, Lang: lang, Ref: e.Ref})
			}
		}
	}
	out = append(out,
		Page{Path: "404.html", Kind: Kind404},
		Page{Path: "sitemap.xml", Kind: KindSitemap},
		Page{Path: "robots.txt", Kind: KindRobots},
		Page{Path: DataFile, Kind: KindData},
		Page{Path: MatchesFile, Kind: KindData},
		Page{Path: opendata.PackageFile, Kind: KindData},
		Page{Path: opendata.WorkbookFile, Kind: KindData},
		Page{Path: FaviconFile, Kind: KindImage},
		Page{Path: TouchIconFile, Kind: KindImage},
		Page{Path: CardFile, Kind: KindImage},
	)
	for _, typ := range config.Types {
		out = append(out, Page{Path: opendata.CSVFile(typ), Kind: KindData, Type: typ})
	}
	out = append(out, r.shareCardPages()...)
	for p := range r.files {
		out = append(out, Page{Path: p, Kind: KindAttachment, Ref: r.owners[p]})
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, p := range out {
		if !seen[p.Path] {
			seen[p.Path] = true
			uniq = append(uniq, p)
		}
	}
	slices.SortFunc(uniq, func(a, b Page) int { return strings.Compare(a.Path, b.Path) }) // paths are unique
	return uniq
}

func typesInOrder() []string { return config.Types }

// publishedOf lists the published entities of typ by slug, in a slice the
// caller may reorder.
func (r *Renderer) publishedOf(typ string) []*model.Entity { return slices.Clone(r.pub[typ]) }
