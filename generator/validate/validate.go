// Package validate checks the rules that span more than one value: slugs,
// references, date order, taxonomy terms, attachments and the warnings of
// the content model. It reads the model and never changes it.
package validate

import (
	"bytes"
	"cmp"
	"fmt"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// Options set what the rules compare against.
type Options struct {
	Today string // YYYY-MM-DD, for warnings about dates that have passed
}

// Site checks s and returns every problem found.
func Site(s *model.Site, opts Options) diag.List {
	v := &validator{site: s, opts: opts}
	for _, typ := range config.Types {
		for _, e := range s.ByType[typ] {
			v.entity(e)
		}
	}
	v.references()
	v.pages()
	v.businessIDs()
	return v.diags
}

// businessIDs finds a Y-tunnus that two entries give: the second profile
// of one organisation, however it was made (a file, kimppa new or the
// join form). Each of them is told of the others, so that the new one is
// always among those reported.
func (v *validator) businessIDs() {
	byID := map[string][]*model.Entity{}
	var ids []string
	for _, typ := range config.Types {
		for _, e := range v.site.ByType[typ] {
			id := strings.TrimSpace(e.Str("", "business_id"))
			if id == "" {
				continue
			}
			if byID[id] == nil {
				ids = append(ids, id)
			}
			byID[id] = append(byID[id], e)
		}
	}
	for _, id := range ids {
		es := byID[id]
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			for _, other := range es {
				if other == e {
					continue
				}
				v.diags.Errorf(e.Pos("business_id"), "business_id",
					fmt.Sprintf("one organisation has one profile: keep %s and update it instead (without git: the issue form \"Päivitä tietoja / Update an entry\"), or correct the business ID", other.Default.File),
					"business ID %q is already that of %s/%s (%s)", id, other.Type, other.Slug, other.Default.File)
			}
		}
	}
}

type validator struct {
	site  *model.Site
	opts  Options
	diags diag.List
	hints diag.Hints
}

func (v *validator) entity(e *model.Entity) {
	if !schema.ValidSlug(e.Slug) {
		v.diags.Errorf(diag.Pos{File: e.Default.File, Line: 1, Col: 1}, "", fmt.Sprintf("rename it to %q: lower-case a–z, digits and single hyphens", schema.Slugify(e.Slug)),
			"invalid slug %q in the file name", e.Slug)
	}
	t := v.site.Type(e.Type)
	for _, variant := range e.Variants(v.site.Config.Languages) {
		for _, f := range t.Fields {
			switch f.Kind {
			case schema.Terms:
				v.terms(e, variant, f.Name)
			case schema.Attachment:
				v.attachment(e, variant, f)
			}
		}
		if handles, ok := variant.Fields["maintainers"].([]string); ok {
			for i, h := range handles {
				if !schema.ValidHandle(h) {
					v.diags.Errorf(posOf(variant, fmt.Sprintf("maintainers[%d]", i)), "maintainers", "write the GitHub user name without @, e.g. maija-meikalainen", "%q is not a GitHub user name", h)
				}
			}
		}
	}
	v.dates(e)
	v.typeRules(e)
}

func posOf(variant *model.Variant, path string) diag.Pos {
	if p, ok := variant.Pos[path]; ok {
		return p
	}
	return diag.Pos{File: variant.File, Line: 1, Col: 1}
}

// someOf lists keys for a message: all of a short list, the first of a
// long one (every unknown term repeating 600 keys wrote megabytes).
func someOf(keys []string) string {
	const shown = 12
	if len(keys) <= shown {
		return strings.Join(keys, ", ")
	}
	return strings.Join(keys[:shown], ", ") + fmt.Sprintf(" and %d more", len(keys)-shown)
}

