package model

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/node"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

// decoder turns one file's front matter into a Variant, checking each
// value against its field's rule.
type decoder struct {
	doc   *node.Doc
	diags *diag.List
	pos   map[string]diag.Pos
	def   string // in a translation, the default-language file; else ""
	hints diag.Hints
}

func decodeFile(f *load.File, t schema.Type, diags *diag.List) *Variant {
	d := &decoder{doc: f.Doc, diags: diags, pos: map[string]diag.Pos{}}
	if f.Lang != "" {
		d.def = DefaultFile(f.Path, f.Lang)
	}
	fields := d.fields(t.Fields, f.Doc.Root, "", t.Name)
	return &Variant{
		File: f.Path, Lang: f.Lang, Fields: fields, Pos: d.pos,
		Body: string(f.Body), BodyLine: f.BodyLine,
	}
}

// DefaultFile is the default-language file of the translation file p in
// lang: content/actors/vtt.en.md → content/actors/vtt.md.
func DefaultFile(p, lang string) string {
	return strings.TrimSuffix(p, "."+lang+".md") + ".md"
}

// fields decodes a mapping against the fields fs. Required fields are only
// demanded in a default-language file; a translation carries only
// translatable fields.
func (d *decoder) fields(fs []schema.Field, m *yaml.Node, prefix string, what string) map[string]any {
	out := map[string]any{}
	known := make([]string, len(fs))
	for i, f := range fs {
		known[i] = f.Name
	}
	for _, kv := range node.Pairs(m) {
		name := kv.Key.Value
		path := prefix + name
		f, ok := lookupField(fs, name)
		if !ok {
			hint := d.hints.DidYouMean("", name, func() []string { return known })
			if hint == "" {
				hint = "known fields: " + strings.Join(known, ", ")
			}
			d.diags.Errorf(d.doc.Pos(kv.Key), path, hint, "unknown field %q in %s", name, what)
			continue
		}
		if d.def != "" && !f.Translatable {
			allowed := orNothing(schema.TranslatableNames(fs)) + " and the body"
			if prefix != "" {
				allowed = "only " + orNothing(schema.TranslatableNames(fs)) + " in " + what
			} else {
				allowed = "only " + allowed
			}
			d.diags.Errorf(d.doc.Pos(kv.Key), path, fmt.Sprintf("remove it here: the value in %s holds for every language", d.def),
				"%q cannot be translated: a translation carries %s", name, allowed)
			continue
		}
		if _, dup := d.pos[path]; dup {
			d.diags.Errorf(d.doc.Pos(kv.Key), path, "remove one of them", "field %q is written twice", name)
			continue
		}
		d.pos[path] = d.doc.Pos(kv.Key)
		if node.IsNull(kv.Value) {
			continue
		}
		if v, ok := d.value(f, node.ResolveAt(kv.Value), path); ok {
			out[name] = v
		}
	}
	if d.def == "" {
		for _, f := range fs {
			if _, ok := out[f.Name]; !ok && f.Required && !d.reported(prefix+f.Name) {
				d.diags.Errorf(d.doc.Pos(m), prefix+f.Name, fmt.Sprintf("add a line: %s: …", f.Name), "missing required field %q in %s", f.Name, what)
			}
		}
	}
	return out
}

// reported says whether a field was present but invalid: its problem is
// already reported, so it is not also "missing".
func (d *decoder) reported(path string) bool {
	_, ok := d.pos[path]
	return ok
}

func lookupField(fs []schema.Field, name string) (schema.Field, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return schema.Field{}, false
}

func (d *decoder) value(f schema.Field, n *yaml.Node, path string) (any, bool) {
	switch f.Kind {
	case schema.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return d.wrong(f, n, path, "true or false", "write true or false, without quotes")
		}
		return n.Value == "true", true
	case schema.Money:
		return d.money(f, n, path)
	case schema.EnumList, schema.RefList, schema.Related, schema.StringList, schema.Terms:
		return d.list(f, n, path)
	case schema.Objects:
		return d.objects(f, n, path)
	}
	s, ok := d.scalar(f, n, path)
	if !ok {
		return nil, false
	}
	if p := schema.CheckString(f, s); p != nil {
		d.diags.Errorf(d.doc.Pos(n), path, p.Hint, "%s", p.Message)
		return nil, false
	}
	return s, true
}

