package render

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/kimppa/kimppa/generator/packed"
	"slices"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/opendata"
	"github.com/kimppa/kimppa/generator/parallel"
	"github.com/kimppa/kimppa/generator/schema"
)

// data is a data page: data/entities.json, or a table or the package
// descriptor of the open data.
func (r *Renderer) data(p Page) ([]byte, error) {
	switch {
	case p.Path == DataFile:
		return r.entitiesJSON()
	case p.Path == MatchesFile:
		return r.matchesJSON()
	case p.Path == opendata.PackageFile:
		return opendata.Package(r.cfg, opendata.Tables(r.site))
	case p.Path == opendata.WorkbookFile:
		return r.workbook()
	case p.Type != "":
		return r.table(p.Type), nil
	}
	return nil, fmt.Errorf("render: no data page %s", p.Path)
}

// table is data/<typ>.csv.
func (r *Renderer) table(typ string) []byte {
	t := opendata.TableOf(r.site, typ)
	return opendata.WriteCSV(t.Header(), r.rows(t))
}

// rows are the rows of table t for its CSV.
func (r *Renderer) rows(t opendata.Table) [][]string {
	es := r.pub[t.Type.Name]
	rows := make([][]string, len(es))
	parallel.For(len(es), func(i int) { rows[i] = r.cells(t, es[i]) })
	return rows
}

// workbookRows are the rows of table t for the workbook, which writes
// them one at a time: those not kept yet are made first on every core.
func (r *Renderer) workbookRows(t opendata.Table) opendata.Rows {
	es := r.pub[t.Type.Name]
	parallel.For(len(es), func(i int) {
		if _, ok := r.memo.cells.Load(es[i].Ref); !ok {
			r.keepCells(t, es[i])
		}
	})
	return opendata.Rows{N: len(es), Row: func(i int) []string { return r.cells(t, es[i]) }}
}

// cells are e's row in table t, asked for by the CSV and the workbook.
// The first to ask keeps the cells packed in the Memo (keepCells), since
// a row's body_text is costly to make: serve keeps them for the next
// renderer, and after a save makes only the changed entities' rows; a
// build keeps them only until the second asks. (Kept as strings, a
// 10,000-entry portal's tables were 30 MB more at the build's peak.)
func (r *Renderer) cells(t opendata.Table, e *model.Entity) []string {
	load := r.memo.cells.Load
	if r.opts.Memo == nil {
		load = r.memo.cells.LoadAndDelete
	}
	if v, ok := load(e.Ref); ok {
		return strings.Split(string(packed.UnpackPart(v.(packed.Part))), "\x00")
	}
	return r.keepCells(t, e)
}

// keepCells makes e's row in table t and keeps it in the Memo, joined by
// NUL and packed; a row whose text has a NUL is made each time.
func (r *Renderer) keepCells(t opendata.Table, e *model.Entity) []string {
	row := r.row(t, e)
	if joined := strings.Join(row, "\x00"); strings.Count(joined, "\x00") == len(row)-1 {
		r.memo.cells.Store(e.Ref, packed.PackPart([]byte(joined)))
	}
	return row
}

// workbook is data/tables.xlsx, the tables as sheets of a workbook
// dated by the newest entry as the feeds date it (a project that starts
// next year does not date it), never by the build.
func (r *Renderer) workbook() ([]byte, error) {
	info := opendata.WorkbookInfo{
		Title:   r.cfg.Title.In(r.def, r.def),
		Source:  r.cfg.BaseURL,
		Licence: cmp.Or(r.cfg.DataLicense, config.DefaultDataLicense),
		Lang:    r.def,
	}
	for _, it := range r.feedItems() { // newest first
		if it.date <= r.today {
			info.Date = it.date
			break
		}
	}
	return opendata.Workbook(info, opendata.Tables(r.site), r.workbookRows)
}

// workbookName is the name a visitor's browser saves the workbook
// under: the site's title as a slug, which says whose data it is.
func (r *Renderer) workbookName() string {
	return cmp.Or(schema.Slugify(r.cfg.Title.In(r.def, r.def)), "tables") + ".xlsx"
}

// row is the cells of e in table t.
func (r *Renderer) row(t opendata.Table, e *model.Entity) []string {
	return t.Row(e, opendata.Links{
		Page: r.absolute(r.urls.Entity(e.Type, e.Slug, r.def)),
		Attachment: func(name string) string {
			if _, ok := r.attachment(e, name); !ok {
				return ""
			}
			return r.absolute(r.attachmentURL(e, name))
		},
	})
}

// entitiesJSON is data/entities.json, the site's open data: an array of
// every published entity in the order of config.Types and then by slug.
// Each is an object with, in this order,
//
//	type, slug, url, lang, title, summary   url site-relative, in the default language
//	…its fields                             as written in front matter, in the schema's
//	                                        order; references are slugs
//	body_html, body_text                    the body, when there is one, as the page
//	                                        shows it (sanitised HTML, its links to
//	                                        bundle files as on the page, below the
//	                                        site's base path) and as plain text
//	attachments                             {field: url} of published bundle files
//	translations                            {lang: {url, title, …fields, body_html,
//	                                        body_text}} with the fields each
//	                                        translation file sets
//
// The Markdown as written never goes out: a consumer that renders the
// open data must not run the raw HTML and script links a member wrote,
// which the pages drop.
//
// maintainers are included: they are public in the repository anyway,
// and they tell a reader whom to ask about a profile.
//
// Each record is encoded (and minified) on its own and kept in the Memo,
// so that after a save only the changed entities are encoded again.
func (r *Renderer) entitiesJSON() ([]byte, error) {
	es := r.openEntities()
	b := []byte{'['}
	records := make([][]byte, min(len(es), recordBatch))
	errs := make([]error, len(records))
	for start := 0; start < len(es); start += recordBatch {
		batch := es[start:min(len(es), start+recordBatch)]
		parallel.For(len(batch), func(i int) { records[i], errs[i] = r.record(batch[i]) })
		if err := errors.Join(errs[:len(batch)]...); err != nil {
			return nil, err
		}
		if start == 0 && len(batch) < len(es) { // room for all, guessed from the first batch
			b = slices.Grow(b, recordsSize(records[:len(batch)])*len(es)/len(batch)*9/8)
		}
		for i, rec := range records[:len(batch)] {
			if start+i > 0 {
				b = append(b, ',')
			}
			b = append(b, rec...)
			records[i] = nil
		}
	}
	return append(b, ']'), nil
}