// terms checks taxonomy term keys against kimppa.yaml.
func (v *validator) terms(e *model.Entity, variant *model.Variant, tax string) {
	t, _ := v.site.Config.Taxonomy(tax)
	keys := t.TermKeys()
	terms, _ := variant.Fields[tax].([]string)
	for i, term := range terms {
		if !slices.Contains(keys, term) {
			pos := posOf(variant, fmt.Sprintf("%s[%d]", tax, i))
			hint := v.hints.DidYouMean(pos.File, term, func() []string { return keys })
			if hint == "" {
				hint = "allowed terms: " + someOf(keys)
			}
			v.diags.Errorf(pos, tax, hint, "unknown %s term %q (allowed: %s)", tax, term, someOf(keys))
		}
	}
}

// sniffed are the content types http.DetectContentType gives each
// allowed extension; office formats are zip files.
var sniffed = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
	".pdf": "application/pdf", ".docx": "application/zip", ".xlsx": "application/zip",
	".odt": "application/zip", ".ods": "application/zip",
}

func (v *validator) attachment(e *model.Entity, variant *model.Variant, f schema.Field) {
	name, _ := variant.Fields[f.Name].(string)
	if name == "" {
		return
	}
	pos := posOf(variant, f.Name)
	if e.Bundle == "" {
		v.diags.Errorf(pos, f.Name, fmt.Sprintf("make the entity a bundle: move the file to content/%s/%s/index.md and put %s beside it", e.Type, e.Slug, name),
			"%q needs a bundle folder to hold %s", f.Name, name)
		return
	}
	i := slices.IndexFunc(e.Assets, func(a load.Asset) bool { return a.Name == name })
	if i < 0 {
		var names []string
		for _, a := range e.Assets {
			names = append(names, a.Name)
		}
		v.diags.Errorf(pos, f.Name, cmp.Or(v.hints.DidYouMean(pos.File, name, func() []string { return names }), "put the file in "+e.Bundle+"/"), "attachment %q not found in %s", name, e.Bundle)
		return
	}
	a := e.Assets[i]
	if a.Link {
		return // reported where the link is
	}
	if f.MaxBytes > 0 && a.Size > f.MaxBytes {
		size, limit := sizes(a.Size, f.MaxBytes)
		v.diags.Errorf(pos, f.Name, "make the file smaller, e.g. by lowering its resolution or compressing it", "%s is %s, more than the %s allowed for %q", name, size, limit, f.Name)
	}
	ext := strings.ToLower(path.Ext(name))
	if got := http.DetectContentType(a.Head); !strings.HasPrefix(got, sniffed[ext]) {
		v.diags.Errorf(pos, f.Name, fmt.Sprintf("save the file as %s (e.g. with \"export\" in an image or office program); renaming it is not enough", strings.ToUpper(strings.TrimPrefix(ext, "."))),
			"%s is named %s but its content is %s", name, ext, describeContent(a.Head, got))
	}
}

// isSVG reports text that is an SVG image.
func isSVG(head []byte) bool {
	return bytes.Contains(bytes.ToLower(head), []byte("<svg"))
}

// describeContent names the real type of a file for a message.
func describeContent(head []byte, sniffed string) string {
	mt, _, _ := strings.Cut(sniffed, ";")
	if strings.HasPrefix(mt, "text/") && isSVG(head) {
		return "an SVG image"
	}
	switch mt {
	case "image/png":
		return "a PNG image"
	case "image/jpeg":
		return "a JPEG image"
	case "image/webp":
		return "a WebP image"
	case "image/gif":
		return "a GIF image"
	case "image/bmp":
		return "a BMP image"
	case "application/pdf":
		return "a PDF document"
	case "application/zip":
		return "a zip file"
	case "text/html":
		return "HTML"
	case "text/plain":
		return "plain text"
	case "application/octet-stream":
		return "of an unknown type"
	}
	return mt
}

// sizes writes a file size and a limit the way a file manager shows
// them, precisely enough that the size reads as more than the limit.
func sizes(size, limit int64) (string, string) {
	for _, f := range []string{"%.1f MB", "%.2f MB"} {
		a, b := fmt.Sprintf(f, float64(size)/(1<<20)), fmt.Sprintf(f, float64(limit)/(1<<20))
		if a != b && limit >= 1<<20 {
			return a, b
		}
	}
	return fmt.Sprintf("%d bytes", size), fmt.Sprintf("%d bytes", limit)
}

