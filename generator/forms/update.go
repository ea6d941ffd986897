package forms

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

// entryRef reads which entry an update is about: "type/slug", or a page's
// address on the portal, whose path holds the type's section and the slug
// (in any language: /toimijat/x/, /en/actors/x/). lang is the page's
// language when the address has one (/en/…), else "".
func entryRef(cfg *config.Config, s string) (typ, slug, lang string, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
		if j := strings.IndexByte(s, '/'); j >= 0 {
			s = s[j:]
		} else {
			s = ""
		}
	}
	s, _, _ = strings.Cut(s, "?")
	s, _, _ = strings.Cut(s, "#")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' })
	for i := len(parts) - 2; i >= 0; i-- {
		if t := typeOfSegment(cfg, parts[i]); t != "" && schema.ValidSlug(parts[i+1]) {
			// A page of another language is under /<lang>/.
			if i > 0 && cfg.HasLang(parts[i-1]) {
				lang = parts[i-1]
			}
			return t, parts[i+1], lang, true
		}
	}
	return "", "", "", false
}

// typeOfSegment finds the type whose name or section path (in any
// language) is seg.
func typeOfSegment(cfg *config.Config, seg string) string {
	for _, t := range schema.Types(nil) {
		if seg == t.Name {
			return t.Name
		}
		for _, l := range cfg.Languages {
			if cfg.Sections[t.Name].In(l, cfg.DefaultLang()) == seg {
				return t.Name
			}
		}
	}
	return ""
}

func update(req Request, a *Answers) (*Result, error) {
	ref, ok := a.Values[EntryID]
	typ, slug, lang, found := entryRef(req.Config, ref)
	entryProblem := func(msg fiEn) error {
		return reject(Problem{Label: a.Labels[EntryID], Message: msg, Fix: entryHelp, field: EntryID})
	}
	if !ok || !found {
		return nil, entryProblem(fiEn{fmt.Sprintf("Sivua %q ei tunnistettu.", ref), fmt.Sprintf("The page %q was not recognised.", ref)})
	}
	t, known := req.lookup(typ)
	file, data, exists := req.Entry(typ, slug, "")
	if !known || !exists {
		return nil, entryProblem(fiEn{fmt.Sprintf("Sivua %s/%s ei ole portaalissa.", typ, slug), fmt.Sprintf("There is no page %s/%s on the portal.", typ, slug)})
	}
	fields, nodes, probs := values(req, t, a)
	newBody, setBody := body(a)
	if len(fields) == 0 && !setBody && len(probs) == 0 {
		return nil, reject(Problem{Message: fiEn{"Lomakkeessa ei ole yhtään muutettavaa kenttää.", "The form changes no field."},
			Fix: fiEn{"Täytä ne kentät, jotka muuttuvat.", "Fill in the fields that change."}})
	}
	// The page of another language: its translation file takes the text
	// it translates (made when there is none yet), the main file the rest.
	parts := []string{""}
	if lang != "" && lang != req.Config.DefaultLang() {
		parts = append(parts, lang)
	}
	trans := len(parts) > 1
	replace := listMode(a.Values[ListModeID])
	byPart := map[string][]string{}
	for _, name := range fields {
		f, _ := t.Field(name)
		part := ""
		// A list of objects translates item by item (only some parts):
		// it stays in the main file.
		if trans && f.Translatable && f.Kind != schema.Objects {
			part = lang
		}
		byPart[part] = append(byPart[part], name)
	}
	edits := func(stamp bool) ([]Change, error) {
		var out []Change
		for _, part := range parts {
			partBody := setBody && (part != "") == trans
			c, err := editPart(req, t, part, typ, slug, byPart[part], nodes, newBody, partBody, replace, stamp && part == "")
			if err != nil {
				return nil, err
			}
			if c != nil {
				out = append(out, *c)
			}
		}
		return out, nil
	}
	changes, err := edits(false)
	if err == nil && len(changes) > 0 {
		// Any change of the entry moves the main file's update date.
		changes, err = edits(true)
	}
	if err != nil {
		return nil, reject(Problem{Label: a.Labels[EntryID], Detail: err.Error(), field: EntryID, Message: fiEn{
			"Tämän sivun tiedostoa ei voi muuttaa lomakkeella; pyydä ylläpitoa tekemään muutos.",
			"This page's file cannot be changed with the form; ask an admin to make the change."}})
	}
	if len(changes) == 0 && len(probs) == 0 {
		return nil, reject(Problem{Message: msgNoChange, Fix: fixNoChange})
	}
	if len(changes) == 0 { // only problems, reported with the main file
		changes = append(changes, Change{File: file, Data: data})
	}
	return &Result{Type: typ, Slug: slug, File: changes[0].File, Data: changes[0].Data, New: changes[0].New,
		Extra: changes[1:], Labels: a.Labels, Problems: probs, order: a.Order, values: a.Values}, nil
}

