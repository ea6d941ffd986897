package render

import (
	"html"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/model"
)

// publishable are the bundle file types that may be published, with the
// content type their first bytes must sniff as (office files are zips).
// SVG is never among them: it can carry scripts.
var publishable = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif",
	".pdf": "application/pdf", ".docx": "application/zip", ".xlsx": "application/zip",
	".odt": "application/zip", ".ods": "application/zip",
}

// maxAttachment is the largest bundle file published (the contract's
// limit for documents).
const maxAttachment = 10 << 20

// mimeTypes are the types of downloadable documents, for the link's type.
var mimeTypes = map[string]string{
	".pdf":  "application/pdf",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".odt":  "application/vnd.oasis.opendocument.text",
	".ods":  "application/vnd.oasis.opendocument.spreadsheet",
	".png":  "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif",
}

// collectAttachments decides which bundle files are published: the logo
// and document named in front matter and the files the Markdown body
// links to or shows, of an allowed type whose content matches its name.
func (r *Renderer) collectAttachments() {
	r.files = map[string]load.Asset{}
	r.owners = map[string]model.Ref{}
	r.attached = map[model.Ref][]load.Asset{}
	for _, typ := range typesInOrder() {
		for _, e := range r.publishedOf(typ) {
			if e.Bundle == "" || len(e.Assets) == 0 {
				continue
			}
			wanted := map[string]bool{}
			for _, v := range e.Variants(r.cfg.Languages) {
				for _, f := range []string{"logo", "document"} {
					if s, ok := v.Fields[f].(string); ok {
						wanted[s] = true
					}
				}
				for _, ref := range r.linkedFiles(e.Ref, v.Lang, v.Body) {
					wanted[ref] = true
				}
			}
			for _, a := range e.Assets {
				if !wanted[a.Name] || !publishableAsset(a) {
					continue
				}
				out := urlPath(r.urls.Entity(e.Type, e.Slug, r.def) + a.Name)[1:]
				r.files[out] = a
				r.owners[out] = e.Ref
				r.attached[e.Ref] = append(r.attached[e.Ref], a)
			}
		}
	}
}

// publishableAsset reports a bundle file that is safe to publish.
func publishableAsset(a load.Asset) bool {
	want, ok := publishable[strings.ToLower(path.Ext(a.Name))]
	return ok && !a.Link && a.Size <= maxAttachment && strings.HasPrefix(http.DetectContentType(a.Head), want)
}

// attachment returns e's published bundle file name, if any.
func (r *Renderer) attachment(e *model.Entity, name string) (load.Asset, bool) {
	i := slices.IndexFunc(r.attached[e.Ref], func(a load.Asset) bool { return a.Name == name })
	if i < 0 {
		return load.Asset{}, false
	}
	return r.attached[e.Ref][i], true
}

// attachmentURL is the site-relative address of a published bundle file:
// beside the entity's default-language page.
func (r *Renderer) attachmentURL(e *model.Entity, name string) string {
	return urlPath(r.urls.Entity(e.Type, e.Slug, r.def) + name)
}

// urlPath escapes each segment of a slash path for use in a URL.
func urlPath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

// attrURL finds the src and href attributes of rendered Markdown.
var attrURL = regexp.MustCompile(`\b(src|href)="([^"]*)"`)

// linkedFiles are the bundle files that e's body in lang links to or
// shows, remembered with the body.
func (r *Renderer) linkedFiles(ref model.Ref, lang, body string) []string {
	key := cardKey{ref, lang}
	if v, ok := r.memo.bodyRefs.Load(key); ok && v.(linkedFiles).body == body {
		return v.(linkedFiles).names
	}
	names := bodyRefs(markdown.HTML(body))
	r.memo.bodyRefs.Store(key, linkedFiles{body, names})
	return names
}

// bodyRefs lists the bundle-relative file names a rendered body links to.
func bodyRefs(h string) []string {
	var out []string
	for _, m := range attrURL.FindAllStringSubmatch(h, -1) {
		if name, ok := relativeName(m[2]); ok {
			out = append(out, name)
		}
	}
	return out
}

