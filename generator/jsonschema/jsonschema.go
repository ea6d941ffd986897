// Package jsonschema writes JSON Schemas (draft 2020-12) of every content
// type's front matter from the field table in package schema, the same
// table the decoder and the validator read: a rule is never written twice.
//
// The schemas are an editor's aid. They express what one file can say on
// its own (field names, types, allowed values, required fields, the shape
// of dates, addresses and business IDs, the site's taxonomy terms). Rules
// across files — references, duplicate slugs, date order, attachments on
// disk, the business ID check digit — stay with `kimppa check`. A file the
// schema rejects is always rejected by `kimppa check` too.
//
// Only keywords that mean the same in draft-07 are used (no $defs, no
// prefixItems), so editors that still validate with draft-07 rules (the
// YAML language server, ajv's default) read them correctly.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/schema"
)

// Dialect is the JSON Schema version the files declare.
const Dialect = "https://json-schema.org/draft/2020-12/schema"

// Dir is where a site keeps its schemas, relative to the site directory.
const Dir = "schemas"

// IndexFile maps each schema file to the content files it describes, as
// glob patterns relative to the site directory (minimatch syntax, with
// extglob): editors and linters read it.
const IndexFile = "files.json"

// Patterns shared by the schemas and by kimppa's own rules.
const (
	slugPattern    = `^[a-z0-9]+(-[a-z0-9]+)*$`
	datePattern    = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	urlPattern     = `^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*$`
	emailPattern   = `^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().]+$`
	oneLine        = `^[^\n\r]*$`
	businessID     = `^[0-9]{7}-[0-9]$`
	licensePattern = `^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)$`
	badPath        = `\.\.|^/|\\|://`
)

// File is one generated file, named relative to Dir.
type File struct {
	Name string
	Data []byte
}

// Generate returns the schema files of the site configured by cfg: for each
// type "<type>.schema.json" for default-language files and, when the site
// has more than one language, "<type>.translation.schema.json" for
// translations (the same fields, none required); and IndexFile. Files are
// sorted by name and their bytes are deterministic.
func Generate(cfg *config.Config) []File {
	g := generator{cfg: cfg}
	var files []File
	index := newObject()
	for _, t := range schema.Types(cfg.TaxonomyKeys()) {
		name := t.Name + ".schema.json"
		files = append(files, File{name, encode(g.typeSchema(t, false))})
		index.set(name, stringsToAny(g.defaultGlobs(t.Name)))
		if len(cfg.Languages) > 1 {
			tname := t.Name + ".translation.schema.json"
			files = append(files, File{tname, encode(g.typeSchema(t, true))})
			index.set(tname, stringsToAny(g.translationGlobs(t.Name)))
		}
	}
	files = append(files, File{IndexFile, encode(index)})
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	return files
}

// SchemaFor names the schema file that describes the content file p
// (relative to the site directory, e.g. "content/actors/vtt.en.md"), or ""
// when p is not an entity file.
func SchemaFor(cfg *config.Config, p string) string {
	parts := strings.Split(p, "/")
	if len(parts) < 3 || parts[0] != "content" || !slices.Contains(config.Types, parts[1]) || !strings.HasSuffix(p, ".md") {
		return ""
	}
	base := strings.TrimSuffix(parts[len(parts)-1], ".md")
	switch {
	case len(parts) == 3:
	case len(parts) == 4 && (base == "index" || strings.HasPrefix(base, "index.")):
	default:
		return ""
	}
	if i := strings.LastIndexByte(base, '.'); i >= 0 {
		lang := base[i+1:]
		if lang != cfg.DefaultLang() && cfg.HasLang(lang) {
			return parts[1] + ".translation.schema.json"
		}
	}
	return parts[1] + ".schema.json"
}

type generator struct {
	cfg *config.Config
}

func (g generator) defaultGlobs(typ string) []string {
	dir := "content/" + typ
	return []string{
		dir + "/!(*.*).md",
		dir + "/*." + g.cfg.DefaultLang() + ".md",
		dir + "/*/index.md",
		dir + "/*/index." + g.cfg.DefaultLang() + ".md",
	}
}

func (g generator) translationGlobs(typ string) []string {
	dir := "content/" + typ
	var out []string
	for _, lang := range g.cfg.Languages[1:] {
		out = append(out, dir+"/*."+lang+".md", dir+"/*/index."+lang+".md")
	}
	return out
}

var typeDocs = map[string]string{
	"actors":     "an actor (a company, municipality, public body, research or education institute, association or other organisation)",
	"services":   "a service that members offer",
	"projects":   "a development project (hanke)",
	"contracts":  "a contract (a model contract, agreement, commitment or memorandum of understanding)",
	"funding":    "a funding source",
	"challenges": "a challenge: a need an actor looks for solvers and partners for",
	"pages":      "a free page",
}