// editPart changes the file of typ/slug in lang ("" the main file): the
// fields given and the body, and with stamp the updated date; nil when
// that changes nothing. A translation file not there yet is made.
func editPart(req Request, t schema.Type, lang, typ, slug string, fields []string, given map[string]*yaml.Node, newBody string, setBody, replace, stamp bool) (*Change, error) {
	file, data, exists := req.Entry(typ, slug, lang)
	if !exists {
		if len(fields) == 0 && !setBody {
			return nil, nil
		}
		data = []byte("---\n---\n")
	}
	old := frontMatter(file, data)
	// What the page shows: a translation falls back to the main file.
	shown := old
	if lang != "" {
		_, main, _ := req.Entry(typ, slug, "")
		shown = frontMatter(file, main)
		for k, v := range old {
			shown[k] = v
		}
	}
	nodes := map[string]*yaml.Node{}
	for _, name := range fields {
		n := given[name]
		if f, _ := t.Field(name); isList(f) && !replace {
			n = merged(shown[name], n)
		}
		if name == "maintainers" {
			// The sender is never dropped: the form says she is kept.
			n = merged(n, strs([]string{req.Author}))
		}
		nodes[name] = n
	}
	// A field given as it already is (the portal's "Update this profile"
	// fills the form in) is not rewritten: only changed lines change.
	fields = slices.DeleteFunc(slices.Clone(fields), func(name string) bool { return sameValue(old[name], nodes[name]) })
	if setBody && newBody == strings.TrimSpace(string(oldBody(file, data))) {
		setBody = false
	}
	today := scalar(req.Today, "")
	if _, ok := t.Field("updated"); ok && stamp && req.Today != "" && !slices.Contains(fields, "updated") && !sameValue(old["updated"], today) {
		fields = append(fields, "updated")
		nodes["updated"] = today
	}
	if len(fields) == 0 && !setBody {
		return nil, nil
	}
	out, err := edit(data, fields, nodes, newBody, setBody)
	if err != nil {
		return nil, err
	}
	if exists {
		if err := verifyEdit(file, data, out, fields, setBody); err != nil {
			return nil, err
		}
	}
	return &Change{File: file, Data: out, New: !exists}, nil
}

// sameValue reports whether two values read the same, whatever their
// quoting or style.
func sameValue(a, b *yaml.Node) bool {
	if a == nil || b == nil {
		return a == b
	}
	return reflect.DeepEqual(plain(a), plain(b))
}

func plain(n *yaml.Node) any {
	switch n.Kind {
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			out = append(out, plain(c))
		}
		return out
	case yaml.MappingNode:
		out := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			out[n.Content[i].Value] = plain(n.Content[i+1])
		}
		return out
	case yaml.AliasNode:
		return nil
	}
	return n.Value
}

func oldBody(file string, data []byte) []byte {
	_, body, _, d := load.Split(file, data)
	if d != nil {
		return nil
	}
	return body
}

// isList reports whether a field holds a list, which the update form adds
// to unless told to replace it.
func isList(f schema.Field) bool {
	switch f.Kind {
	case schema.EnumList, schema.Terms, schema.RefList, schema.Related, schema.StringList, schema.Objects:
		return true
	}
	return false
}

// listMode reads the update form's choice: true to replace the lists.
func listMode(v string) bool {
	v = strings.TrimSpace(v)
	return v == both(listReplace.fi, listReplace.en) || v == "replace"
}

// frontMatter is a file's fields by name, or none when it does not read.
func frontMatter(file string, data []byte) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	doc, _, _, d := load.Split(file, data)
	if d != nil || doc == nil || doc.Root == nil || doc.Root.Kind != yaml.MappingNode {
		return out
	}
	for i := 0; i+1 < len(doc.Root.Content); i += 2 {
		out[doc.Root.Content[i].Value] = doc.Root.Content[i+1]
	}
	return out
}

// merged is the list old with the items of add that it lacks (text
// compared without case), in order; a single old value counts as a list.
func merged(old, add *yaml.Node) *yaml.Node {
	if old == nil || old.Kind == yaml.ScalarNode && old.Value == "" {
		return add
	}
	items := []*yaml.Node{old}
	if old.Kind == yaml.SequenceNode {
		items = old.Content
	}
	out := &yaml.Node{Kind: yaml.SequenceNode, Style: add.Style}
	var keys []string
	for _, n := range append(slices.Clone(items), add.Content...) {
		k := strings.ToLower(nodeKey(n))
		if slices.Contains(keys, k) {
			continue
		}
		keys = append(keys, k)
		out.Content = append(out.Content, n)
	}
	return out
}

// nodeKey is a node's text, for telling equal items apart.
func nodeKey(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.Encode(n)
	enc.Close()
	return b.String()
}

// verifyEdit reads the changed file back as kimppa reads it: the fields
// are the old ones and the changed ones, and the body is the old one
// unless it was replaced.
func verifyEdit(file string, before, after []byte, fields []string, setBody bool) error {
	oldDoc, oldBody, _, d := load.Split(file, before)
	if d != nil {
		return nil // it did not read before either; the check says why
	}
	doc, body, _, d := load.Split(file, after)
	if d != nil {
		return fmt.Errorf("internal error: the changed file does not read back: %s", d.Message)
	}
	want := map[string]bool{}
	for i := 0; i < len(oldDoc.Root.Content); i += 2 {
		want[oldDoc.Root.Content[i].Value] = true
	}
	for _, f := range fields {
		want[f] = true
	}
	if len(doc.Root.Content)/2 != len(want) {
		return fmt.Errorf("internal error: the changed file reads back with %d fields, not %d", len(doc.Root.Content)/2, len(want))
	}
	for i := 0; i < len(doc.Root.Content); i += 2 {
		if !want[doc.Root.Content[i].Value] {
			return fmt.Errorf("internal error: the changed file reads back with field %q", doc.Root.Content[i].Value)
		}
	}
	if !setBody && !bytes.Equal(body, oldBody) {
		return fmt.Errorf("internal error: the body changed")
	}
	return nil
}
