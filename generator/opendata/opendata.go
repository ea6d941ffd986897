// Package opendata writes the portal's open data as tables: data/<type>.csv
// for every content type and data/datapackage.json, a Frictionless Data
// Package (https://specs.frictionlessdata.io/) that describes every CSV
// with a Table Schema; and the same tables as an Excel workbook,
// data/tables.xlsx (workbook.go).
//
// Both are made from the field table in generator/schema: a table's
// columns are slug, url, the type's fields in the table's order and
// body_text, so a field added to the model reaches the CSV and the
// package without another edit. Rows come in slug order, as
// model.Site.Published gives them; output is deterministic.
//
// How a field becomes a cell:
//
//	text, e-mail, URL, Y-tunnus, licence, enum   the value
//	date                                         YYYY-MM-DD
//	bool                                         true or false
//	money                                        euros, a decimal number with "." ("1250000.5")
//	reference                                    the slug; a reference to an entry not
//	                                             published (a draft) is left out
//	lists (words, enums, terms, references)      the items joined with "; "
//	related                                      "type/slug" items joined with "; "
//	attachment                                   the published file's address
//	list of objects (contacts, funding…)         a JSON array of objects, keys in
//	                                             the table's order
//	the body                                     body_text: plain text, as the page reads
//
// The CSVs are for spreadsheets as much as for programs: UTF-8 without a
// byte order mark, as the package declares it (encoding "utf-8": the
// Frictionless libraries, R and Python's csv read the first column's name
// right; "utf-8-sig" is no IANA name and R refuses it; Excel reads UTF-8
// through Data → From Text/CSV, LibreOffice by its import dialog), CRLF
// record ends (RFC 4180) with LF line breaks inside a cell, as Excel
// writes them and as entities.json has them, and a text cell that starts
// with =, +, -, @, a tab or a carriage return gets a leading apostrophe,
// so that a spreadsheet shows it instead of running it as a formula
// (OWASP's advice against CSV injection). A number cell is a number (Number: as JSON
// writes it) and is never guarded.
package opendata

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/schema"
)

// PackageFile is the Data Package descriptor.
const PackageFile = "data/datapackage.json"

// CSVFile is the output path of typ's table.
func CSVFile(typ string) string { return "data/" + typ + ".csv" }

// ListSep joins the items of a list in a cell.
const ListSep = "; "

// Column names besides the fields.
const (
	ColSlug     = "slug"
	ColURL      = "url"
	ColBodyText = "body_text"
)

// Table is the open data of one content type.
type Table struct {
	Type schema.Type
	site *model.Site
}

// Tables lists the tables of s, one per content type in the order of
// config.Types.
func Tables(s *model.Site) []Table {
	out := make([]Table, 0, len(config.Types))
	for _, typ := range config.Types {
		out = append(out, TableOf(s, typ))
	}
	return out
}

// TableOf is the table of type typ.
func TableOf(s *model.Site, typ string) Table { return Table{Type: s.Type(typ), site: s} }

// Header is the table's header row.
func (t Table) Header() []string {
	h := []string{ColSlug, ColURL}
	h = append(h, t.Type.FieldNames()...)
	return append(h, ColBodyText)
}

// Links are the addresses of an entity's page and published bundle
// files, which the renderer knows.
type Links struct {
	Page       string                   // the page in the default language
	Attachment func(name string) string // a published bundle file's address, or ""
}

// Row is the row of e, which must be published, in the order of Header.
// Cells are as the entity has them; WriteCSV guards them.
func (t Table) Row(e *model.Entity, links Links) []string {
	row := make([]string, 0, len(t.Type.Fields)+3)
	row = append(row, e.Slug, links.Page)
	for _, f := range t.Type.Fields {
		row = append(row, t.cell(f, e.Default.Fields[f.Name], links))
	}
	return append(row, markdown.PlainText(e.Default.Body))
}