func (g generator) typeSchema(t schema.Type, translation bool) *object {
	s := newObject()
	s.set("$schema", Dialect)
	s.set("$comment", generatedComment+" from the field table in generator/schema and the taxonomies of kimppa.yaml; do not edit.")
	file := fmt.Sprintf("content/%s/<slug>.md or content/%s/<slug>/index.md", t.Name, t.Name)
	if translation {
		s.set("title", "kimppa "+t.Name+" (translation)")
		s.set("description", fmt.Sprintf("Front matter of a translation of %s: content/%s/<slug>.<lang>.md. A translation carries only the fields it translates (%s) and the body; the others come from the default-language file.",
			typeDocs[t.Name], t.Name, strings.Join(schema.TranslatableNames(t.Fields), ", ")))
	} else {
		s.set("title", "kimppa "+t.Name)
		s.set("description", fmt.Sprintf("Front matter of %s, in %s.", typeDocs[t.Name], file))
	}
	s.set("type", "object")
	if translation {
		t = t.Translation()
	}
	props, required := g.fields(t.Fields, translation)
	s.set("properties", props)
	if !translation && len(required) > 0 {
		s.set("required", stringsToAny(required))
	}
	s.set("additionalProperties", false)
	return s
}

// fields returns the properties of a mapping with fields fs and the names
// of its required fields. In a translation nothing is required, so every
// field may also be empty.
func (g generator) fields(fs []schema.Field, translation bool) (*object, []string) {
	props := newObject()
	var required []string
	for _, f := range fs {
		v := g.value(f)
		if f.Required {
			required = append(required, f.Name)
		}
		if !f.Required || translation {
			nullable(v)
		}
		props.set(f.Name, v)
	}
	return props, required
}

// anyText is what kimppa accepts as text: it keeps the written form of a
// number or true/false, e.g. a phone number.
var anyText = []any{"string", "number", "boolean"}

func (g generator) value(f schema.Field) *object {
	v := newObject()
	desc := f.Doc
	switch f.Kind {
	case schema.String:
		v.set("type", anyText)
		if f.MaxLen > 0 {
			v.set("maxLength", f.MaxLen)
		}
		if f.OneLine {
			v.set("pattern", oneLine)
		}
	case schema.Enum:
		v.set("type", "string")
		v.set("enum", stringsToAny(f.Values))
	case schema.EnumList:
		v.set("type", "array")
		v.set("items", newObject().set("type", "string").set("enum", stringsToAny(f.Values)))
	case schema.Date:
		v.set("type", "string")
		v.set("format", "date")
		v.set("pattern", datePattern)
		desc = join(desc, "a date written YYYY-MM-DD")
	case schema.URL:
		v.set("type", "string")
		v.set("format", "uri")
		v.set("pattern", urlPattern)
		desc = join(desc, "a full web address starting with https:// or http://")
	case schema.Email:
		v.set("type", "string")
		v.set("format", "email")
		v.set("pattern", emailPattern)
		desc = join(desc, "an e-mail address, e.g. info@example.fi")
	case schema.Bool:
		v.set("type", "boolean")
	case schema.Money:
		v.set("type", "number")
		v.set("minimum", 0)
		v.set("maximum", int(schema.MaxMoney))
		desc = join(desc, "euros, digits only, e.g. 250000")
	case schema.Ref:
		v.set("type", "string")
		v.set("pattern", slugPattern)
		desc = join(desc, "the slug of an entry in content/"+f.RefType+"/ (its file name without .md)")
	case schema.RefList:
		v.set("type", "array")
		v.set("items", newObject().set("type", "string").set("pattern", slugPattern))
		desc = join(desc, "slugs of entries in content/"+f.RefType+"/ (their file names without .md)")
	case schema.Related:
		v.set("type", "array")
		v.set("items", newObject().set("type", "string").set("pattern", relatedPattern()))
		desc = join(desc, "e.g. services/materiaalikartoitus")
	case schema.StringList:
		v.set("type", "array")
		v.set("items", newObject().set("type", anyText).set("pattern", oneLine))
	case schema.BusinessID:
		v.set("type", "string")
		v.set("pattern", businessID)
		desc = join(desc, "kimppa check also verifies the check digit")
	case schema.License:
		v.set("type", "string")
		v.set("pattern", licensePattern)
		desc = join(desc, "kimppa check verifies that the id is a known SPDX id; write LicenseRef-<name> for your own")
	case schema.Attachment:
		v.set("type", "string")
		v.set("pattern", extPattern(f.Exts))
		v.set("not", newObject().set("type", "string").set("pattern", badPath))
		desc = join(desc, "the name of a file next to index.md in the entity's folder")
	case schema.Objects:
		item := newObject().set("type", "object")
		props, required := g.fields(f.Fields, false)
		item.set("properties", props)
		if len(required) > 0 {
			item.set("required", stringsToAny(required))
		}
		item.set("additionalProperties", false)
		v.set("type", "array")
		v.set("items", item)
	case schema.Terms:
		tax, _ := g.cfg.Taxonomy(f.Name)
		var keys []string
		var labels []string
		if tax != nil {
			keys = tax.TermKeys()
			for _, t := range tax.Terms {
				labels = append(labels, t.Key+" = "+localized(t.Label, g.cfg))
			}
			desc = join(localized(tax.Label, g.cfg), strings.Join(labels, "; "))
		}
		v.set("type", "array")
		v.set("items", newObject().set("type", "string").set("enum", stringsToAny(keys)))
	}
	if desc != "" {
		v.set("description", desc)
	}
	return v
}

