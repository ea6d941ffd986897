package forms

import (
	"bytes"
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

// Request is a submitted form and what Apply needs to know of the site.
type Request struct {
	Config *config.Config
	Form   *Form
	Issue  []byte // the issue body as GitHub renders it
	Author string // the GitHub handle of whoever sent the form
	// Taken reports whether typ already has an entry (or a translation or
	// bundle) named slug.
	Taken func(typ, slug string) bool
	// Entry returns the path and bytes of the file of typ/slug in lang
	// ("" for the default language's), for an update; ok is false when
	// there is none.
	Entry func(typ, slug, lang string) (file string, data []byte, ok bool)
	Today string // YYYY-MM-DD: an update sets the entry's updated field

	types []schema.Type // the field table; nil for schema.Types
}

// lookup finds a type of the field table with the site's taxonomies.
func (req Request) lookup(typ string) (schema.Type, bool) {
	if req.types == nil {
		return schema.Lookup(typ, req.Config.TaxonomyKeys())
	}
	for _, t := range req.types {
		if t.Name == typ {
			return t, true
		}
	}
	return schema.Type{}, false
}

// Result is the file a form makes: a new entry or a changed one. Nothing
// of it comes from the issue but the values inside Data.
type Result struct {
	Type, Slug string
	File       string // relative to the site, slash-separated
	Data       []byte
	New        bool
	Labels     map[string]string // form label of each field, by content field name
	// Problems are the values that could not be read; the file is made
	// without them, so that the check can still find the other problems.
	Problems []Problem

	// Extra are more files the change makes: an update through a page of
	// another language changes its translation besides the main file.
	Extra []Change

	order  []string          // the form's field ids in order
	values map[string]string // the member's answers, for the messages
}

// Change is one file a form writes.
type Change struct {
	File string
	Data []byte
	New  bool
}

// Apply turns a submitted form into a content file. A form the member must
// fix gives a *Rejected error; the file is not checked against the rest of
// the site yet (see Problems).
func Apply(req Request) (*Result, error) {
	if !ValidHandle(req.Author) {
		return nil, fmt.Errorf("author %q is not a GitHub handle", req.Author)
	}
	a, err := ParseIssue(req.Issue, req.Form)
	if err != nil {
		return nil, err
	}
	if p := consentMissing(req.Form, a); p != nil {
		return nil, reject(*p)
	}
	typ := req.Form.Type()
	if typ == Update {
		return update(req, a)
	}
	t, ok := req.lookup(typ)
	if !ok || !slices.Contains(Types, typ) {
		return nil, fmt.Errorf("the form is not one of kimppa's forms (type %q); regenerate it with kimppa forms", typ)
	}
	return create(req, t, a)
}

// values converts the answers that name fields of t, in the form's order.
func values(req Request, t schema.Type, a *Answers) (fields []string, nodes map[string]*yaml.Node, probs []Problem) {
	nodes = map[string]*yaml.Node{}
	for _, id := range a.Order {
		v, given := a.Values[id]
		if !given || id == BodyID || id == EntryID || id == ConsentID || id == ListModeID {
			continue
		}
		f, ok := fieldOf(t, id)
		if !ok {
			probs = append(probs, Problem{Label: a.Labels[id], Message: fiEn{
				fmt.Sprintf("Tätä kenttää ei ole sivulla, jonka tyyppi on %s.", t.Name),
				fmt.Sprintf("Entries of type %s have no such field.", t.Name)}, Fix: fiEn{"Jätä se tyhjäksi.", "Leave it empty."}})
			continue
		}
		n, p := convert(req.Config, f, a.Labels[id], v)
		if p != nil {
			p.field = id
			probs = append(probs, *p)
			continue
		}
		fields = append(fields, id)
		nodes[id] = n
	}
	return fields, nodes, probs
}

func body(a *Answers) (string, bool) {
	b, ok := a.Values[BodyID]
	if !ok {
		return "", false
	}
	return strings.TrimSpace(b), true
}

func create(req Request, t schema.Type, a *Answers) (*Result, error) {
	fields, nodes, probs := values(req, t, a)
	if t.Name == "actors" {
		ms := []string{req.Author}
		if n := nodes["maintainers"]; n != nil {
			for _, c := range n.Content {
				if !slices.ContainsFunc(ms, func(m string) bool { return strings.EqualFold(m, c.Value) }) {
					ms = append(ms, c.Value)
				}
			}
		} else {
			fields = append(fields, "maintainers")
		}
		nodes["maintainers"] = strs(ms)
	}
	title := ""
	if n := nodes[t.TitleField]; n != nil {
		title = n.Value
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range t.Fields { // the field table's order, not the form's
		if n := nodes[f.Name]; n != nil && slices.Contains(fields, f.Name) {
			root.Content = append(root.Content, str(f.Name), n)
		}
	}
	fm, err := encodeNode(root)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteString("---\n")
	out.Write(fm)
	out.WriteString("---\n")
	if b, ok := body(a); ok {
		out.WriteString("\n" + b + "\n")
	}
	slug := uniqueSlug(t.Name, title, req.Taken)
	r := &Result{Type: t.Name, Slug: slug, File: path.Join("content", t.Name, slug+".md"), Data: out.Bytes(), New: true, Labels: a.Labels, Problems: probs, order: a.Order, values: a.Values}
	if err := verify(r.File, r.Data, root); err != nil {
		return nil, err
	}
	return r, nil
}

// consentMissing is the problem of a form whose consent box is not
// ticked: GitHub requires it when the form is sent, but not when the issue
// is edited afterwards.
func consentMissing(f *Form, a *Answers) *Problem {
	for _, e := range f.Body {
		if e.ID != ConsentID || e.Type != "checkboxes" {
			continue
		}
		v := a.Values[ConsentID]
		if strings.Contains(v, "[X]") || strings.Contains(v, "[x]") {
			return nil
		}
		label := ""
		if len(e.Attributes.Options) > 0 {
			if m, ok := e.Attributes.Options[0].(map[string]any); ok {
				label, _ = m["label"].(string)
			}
		}
		return &Problem{Label: e.Attributes.Label, Message: msgNoConsent, Fix: fixConsent.with(label), field: ConsentID}
	}
	return nil
}

// uniqueSlug makes a slug from the name that typ does not have yet:
// "Esimerkki Oy" → esimerkki-oy, then esimerkki-oy-2, …
func uniqueSlug(typ, name string, taken func(typ, slug string) bool) string {
	base := schema.Slugify(name)
	if len(base) > 60 {
		base = strings.TrimRight(base[:60], "-")
	}
	if base == "" {
		base = "uusi"
	}
	slug := base
	for i := 2; taken(typ, slug); i++ {
		slug = base + "-" + strconv.Itoa(i)
	}
	return slug
}

// verify reads the written file back as kimppa reads it: one front matter
// block with exactly the fields written. No value can end the front
// matter or add a field.
func verify(file string, data []byte, want *yaml.Node) error {
	doc, _, _, d := load.Split(file, data)
	if d != nil {
		return fmt.Errorf("internal error: the file written does not read back: %s", d.Message)
	}
	got := doc.Root
	if len(got.Content) != len(want.Content) {
		return fmt.Errorf("internal error: the file written reads back with %d fields, not %d", len(got.Content)/2, len(want.Content)/2)
	}
	for i := 0; i < len(want.Content); i += 2 {
		if got.Content[i].Value != want.Content[i].Value {
			return fmt.Errorf("internal error: the file written reads back with field %q, not %q", got.Content[i].Value, want.Content[i].Value)
		}
	}
	return nil
}

// encodeNode writes a mapping as YAML lines; a line of its own that reads
// as a front matter delimiter is refused, though one-line values cannot
// make one.
func encodeNode(n *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, fmt.Errorf("write front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("write front matter: %w", err)
	}
	for _, l := range strings.Split(b.String(), "\n") {
		if t := strings.TrimSpace(l); t == "---" || t == "+++" || t == "..." {
			return nil, fmt.Errorf("internal error: a value would end the front matter")
		}
	}
	return unescapeAstral(b.Bytes()), nil
}

// astral is an escape the YAML encoder writes for a character outside
// Unicode's basic plane, such as an emoji (\U0001F69B), after any
// backslashes before it.
var astral = regexp.MustCompile(`(\\*)\\U([0-9A-Fa-f]{8})`)

// unescapeAstral writes such characters as themselves (UTF-8), as a person
// would. It keeps the encoder's text unless the result reads back the same.
func unescapeAstral(b []byte) []byte {
	if !bytes.Contains(b, []byte(`\U`)) {
		return b
	}
	out := astral.ReplaceAllFunc(b, func(m []byte) []byte {
		sub := astral.FindSubmatch(m)
		if len(sub[1])%2 == 1 { // the backslash is itself escaped
			return m
		}
		r, err := strconv.ParseUint(string(sub[2]), 16, 32)
		if err != nil || !unicode.IsGraphic(rune(r)) {
			return m
		}
		return append(slices.Clone(sub[1]), string(rune(r))...)
	})
	var x, y any
	if yaml.Unmarshal(b, &x) != nil || yaml.Unmarshal(out, &y) != nil || !reflect.DeepEqual(x, y) {
		return b
	}
	return out
}

// edit changes the given top-level fields of a file's YAML front matter
// and, when setBody, its body. Every other byte stays as it was: each
// changed field's lines are replaced, a new field goes last in the front
// matter.
func edit(data []byte, fields []string, nodes map[string]*yaml.Node, newBody string, setBody bool) ([]byte, error) {
	lines := strings.SplitAfter(string(data), "\n")
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first == len(lines) || strings.TrimSpace(strings.TrimPrefix(lines[first], "\ufeff")) != "---" {
		return nil, fmt.Errorf("its front matter is not YAML")
	}
	closing := -1
	for i := first + 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			closing = i
			break
		}
	}
	if closing < 0 {
		return nil, fmt.Errorf("its front matter is not closed")
	}
	fmLines := lines[first+1 : closing]
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(fmLines, "")), &root); err != nil {
		return nil, fmt.Errorf("its front matter does not read")
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	if len(root.Content) > 0 {
		m = root.Content[0]
	}
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("its front matter is not a list of fields")
	}
	// The lines of each field, 0-based within fmLines: from its key to the
	// next key, less the blank and comment lines before that key.
	type span struct{ from, to int }
	spans := map[string]span{}
	for i := 0; i < len(m.Content); i += 2 {
		k := m.Content[i]
		if k.Column != 1 {
			return nil, fmt.Errorf("its fields are indented")
		}
		from, to := k.Line-1, len(fmLines)
		if i+2 < len(m.Content) {
			to = m.Content[i+2].Line - 1
		}
		for to > from+1 {
			l := strings.TrimSpace(fmLines[to-1])
			if l != "" && !strings.HasPrefix(fmLines[to-1], "#") {
				break
			}
			to--
		}
		if _, dup := spans[k.Value]; dup {
			return nil, fmt.Errorf("field %q is written twice", k.Value)
		}
		spans[k.Value] = span{from, to}
	}
	// A file written with CRLF line ends keeps them in the lines written.
	crlf := strings.HasSuffix(lines[first], "\r\n")
	eol := func(s string) string {
		if crlf {
			return strings.ReplaceAll(s, "\n", "\r\n")
		}
		return s
	}
	replace := map[int]span{} // from → span, for the fields present
	text := map[int][]byte{}
	var appended []byte
	for _, name := range fields {
		enc, err := encodeNode(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{str(name), nodes[name]}})
		if err != nil {
			return nil, err
		}
		enc = []byte(eol(string(enc)))
		if s, ok := spans[name]; ok {
			replace[s.from] = s
			text[s.from] = enc
		} else {
			appended = append(appended, enc...)
		}
	}
	var out bytes.Buffer
	for _, l := range lines[:first+1] {
		out.WriteString(l)
	}
	for i := 0; i < len(fmLines); {
		if s, ok := replace[i]; ok {
			out.Write(text[i])
			i = s.to
			continue
		}
		out.WriteString(fmLines[i])
		i++
	}
	if len(appended) > 0 {
		if out.Len() > 0 && !bytes.HasSuffix(out.Bytes(), []byte("\n")) {
			out.WriteString(eol("\n"))
		}
		out.Write(appended)
	}
	out.WriteString(lines[closing])
	if setBody {
		if !strings.HasSuffix(lines[closing], "\n") {
			out.WriteString(eol("\n"))
		}
		out.WriteString(eol("\n" + newBody + "\n"))
	} else {
		for _, l := range lines[closing+1:] {
			out.WriteString(l)
		}
	}
	return out.Bytes(), nil
}