// money reads euros: a non-negative number of at most schema.MaxMoney.
// A number too large for YAML to read (1e400) is resolved as text by
// yaml.v3; it is reported as out of range, not as text.
func (d *decoder) money(f schema.Field, n *yaml.Node, path string) (any, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && n.Style == 0 && numberLike.MatchString(n.Value) {
		return d.moneyRange(f, n, path)
	}
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return d.wrong(f, n, path, "a number of euros", "write digits only, e.g. 250000 (no spaces, € or commas)")
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil && n.Decode(&v) == nil {
		err = nil // YAML's own notations: 1_000, 0x10, .inf
	}
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange), v != v, v < 0:
		d.diags.Errorf(d.doc.Pos(n), path, "write a non-negative number of euros, e.g. 250000", "%q must be a non-negative number of euros, not %s", f.Name, n.Value)
		return nil, false
	case err != nil, v > schema.MaxMoney:
		return d.moneyRange(f, n, path)
	}
	if v == 0 {
		v = 0 // -0 is 0, in the open data too
	}
	return v, true
}

// numberLike matches a number with an exponent, which yaml.v3 reads as
// text when the exponent is too large for a float64.
var numberLike = regexp.MustCompile(`^[-+]?([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)[eE][-+]?[0-9]+$`)

func (d *decoder) moneyRange(f schema.Field, n *yaml.Node, path string) (any, bool) {
	d.diags.Errorf(d.doc.Pos(n), path, "check the digits: amounts are written in euros, e.g. 250000",
		"%q is %s, a number out of range: the largest amount allowed is 10^12 € (1 000 000 000 000)", f.Name, n.Value)
	return nil, false
}

// scalar reads text. Numbers and dates are accepted as their written text
// (a phone number, a date); lists and mappings are not.
func (d *decoder) scalar(f schema.Field, n *yaml.Node, path string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		_, ok := d.wrong(f, n, path, schema.Expects(f), "write a single value on the same line")
		return "", ok
	}
	if n.Tag == "!!bool" && f.Kind != schema.String {
		d.wrong(f, n, path, schema.Expects(f), "")
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

func (d *decoder) list(f schema.Field, n *yaml.Node, path string) (any, bool) {
	if n.Kind != yaml.SequenceNode {
		return d.wrong(f, n, path, "a list", fmt.Sprintf("write %s: [a, b] or one item per line starting with \"- \"", f.Name))
	}
	out := make([]string, 0, len(n.Content))
	item := f
	if item.Kind == schema.StringList || item.Kind == schema.Terms {
		item.Kind = schema.String
		item.OneLine = true
	}
	for i, c := range n.Content {
		c = node.ResolveAt(c)
		ipath := fmt.Sprintf("%s[%d]", path, i)
		d.pos[ipath] = d.doc.Pos(c)
		if s, ok := d.scalar(item, c, ipath); ok {
			if p := schema.CheckString(item, s); p != nil {
				d.diags.Errorf(d.doc.Pos(c), ipath, p.Hint, "%s", p.Message)
				continue
			}
			if s != "" {
				out = append(out, s)
			}
		}
	}
	return out, true
}

func (d *decoder) objects(f schema.Field, n *yaml.Node, path string) (any, bool) {
	if n.Kind != yaml.SequenceNode {
		return d.wrong(f, n, path, "a list", fmt.Sprintf("write each item of %s on its own line starting with \"- \"", f.Name))
	}
	out := make([]Object, 0, len(n.Content))
	for i, c := range n.Content {
		c = node.ResolveAt(c)
		ipath := fmt.Sprintf("%s[%d]", path, i)
		d.pos[ipath] = d.doc.Pos(c)
		if c.Kind != yaml.MappingNode {
			d.diags.Errorf(d.doc.Pos(c), ipath, fmt.Sprintf("write fields of the item, e.g. - %s: …", f.Fields[0].Name), "item %d of %q must have fields, not %s", i+1, f.Name, node.Describe(c))
			continue
		}
		out = append(out, Object(d.fields(f.Fields, c, ipath+".", fmt.Sprintf("item %d of %q", i+1, f.Name))))
	}
	return out, true
}

// orNothing lists names for a message.
func orNothing(names []string) string {
	if len(names) == 0 {
		return "no fields"
	}
	return strings.Join(names, ", ")
}

func (d *decoder) wrong(f schema.Field, n *yaml.Node, path, want, hint string) (any, bool) {
	d.diags.Errorf(d.doc.Pos(n), path, hint, "%q must be %s, not %s", f.Name, want, node.Describe(n))
	return nil, false
}