// recordBatch is how many records entitiesJSON encodes before it joins
// them: a large portal's file is tens of megabytes, and holding all its
// records and the file at once doubled a build's peak memory.
var recordBatch = 512

func recordsSize(records [][]byte) int {
	n := 0
	for _, rec := range records {
		n += len(rec) + 1
	}
	return n
}

// openEntities are the entities of data/entities.json, in its order.
func (r *Renderer) openEntities() []*model.Entity {
	var es []*model.Entity
	for _, typ := range typesInOrder() {
		es = append(es, r.pub[typ]...)
	}
	return es
}

// recordPart is e's record packed, which the memo keeps.
func (r *Renderer) recordPart(e *model.Entity) (packed.Part, error) {
	if part, ok := r.memo.records.Load(e.Ref); ok {
		return part.(packed.Part), nil
	}
	rec, err := r.encodeRecord(e)
	if err != nil {
		return packed.Part{}, err
	}
	part := packed.PackPart(rec)
	r.memo.records.Store(e.Ref, part)
	return part, nil
}

// record is e's record in data/entities.json, minified. With a Memo,
// the memo keeps it packed (recordPart): unpacking ten thousand records
// after a save costs less than keeping the whole file as text.
func (r *Renderer) record(e *model.Entity) ([]byte, error) {
	if r.opts.Memo == nil {
		return r.encodeRecord(e)
	}
	part, err := r.recordPart(e)
	if err != nil {
		return nil, err
	}
	return packed.UnpackPart(part), nil
}

// encodeRecord encodes e's record.
func (r *Renderer) encodeRecord(e *model.Entity) ([]byte, error) {
	rec, err := json.Marshal(r.entityData(r.site.Type(e.Type), e))
	if err == nil && r.opts.MinifyJSON != nil {
		rec, err = r.opts.MinifyJSON(rec)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", e.Type, e.Slug, err)
	}
	return rec, nil
}

func (r *Renderer) entityData(t schema.Type, e *model.Entity) obj {
	o := obj{
		{"type", e.Type},
		{"slug", e.Slug},
		{"url", r.urls.Entity(e.Type, e.Slug, r.def)},
		{"lang", r.def},
		{"title", e.Str("", t.TitleField)},
		{"summary", e.Str("", "summary")},
	}
	o = append(o, fieldsData(t, e.Default.Fields)...)
	o = append(o, r.bodyData(e, e.Default.Body)...)
	var att obj
	for _, f := range []string{"logo", "document"} {
		if name := e.Str("", f); name != "" {
			if _, ok := r.attachment(e, name); ok {
				att = append(att, kv{f, r.attachmentURL(e, name)})
			}
		}
	}
	if att != nil {
		o = append(o, kv{"attachments", att})
	}
	var trans obj
	for _, lang := range r.cfg.Languages[1:] {
		v := e.Trans[lang]
		if v == nil {
			continue
		}
		to := obj{{"url", r.urls.Entity(e.Type, e.Slug, lang)}, {"title", e.Str(lang, t.TitleField)}}
		if s, ok := v.Fields["summary"].(string); ok {
			to = append(to, kv{"summary", s})
		}
		to = append(to, fieldsData(t, v.Fields)...)
		to = append(to, r.bodyData(e, v.Body)...)
		trans = append(trans, kv{lang, to})
	}
	if trans != nil {
		o = append(o, kv{"translations", trans})
	}
	return o
}

// bodyData is a body as its page shows it and as plain text, both with
// LF line endings; nothing for an empty body.
func (r *Renderer) bodyData(e *model.Entity, src string) obj {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	return obj{{"body_html", r.bodyHTML(e, src)}, {"body_text", markdown.PlainText(src)}}
}

// fieldsData lists the fields set in fields, in the schema's order; the
// title and summary are given first, and a key appears only once.
func fieldsData(t schema.Type, fields map[string]any) obj {
	var o obj
	for _, f := range t.Fields {
		v, ok := fields[f.Name]
		if !ok || f.Name == "summary" || f.Name == "title" {
			continue
		}
		if objs, isObjs := v.([]model.Object); isObjs {
			list := make([]obj, 0, len(objs))
			for _, x := range objs {
				var xo obj
				for _, sub := range f.Fields {
					if sv, ok := x[sub.Name]; ok {
						xo = append(xo, kv{sub.Name, sv})
					}
				}
				list = append(list, xo)
			}
			v = list
		}
		o = append(o, kv{f.Name, v})
	}
	return o
}

// obj is a JSON object that keeps its keys in order.
type obj []kv

type kv struct {
	k string
	v any
}

// MarshalJSON writes the pairs in order.
func (o obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(p.k)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(p.v)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