// nullable lets an optional field be written empty: kimppa treats an
// empty value as a missing field.
func nullable(v *object) {
	switch t := v.get("type").(type) {
	case string:
		v.set("type", []any{t, "null"})
	case []any:
		v.set("type", append(slices.Clone(t), "null"))
	}
	if e, ok := v.get("enum").([]any); ok {
		v.set("enum", append(slices.Clone(e), nil))
	}
}

func relatedPattern() string {
	return `^(` + strings.Join(schema.RelatedTypes, "|") + `)/` + strings.TrimPrefix(slugPattern, "^")
}

// extPattern matches a file name ending in one of exts, in any letter
// case, without relying on a case-insensitive flag (JSON Schema patterns
// have none).
func extPattern(exts []string) string {
	alts := make([]string, len(exts))
	for i, e := range exts {
		var b strings.Builder
		for _, r := range strings.TrimPrefix(e, ".") {
			lo, up := strings.ToLower(string(r)), strings.ToUpper(string(r))
			if lo == up {
				b.WriteString(lo)
			} else {
				b.WriteString("[" + lo + up + "]")
			}
		}
		alts[i] = b.String()
	}
	return `\.(` + strings.Join(alts, "|") + `)$`
}

func localized(l config.Localized, cfg *config.Config) string {
	var parts []string
	for _, lang := range cfg.Languages {
		if s, ok := l[lang]; ok && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return l.In(cfg.DefaultLang(), cfg.DefaultLang())
	}
	return strings.Join(parts, " / ")
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

func stringsToAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// object is a JSON object that keeps its keys in the order they were set,
// so that the schemas read in a sensible order and their bytes never vary.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

func (o *object) set(k string, v any) *object {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

func (o *object) get(k string) any { return o.vals[k] }

// encode writes v as indented JSON with a final newline. Strings are not
// HTML-escaped: the files are read by people and editors, not browsers.
func encode(v any) []byte {
	var b bytes.Buffer
	write(&b, v, "")
	b.WriteByte('\n')
	return b.Bytes()
}

func write(b *bytes.Buffer, v any, indent string) {
	inner := indent + "  "
	switch x := v.(type) {
	case *object:
		if len(x.keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, k := range x.keys {
			b.WriteString(inner)
			writeString(b, k)
			b.WriteString(": ")
			write(b, x.vals[k], inner)
			if i < len(x.keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		// Short lists of scalars stay on one line.
		if scalars(x) {
			b.WriteByte('[')
			for i, e := range x {
				if i > 0 {
					b.WriteString(", ")
				}
				write(b, e, inner)
			}
			b.WriteByte(']')
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(inner)
			write(b, e, inner)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case string:
		writeString(b, x)
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case nil:
		b.WriteString("null")
	default:
		panic(fmt.Sprintf("jsonschema: cannot encode %T", v))
	}
}

func scalars(xs []any) bool {
	n := 0
	for _, x := range xs {
		switch s := x.(type) {
		case string:
			n += len(s) + 4
		case nil, bool, int:
			n += 6
		default:
			return false
		}
	}
	return n <= 100
}

func writeString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x2028 || r == 0x2029 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// generatedComment begins the $comment of every schema file kimppa writes.
const generatedComment = "Generated by `kimppa schema`"

// Generated tells whether data, the file name in a schemas folder, is a
// file kimppa schema wrote, which it may replace or remove: a schema whose
// $comment says so, or an IndexFile that maps only schema files to lists
// of patterns. Any other file there is someone else's.
func Generated(name string, data []byte) bool {
	switch {
	case strings.HasSuffix(name, ".schema.json"):
		var s struct {
			Comment string `json:"$comment"`
		}
		return json.Unmarshal(data, &s) == nil && strings.HasPrefix(s.Comment, generatedComment)
	case name == IndexFile:
		var index map[string][]string
		if json.Unmarshal(data, &index) != nil || len(index) == 0 {
			return false
		}
		for k := range index {
			if !strings.HasSuffix(k, ".schema.json") {
				return false
			}
		}
		return true
	}
	return false
}

// Kind tells the names of the files kimppa schema writes: a schema file
// of that name that kimppa wrote and does not write now is removed.
func Kind(name string) bool { return strings.HasSuffix(name, ".schema.json") || name == IndexFile }