// cell is the text of value v of field f.
func (t Table) cell(f schema.Field, v any, links Links) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		switch f.Kind {
		case schema.Ref:
			if !t.site.IsPublished(model.Ref{Type: f.RefType, Slug: v}) {
				return ""
			}
		case schema.Attachment:
			if links.Attachment == nil {
				return ""
			}
			return links.Attachment(v)
		}
		return v
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return Number(v)
	case []string:
		items := make([]string, 0, len(v))
		for _, s := range v {
			switch f.Kind {
			case schema.RefList:
				if !t.site.IsPublished(model.Ref{Type: f.RefType, Slug: s}) {
					continue
				}
			case schema.Related:
				typ, slug, _ := strings.Cut(s, "/")
				if !t.site.IsPublished(model.Ref{Type: typ, Slug: slug}) {
					continue
				}
			}
			items = append(items, s)
		}
		return strings.Join(items, ListSep)
	case []model.Object:
		return objectsJSON(f, v)
	}
	return ""
}

// objectsJSON writes a list of objects as a JSON array, each object's
// keys in the order of the field table.
func objectsJSON(f schema.Field, objs []model.Object) string {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, o := range objs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('{')
		n := 0
		for _, sub := range f.Fields {
			v, ok := o[sub.Name]
			if !ok {
				continue
			}
			if n > 0 {
				b.WriteByte(',')
			}
			n++
			writeJSON(&b, sub.Name)
			b.WriteByte(':')
			writeJSON(&b, v)
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.String()
}

// writeJSON writes v without escaping <, > and & (a cell is text, and
// "R&D" should read as written).
func writeJSON(b *bytes.Buffer, v any) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // strings, numbers and bools only
	b.Truncate(b.Len() - 1)
}

// WriteCSV writes a table: the header and the rows, with CRLF record
// ends, LF line breaks inside cells (encoding/csv's UseCRLF would turn
// them into CRLF) and every cell guarded against formula injection.
func WriteCSV(header []string, rows [][]string) []byte {
	var b bytes.Buffer
	writeRecord(&b, header, false)
	for _, row := range rows {
		writeRecord(&b, row, true)
	}
	return b.Bytes()
}

// Row is one row of a CSV file that WriteCSV writes, the line break
// included: serve keeps each entity's row packed and joins the file.
func Row(cells []string) []byte {
	var b bytes.Buffer
	writeRecord(&b, cells, true)
	return b.Bytes()
}

// Header is the header line of a CSV file that WriteCSV writes.
func Header(names []string) []byte {
	var b bytes.Buffer
	writeRecord(&b, names, false)
	return b.Bytes()
}

// writeRecord writes one record as RFC 4180 has it: a cell with a comma,
// a quote, a line break or a leading space is quoted, its quotes doubled.
func writeRecord(b *bytes.Buffer, cells []string, guard bool) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		if guard {
			c = Guard(c)
		}
		c = strings.ReplaceAll(c, "\r\n", "\n")
		if c == "" || !strings.ContainsAny(c, ",\"\r\n") && c[0] != ' ' && c[0] != '\t' {
			b.WriteString(c)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(c, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteString("\r\n")
}

// Guard neutralises a cell a spreadsheet would read as a formula: one
// that starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe (OWASP, "CSV Injection"). A number ("-0.5", "1e-320") is no
// formula and stays a number.
func Guard(cell string) string {
	if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 && !number.MatchString(cell) {
		return "'" + cell
	}
	return cell
}

// number is a decimal number as Number writes it.
var number = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?(e[-+][0-9]+)?$`)

// Number writes a number as JSON (and JavaScript) does: the shortest
// decimal that reads back as v, without an exponent from 1e-6 to 1e21
// and with one outside (1e-320, not 324 digits); -0 is 0.
func Number(v float64) string {
	if v == 0 {
		return "0"
	}
	if a := math.Abs(v); a < 1e-6 || a >= 1e21 {
		return strings.Replace(strconv.FormatFloat(v, 'g', -1, 64), "e-0", "e-", 1) // 1e-7, as JSON
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