// relativeName turns an attribute value such as "./kuva%201.png" into a
// bundle file name, when it is a plain relative path.
func relativeName(attr string) (string, bool) {
	raw := html.UnescapeString(attr)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "" || u.Host != "" || u.RawQuery != "" || u.Fragment != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") {
		return "", false
	}
	name := path.Clean(u.Path)
	if name == "." || strings.HasPrefix(name, "../") || name == ".." {
		return "", false
	}
	return name, true
}

// bodyHTML renders a Markdown body, pointing links to the entity's
// published bundle files at their address, which is the same for every
// language.
//
// The default body is rendered once for its record in entities.json and
// every page in a language the entity has no translation for, and kept
// only until the last of them has it: a large portal's bodies are tens
// of megabytes of HTML.
func (r *Renderer) bodyHTML(e *model.Entity, src string) string {
	if e.Default == nil || src != e.Default.Body || src == "" { // an empty body has no record of its own
		return r.renderBody(e, src)
	}
	key := bodyKey{e.Ref, src}
	if v, ok := r.bodies.Load(key); ok {
		return r.takeBody(key, v.(*keptBody))
	}
	b := &keptBody{html: r.renderBody(e, src)}
	b.uses.Store(int32(r.defaultBodyUses(e)) - 1)
	if b.uses.Load() == 0 {
		return b.html
	}
	if v, ok := r.bodies.LoadOrStore(key, b); ok { // rendered meanwhile by another page
		return r.takeBody(key, v.(*keptBody))
	}
	return b.html
}

// takeBody is the kept body b, forgotten once the last use has it.
func (r *Renderer) takeBody(key bodyKey, b *keptBody) string {
	if b.uses.Add(-1) == 0 {
		r.bodies.Delete(key)
	}
	return b.html
}

// keptBody is a default body's HTML and how many more times it is asked for.
type keptBody struct {
	html string
	uses atomic.Int32
}

// defaultBodyUses is how many times a build asks for e's default body:
// for its record and for its page in each language that shows it.
func (r *Renderer) defaultBodyUses(e *model.Entity) int {
	n := 1
	for _, lang := range r.cfg.Languages {
		if e.Body(lang) == e.Default.Body {
			n++
		}
	}
	return n
}

type bodyKey struct {
	ref model.Ref
	src string
}

func (r *Renderer) renderBody(e *model.Entity, src string) string {
	h := topHeadingsAtH2(markdown.HTML(src))
	if len(r.attached[e.Ref]) == 0 {
		return h
	}
	return attrURL.ReplaceAllStringFunc(h, func(m string) string {
		sub := attrURL.FindStringSubmatch(m)
		name, ok := relativeName(sub[2])
		if !ok {
			return m
		}
		if _, ok := r.attachment(e, name); !ok {
			return m
		}
		return sub[1] + `="` + html.EscapeString(r.urls.Href(r.attachmentURL(e, name))) + `"`
	})
}

// headingTag finds the heading tags of rendered Markdown; text that looks
// like one is escaped ("&lt;h3").
var headingTag = regexp.MustCompile(`<(/?)h([1-6])\b`)

// topHeadingsAtH2 shifts a body's headings up so that its highest is an
// h2, right below the page's h1: whether the author starts sections with
// "#" or "##", the outline has no gap.
func topHeadingsAtH2(h string) string {
	top := 7
	for _, m := range headingTag.FindAllStringSubmatch(h, -1) {
		top = min(top, int(m[2][0]-'0'))
	}
	if top <= 2 || top == 7 {
		return h
	}
	shift := top - 2
	return headingTag.ReplaceAllStringFunc(h, func(m string) string {
		sub := headingTag.FindStringSubmatch(m)
		return "<" + sub[1] + "h" + string(rune('0'+int(sub[2][0]-'0')-shift))
	})
}
