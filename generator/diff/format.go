package diff

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// Formats are the output formats of Write.
var Formats = []string{"markdown", "json"}

// Write prints the report in format ("markdown" or "json") and lang ("fi"
// or "en").
func (r *Report) Write(w io.Writer, format, lang string) error {
	if !slices.Contains(Langs, lang) {
		return fmt.Errorf("unknown language %q (want one of %s)", lang, strings.Join(Langs, ", "))
	}
	switch format {
	case "markdown", "":
		_, err := io.WriteString(w, r.Markdown(lang))
		return err
	case "json":
		return r.json(w, lang)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Markdown is the report for a pull request's job summary.
func (r *Report) Markdown(lang string) string {
	p := newPrinter(r, lang, markdown.Escape)
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", p.w.heading)
	if r.Base != "" || r.Head != "" {
		fmt.Fprintf(&b, p.w.compared+" ", markdown.Code(r.Base), markdown.Code(r.Head))
	}
	if r.Empty() {
		b.WriteString(p.w.noChanges + "\n")
		return b.String()
	}
	a, rm, c := r.Counts()
	fmt.Fprintf(&b, p.w.counts+"\n", a, rm, c)
	if r.Errors > 0 {
		fmt.Fprintf(&b, "\n"+p.w.errors+"\n", r.Errors)
	}
	for _, e := range r.Entities {
		icon := map[Change]string{Added: "➕", Removed: "➖", Changed: "✏️"}[e.Change]
		fmt.Fprintf(&b, "\n### %s %s: %s\n\n", icon, p.entityHeading(e), markdown.Escape(p.title(e)))
		fmt.Fprintf(&b, "%s %s\n", upper(p.w.file), markdown.Code(e.File))
		if len(e.Fields) > 0 {
			b.WriteString("\n")
		}
		for _, f := range e.Fields {
			fmt.Fprintf(&b, "- %s\n", p.line(e, f))
		}
	}
	if len(r.Site) > 0 {
		fmt.Fprintf(&b, "\n### ⚙️ %s\n\n", p.w.siteHeading)
		for _, f := range r.Site {
			fmt.Fprintf(&b, "- %s\n", p.line(Entity{}, f))
		}
	}
	return b.String()
}

type jsonField struct {
	Field   string `json:"field"`
	Label   string `json:"label"`
	Lang    string `json:"lang"`
	Change  Change `json:"change"`
	Old     any    `json:"old"`
	New     any    `json:"new"`
	Invalid bool   `json:"invalid"`
	Text    string `json:"text"`
}

type jsonEntity struct {
	Type   string      `json:"type"`
	Slug   string      `json:"slug"`
	Change Change      `json:"change"`
	Title  string      `json:"title"`
	File   string      `json:"file"`
	Fields []jsonField `json:"fields"`
}

func (r *Report) json(w io.Writer, lang string) error {
	p := newPrinter(r, lang, func(s string) string { return s })
	out := struct {
		Base     string         `json:"base"`
		Head     string         `json:"head"`
		Lang     string         `json:"lang"`
		Summary  map[Change]int `json:"summary"`
		Errors   int            `json:"errors"`
		Entities []jsonEntity   `json:"entities"`
		Site     []jsonField    `json:"site"`
	}{Errors: r.Errors, Base: r.Base, Head: r.Head, Lang: lang, Entities: []jsonEntity{}, Site: []jsonField{}}
	a, rm, c := r.Counts()
	out.Summary = map[Change]int{Added: a, Removed: rm, Changed: c}
	field := func(e Entity, f Field) jsonField {
		return jsonField{f.Name, p.label(e, f), f.Lang, f.Change, f.Old, f.New, f.Invalid, p.text(e, f)}
	}
	for _, e := range r.Entities {
		je := jsonEntity{e.Type, e.Slug, e.Change, p.title(e), e.File, []jsonField{}}
		for _, f := range e.Fields {
			je.Fields = append(je.Fields, field(e, f))
		}
		out.Entities = append(out.Entities, je)
	}
	for _, f := range r.Site {
		out.Site = append(out.Site, field(Entity{}, f))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// printer writes the sentences of one language. esc escapes text that
// comes from the content.
type printer struct {
	r     *Report
	lang  string
	words words.Words
	w     sentences
	esc   func(string) string
}

func newPrinter(r *Report, lang string, esc func(string) string) printer {
	w := words.In(lang)
	return printer{r: r, lang: lang, words: w, w: sentencesIn(w), esc: esc}
}

func (p printer) entityHeading(e Entity) string {
	t := lower(p.words.One(e.Type))
	switch e.Change {
	case Added:
		return fmt.Sprintf(p.w.added, t)
	case Removed:
		return fmt.Sprintf(p.w.removed, t)
	}
	return fmt.Sprintf(p.w.changed, t)
}

// title is the entity's name in the report's language.
func (p printer) title(e Entity) string {
	if e.head != nil {
		return cmp.Or(p.r.head.Title(e.head, p.lang), e.Slug)
	}
	if e.base != nil {
		return cmp.Or(p.r.base.Title(e.base, p.lang), e.Slug)
	}
	return e.Slug
}

// line is one Markdown list item: the bold label and the change.
func (p printer) line(e Entity, f Field) string {
	return fmt.Sprintf("**%s:** %s", p.label(e, f), p.text(e, f))
}

func (p printer) label(e Entity, f Field) string {
	l := p.words.Field(f.Name)
	if tax, ok := strings.CutPrefix(f.Name, "taxonomy:"); ok {
		l = p.taxonomyLabel(tax)
	} else if l == "" {
		l = p.taxonomyLabel(f.Name)
	}
	if l == "" {
		l = f.Name
	}
	if f.Lang != "" {
		if k := "in_" + f.Lang; p.words.Has(k) {
			n := p.words.Get(k)
			return l + " (" + n + ")"
		}
		return l + " (" + f.Lang + ")"
	}
	return l
}

func (p printer) taxonomyLabel(key string) string {
	for _, cfg := range []*config.Config{p.r.head.Config, p.r.base.Config} {
		if t, ok := cfg.Taxonomy(key); ok {
			return t.Label.In(p.lang, cfg.DefaultLang())
		}
	}
	return ""
}

// text says in words how the field changed.
func (p printer) text(e Entity, f Field) string {
	switch f.Name {
	case FieldBody:
		return map[Change]string{Added: p.w.textAdded, Removed: p.w.textRemoved, Changed: p.w.textChanged}[f.Change]
	case FieldTranslation:
		if f.Change == Added {
			return p.w.transAdded
		}
		return p.w.transRemoved
	case FieldFile:
		switch f.Change {
		case Added:
			return fmt.Sprintf(p.w.fileAdded, p.esc(fmt.Sprint(f.New)))
		case Removed:
			return fmt.Sprintf(p.w.fileRemoved, p.esc(fmt.Sprint(f.Old)))
		}
		return fmt.Sprintf(p.w.fileChanged, p.esc(fmt.Sprint(f.New)))
	}
	sf := p.schemaField(e, f.Name)
	if f.Invalid {
		if empty(f.Old) || e.Change == Added {
			return p.w.invalid
		}
		return fmt.Sprintf(p.w.was, p.value(sf, f.Old), p.w.invalid)
	}
	if e.Change == Added {
		return p.value(sf, f.New)
	}
	switch f.Change {
	case Added:
		return fmt.Sprintf(p.w.itemsAdded, p.value(sf, f.New))
	case Removed:
		return fmt.Sprintf(p.w.unset, p.value(sf, f.Old))
	}
	if oi, ni := p.items(sf, f.Old), p.items(sf, f.New); oi != nil && ni != nil {
		return p.listChange(oi, ni)
	}
	return fmt.Sprintf(p.w.was, p.value(sf, f.Old), p.value(sf, f.New))
}

// listChange names the items added and removed from a list.
func (p printer) listChange(old, new []string) string {
	var added, removed []string
	for _, s := range new {
		if i := slices.Index(old, s); i >= 0 {
			old = slices.Delete(slices.Clone(old), i, i+1)
		} else {
			added = append(added, s)
		}
	}
	removed = old
	var parts []string
	if len(added) > 0 {
		parts = append(parts, fmt.Sprintf(p.w.itemsAdded, strings.Join(added, ", ")))
	}
	if len(removed) > 0 {
		parts = append(parts, fmt.Sprintf(p.w.itemsRemoved, strings.Join(removed, ", ")))
	}
	if len(parts) == 0 {
		return p.w.orderChanged
	}
	return strings.Join(parts, "; ")
}

// schemaField finds the field's definition; site settings have none.
func (p printer) schemaField(e Entity, name string) schema.Field {
	if e.Type == "" {
		if strings.HasPrefix(name, "taxonomy:") {
			return schema.Field{Name: strings.TrimPrefix(name, "taxonomy:"), Kind: schema.Terms}
		}
		return schema.Field{Name: name, Kind: schema.StringList}
	}
	for _, s := range []*model.Site{p.r.head, p.r.base} {
		if f, ok := s.Type(e.Type).Field(name); ok {
			return f
		}
	}
	return schema.Field{Name: name}
}

// value writes a whole value.
func (p printer) value(f schema.Field, v any) string {
	if items := p.items(f, v); items != nil {
		return strings.Join(items, ", ")
	}
	switch x := v.(type) {
	case bool:
		if x {
			return p.w.yes
		}
		return p.w.no
	case float64:
		return money(x, p.lang)
	case string:
		return p.scalar(f, x)
	}
	return p.esc(fmt.Sprint(v))
}

// items writes each element of a list value, or nil for other values.
func (p printer) items(f schema.Field, v any) []string {
	switch x := v.(type) {
	case []string:
		out := make([]string, len(x))
		item := f
		switch f.Kind {
		case schema.EnumList:
			item.Kind = schema.Enum
		case schema.RefList:
			item.Kind = schema.Ref
		case schema.Terms, schema.Related:
		default:
			item.Kind = schema.StringList
		}
		for i, s := range x {
			out[i] = p.scalar(item, s)
		}
		return out
	case []model.Object:
		out := make([]string, len(x))
		for i, o := range x {
			out[i] = p.object(f, o)
		}
		return out
	}
	return nil
}

// object writes an item of a list of items: its first field, then the
// others in brackets.
func (p printer) object(f schema.Field, o model.Object) string {
	var first string
	var rest []string
	for i, sf := range f.Fields {
		v, ok := o[sf.Name]
		if !ok {
			continue
		}
		s := p.value(sf, v)
		if sf.Kind == schema.String {
			s = p.esc(fmt.Sprint(v)) // no quotes inside an item
		}
		if i == 0 {
			first = s
			continue
		}
		rest = append(rest, lower(p.words.Field(sf.Name))+": "+s)
	}
	if len(rest) == 0 {
		return first
	}
	return strings.TrimSpace(first + " (" + strings.Join(rest, ", ") + ")")
}

func (p printer) scalar(f schema.Field, s string) string {
	switch f.Kind {
	case schema.Enum:
		if l := p.words.Enum(f.Name, s); l != s {
			return lower(l)
		}
	case schema.Ref:
		return p.esc(p.refTitle(f.RefType, s))
	case schema.Related:
		typ, slug, _ := strings.Cut(s, "/")
		return p.esc(p.refTitle(typ, slug))
	case schema.Terms:
		for _, cfg := range []*config.Config{p.r.head.Config, p.r.base.Config} {
			if t, ok := cfg.Taxonomy(f.Name); ok {
				if term, ok := t.Term(s); ok {
					return p.esc(term.Label.In(p.lang, cfg.DefaultLang()))
				}
			}
		}
	case schema.String:
		return p.quote(s)
	}
	return p.esc(s)
}

// refTitle names a referenced entity by its title, in the head version or
// else the base.
func (p printer) refTitle(typ, slug string) string {
	for _, s := range []*model.Site{p.r.head, p.r.base} {
		if e := s.Entities[model.Ref{Type: typ, Slug: slug}]; e != nil {
			if t := s.Title(e, p.lang); t != "" {
				return t
			}
		}
	}
	return slug
}

func (p printer) quote(s string) string {
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300]) + "…"
	}
	if p.lang == "fi" {
		return "”" + p.esc(s) + "”"
	}
	return "“" + p.esc(s) + "”"
}

// money writes euros: "250 000 €" in Finnish, "€250,000" in English.
func money(v float64, lang string) string {
	whole := v == math.Trunc(v)
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if whole {
		s = strconv.FormatFloat(v, 'f', 0, 64)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	sep, dec := " ", ","
	if lang != "fi" {
		sep, dec = ",", "."
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += dec + frac
	}
	if lang == "fi" {
		return out + " €"
	}
	return "€" + out
}

func upper(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