// dates checks that periods do not end before they start.
func (v *validator) dates(e *model.Entity) {
	// updated says when an entry last changed: never after the build's
	// day, or it would stay first in the feeds, the home page and the
	// sitemap for ever.
	today := cmp.Or(v.opts.Today, time.Now().Format(time.DateOnly))
	if u := e.Str("", "updated"); u != "" && u > today {
		v.diags.Errorf(e.Pos("updated"), "updated", "write the day of the last change, today at the latest", "updated %s is after today, %s", u, today)
	}
	order := func(from, until string) {
		a, b := e.Str("", from), e.Str("", until)
		if a != "" && b != "" && a > b {
			v.diags.Errorf(e.Pos(from), from, fmt.Sprintf("swap them, or correct one of the dates (%s is %s)", until, b), "%s %s is after %s %s", from, a, until, b)
		}
	}
	switch e.Type {
	case "projects":
		order("start", "end")
		v.projectStatus(e)
	case "contracts":
		order("valid_from", "valid_until")
	case "challenges":
		v.challengeDeadline(e)
	case "funding":
		for i, c := range e.Objects("", "calls") {
			opens, _ := c["opens"].(string)
			closes, _ := c["closes"].(string)
			if opens != "" && closes != "" && opens > closes {
				v.diags.Errorf(e.Default.Pos[fmt.Sprintf("calls[%d].opens", i)], fmt.Sprintf("calls[%d].opens", i), "correct one of the dates", "call opens %s, after it closes %s", opens, closes)
			}
		}
	}
}

func (v *validator) projectStatus(e *model.Entity) {
	today := v.opts.Today
	if today == "" {
		today = time.Now().Format(time.DateOnly)
	}
	status, end, start := e.Str("", "status"), e.Str("", "end"), e.Str("", "start")
	switch {
	case status == "ongoing" && end != "" && end < today:
		v.diags.Warnf(e.Pos("status"), "status", "set status: completed, or move the end date", "project is still ongoing but its end date %s has passed", end)
	case status == "planned" && end != "" && end < today:
		v.diags.Warnf(e.Pos("status"), "status", "set the status to completed or cancelled", "project is planned but its end date %s has passed", end)
	case status == "completed" && start != "" && start > today:
		v.diags.Warnf(e.Pos("status"), "status", "set status: planned", "project is completed but starts only on %s", start)
	}
}

// challengeDeadline warns about an open challenge whose deadline has
// passed, like a project still ongoing after its end.
func (v *validator) challengeDeadline(e *model.Entity) {
	today := cmp.Or(v.opts.Today, time.Now().Format(time.DateOnly))
	if e.DeadlinePassed(today) {
		v.diags.Warnf(e.Pos("status"), "status", "set status: in-progress, solved or closed, or move the deadline", "challenge is still open but its deadline %s has passed", e.Str("", "deadline"))
	}
}

// typeRules are the rules of a single type that involve two fields.
func (v *validator) typeRules(e *model.Entity) {
	switch e.Type {
	case "actors":
		if size := e.Str("", "size"); size != "" && e.Str("", "kind") != "company" && e.Str("", "kind") != "" {
			v.diags.Errorf(e.Pos("size"), "size", "remove size, or set kind: company", "size is for companies only, but kind is %q", e.Str("", "kind"))
		}
		if e.Str("", "member_since") != "" && !e.Bool("member") {
			v.diags.Warnf(e.Pos("member_since"), "member_since", "add member: true, or remove member_since", "member_since is set but member is not true")
		}
	case "funding":
		if e.Str("", "funder") != "" && e.Str("", "funder_name") != "" {
			v.diags.Warnf(e.Pos("funder_name"), "funder_name", "keep only funder, which links to the profile", "both funder and funder_name are set")
		}
	case "projects":
		v.shares(e)
	}
}