// writes reports whether the result writes file.
func (r *Result) writes(file string) bool {
	return file == r.File || slices.ContainsFunc(r.Extra, func(c Change) bool { return c.File == file })
}

// Changes are every file the result writes, the main one first.
func (r *Result) Changes() []Change {
	return append([]Change{{File: r.File, Data: r.Data, New: r.New}}, r.Extra...)
}

// Problems are the values Apply could not read and the check's
// diagnostics of the file, named by the form's labels; nil when there are
// none. A field that could not be read is not reported twice.
func Problems(r *Result, cfg *config.Config, diags diag.List) *Rejected {
	t, _ := schema.Lookup(r.Type, cfg.TaxonomyKeys())
	ps := slices.Clone(r.Problems)
	unread := map[string]bool{}
	for _, p := range ps {
		unread[p.field] = true
	}
	for _, d := range diags {
		if d.Severity != diag.Error || !r.writes(d.Pos.File) {
			continue
		}
		name := d.Field
		if i := strings.IndexAny(name, "[."); i >= 0 {
			name = name[:i]
		}
		if unread[name] {
			continue
		}
		p := Problem{Message: msgGeneric, Detail: d.Message, field: name}
		if d.Hint != "" {
			p.Detail += "; " + d.Hint
		}
		if f, ok := t.Field(name); ok {
			p.Label = r.Labels[name]
			if p.Label == "" {
				p.Label = FieldLabel(name)
			}
			p.Fix = instruction(f)
			if msg, fix, ok := explain(f, valueOf(r.values, d.Field), d); ok {
				p.Message, p.Fix, p.Detail = msg, fix, ""
			}
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return nil
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return slices.Index(r.order, a.field) - slices.Index(r.order, b.field) })
	return reject(ps...)
}