// shares warns when a funding share belongs to an actor outside the project.
func (v *validator) shares(e *model.Entity) {
	members := append([]string{e.Str("", "coordinator")}, e.Strings("", "partners")...)
	for i, f := range e.Objects("", "funding") {
		// An unknown actor is already an error of its own.
		if who, ok := f["share_of"].(string); ok && !slices.Contains(members, who) && v.site.Entities[model.Ref{Type: "actors", Slug: who}] != nil {
			path := fmt.Sprintf("funding[%d].share_of", i)
			v.diags.Warnf(e.Default.Pos[path], path, "add "+who+" to partners, or correct share_of", "share_of %q is neither the coordinator nor a partner", who)
		}
	}
}

// references checks that every reference names an existing entity.
func (v *validator) references() {
	for _, l := range v.site.Links {
		v.reference(l)
	}
	v.translatedItems()
}

func (v *validator) reference(l model.Link) {
	target := v.site.Entities[l.To]
	switch {
	case target == nil && v.site.Broken[l.To]:
		// The target's file is there but broken, and reported as such:
		// one mistake gives one error.
	case target == nil:
		hint := v.hints.DidYouMean(l.Pos.File, l.To.Slug, func() []string {
			var slugs []string
			for _, e := range v.site.ByType[l.To.Type] {
				slugs = append(slugs, e.Slug)
			}
			return slugs
		})
		if hint == "" {
			hint = fmt.Sprintf("a reference is the file name of an entity in content/%s/, without .md", l.To.Type)
		}
		if l.Field == "funder" {
			hint += "; for a funder without a profile write funder_name instead"
		}
		v.diags.Errorf(l.Pos, l.Field, hint, "unknown %s reference %q", singular(l.To.Type), l.To.Slug)
	case l.To == l.From:
		v.diags.Errorf(l.Pos, l.Field, "remove it", "%s refers to itself", l.From)
	case !v.site.IsPublished(l.To) && v.site.IsPublished(l.From):
		v.diags.Warnf(l.Pos, l.Field, "it is shown without a link until the draft is published", "%s is a draft", l.To)
	}
}

// translatedItems checks that every item of a list of objects in a
// translation translates an item of the default-language file: items
// are matched by their place in the list. (A translation carries no
// references: those are reported when it is decoded.)
func (v *validator) translatedItems() {
	for _, typ := range config.Types {
		t := v.site.Type(typ)
		for _, e := range v.site.ByType[typ] {
			for _, lang := range v.site.Config.Languages {
				tr := e.Trans[lang]
				if tr == nil {
					continue
				}
				for _, f := range t.Fields {
					items, _ := tr.Fields[f.Name].([]model.Object)
					def, _ := e.Default.Fields[f.Name].([]model.Object)
					if f.Kind != schema.Objects || len(items) <= len(def) {
						continue
					}
					path := fmt.Sprintf("%s[%d]", f.Name, len(def))
					v.diags.Errorf(posOf(tr, path), path, fmt.Sprintf("items are translated in the order of %s; add the item there first", e.Default.File),
						"item %d of %q has no item to translate: %s has %d", len(def)+1, f.Name, e.Default.File, len(def))
				}
			}
		}
	}
}

func singular(typ string) string {
	switch typ {
	case "actors":
		return "actor"
	case "services":
		return "service"
	case "projects":
		return "project"
	case "contracts":
		return "contract"
	case "challenges":
		return "challenge"
	case "pages":
		return "page"
	}
	return typ
}

// pages checks the free pages: their slugs become top-level paths.
func (v *validator) pages() {
	cfg := v.site.Config
	taken := append([]string{}, config.ReservedPaths...)
	taken = append(taken, cfg.Languages...)
	for _, typ := range config.SectionTypes {
		for _, l := range cfg.Languages {
			taken = append(taken, cfg.Section(typ, l))
		}
	}
	for _, t := range cfg.Taxonomies {
		for _, l := range cfg.Languages {
			taken = append(taken, t.Path.In(l, cfg.DefaultLang()))
		}
	}
	for _, e := range v.site.ByType["pages"] {
		if slices.Contains(taken, e.Slug) {
			v.diags.Errorf(diag.Pos{File: e.Default.File, Line: 1, Col: 1}, "", "rename the page", "page slug %q clashes with a path the site already uses", e.Slug)
		}
	}
}
