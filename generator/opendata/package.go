package opendata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/schema"
)

// Descriptor is a Frictionless Data Package (v1, profile
// tabular-data-package) that describes the tables.
type Descriptor struct {
	Profile     string     `json:"profile"`
	Name        string     `json:"name,omitempty"`
	Title       string     `json:"title,omitempty"`
	Description string     `json:"description"`
	Homepage    string     `json:"homepage,omitempty"`
	Licenses    []License  `json:"licenses"`
	Resources   []Resource `json:"resources"`
}

// License is a licence of the package.
type License struct {
	Name string `json:"name"`
	Path string `json:"path,omitempty"`
}

// Resource is one CSV.
type Resource struct {
	Profile   string      `json:"profile"`
	Name      string      `json:"name"`
	Path      string      `json:"path"`
	Format    string      `json:"format"`
	MediaType string      `json:"mediatype"`
	Encoding  string      `json:"encoding"`
	Dialect   Dialect     `json:"dialect"`
	Schema    TableSchema `json:"schema"`
}

// Dialect is the CSV Dialect of every table.
type Dialect struct {
	Delimiter        string `json:"delimiter"`
	LineTerminator   string `json:"lineTerminator"`
	QuoteChar        string `json:"quoteChar"`
	DoubleQuote      bool   `json:"doubleQuote"`
	SkipInitialSpace bool   `json:"skipInitialSpace"`
	Header           bool   `json:"header"`
}

// TableSchema describes a table's columns.
type TableSchema struct {
	Fields        []Field      `json:"fields"`
	PrimaryKey    string       `json:"primaryKey"`
	ForeignKeys   []ForeignKey `json:"foreignKeys,omitempty"`
	MissingValues []string     `json:"missingValues"`
}

// Field is one column.
type Field struct {
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Format      string       `json:"format,omitempty"`
	Description string       `json:"description,omitempty"`
	Constraints *Constraints `json:"constraints,omitempty"`
}

// Constraints of a column's values.
type Constraints struct {
	Required bool     `json:"required,omitempty"`
	Unique   bool     `json:"unique,omitempty"`
	Pattern  string   `json:"pattern,omitempty"`
	Minimum  *float64 `json:"minimum,omitempty"`
	Enum     []string `json:"enum,omitempty"`
}

// ForeignKey ties a column to the primary key of another resource.
type ForeignKey struct {
	Fields    string    `json:"fields"`
	Reference Reference `json:"reference"`
}

// Reference is the target of a foreign key.
type Reference struct {
	Resource string `json:"resource"`
	Fields   string `json:"fields"`
}

// packageDescription says what every table has in common.
var packageDescription = `Every published entry of the portal, one table per content type, ` +
	`in the site's default language (translations are in entities.json). ` +
	`Rows are sorted by slug; columns are slug, url, the fields of the content model in its order, and body_text. ` +
	`Lists are joined with "; ". References are slugs: a column with a foreign key names a row of the referenced table; ` +
	`a reference to an entry that is not published is left out. Lists of objects are JSON arrays. ` +
	`Files are UTF-8 without a byte order mark, with CRLF record ends (RFC 4180) and LF line breaks inside a cell; ` +
	`in Excel, open them with Data > From Text/CSV (it reads UTF-8). ` +
	`A text cell that begins with =, +, -, @, a tab or a carriage return starts with an apostrophe (') ` +
	`so that spreadsheets do not run it as a formula (OWASP's advice against CSV injection); drop it to get the text as written. ` +
	`The same tables are in ` + workbookName + `, an Excel workbook with a sheet per table, which Excel opens by double-click ` +
	`(it is not a resource here: this profile lists CSV tables). There dates are dates, money is numbers, booleans are TRUE and FALSE, ` +
	`text is as written, without the apostrophe, and a cell longer than Excel's limit of 32,767 characters is cut, ` +
	`ending with "` + TruncatedMark + `<table>.csv]".`

// workbookName is the workbook's name beside the package descriptor.
var workbookName = path.Base(WorkbookFile)

// Package describes tables as a Data Package with the site's data
// licence, indented for people to read.
func Package(cfg *config.Config, tables []Table) ([]byte, error) {
	d := Descriptor{
		Profile:     "tabular-data-package",
		Name:        packageName(cfg.BaseURL),
		Title:       cfg.Title.In(cfg.DefaultLang(), cfg.DefaultLang()),
		Description: packageDescription,
		Homepage:    cfg.BaseURL,
		Licenses:    []License{licence(cfg.DataLicense)},
	}
	for _, t := range tables {
		d.Resources = append(d.Resources, t.resource(cfg))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b) // escapes <, > and & as entities.json does
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, fmt.Errorf("datapackage: %w", err)
	}
	return b.Bytes(), nil
}

// packageName is the package's name, lower-case letters, digits and
// ".-_": the site's host and path, or "" without a base_url.
func packageName(baseURL string) string {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" {
		return ""
	}
	name := strings.ToLower(u.Hostname() + strings.TrimSuffix(u.Path, "/"))
	return strings.Trim(nameUnsafe.ReplaceAllString(name, "-"), "-")
}

var nameUnsafe = regexp.MustCompile(`[^a-z0-9._-]+`)

// licence names id and, for a plain SPDX id, its page on spdx.org.
func licence(id string) License {
	if id == "" {
		id = config.DefaultDataLicense
	}
	l := License{Name: id}
	if !strings.Contains(id, " ") && !strings.HasPrefix(id, "LicenseRef-") {
		l.Path = "https://spdx.org/licenses/" + id + ".html"
	}
	return l
}

// resource is t's entry in the package.
func (t Table) resource(cfg *config.Config) Resource {
	s := TableSchema{PrimaryKey: ColSlug, MissingValues: []string{""}}
	s.Fields = append(s.Fields,
		Field{Name: ColSlug, Type: "string", Description: "the entry's identifier in its type: the name of its file or bundle folder",
			Constraints: &Constraints{Required: true, Unique: true, Pattern: `[a-z0-9]+(-[a-z0-9]+)*`}},
		Field{Name: ColURL, Type: "string", Description: "the address of the entry's page in the default language",
			Constraints: &Constraints{Required: true, Unique: true}})
	for _, f := range t.Type.Fields {
		s.Fields = append(s.Fields, column(cfg, f))
		if f.Kind == schema.Ref {
			ref := f.RefType
			if ref == t.Type.Name {
				ref = "" // the resource itself, as the spec writes it
			}
			s.ForeignKeys = append(s.ForeignKeys, ForeignKey{Fields: f.Name, Reference: Reference{Resource: ref, Fields: ColSlug}})
		}
	}
	s.Fields = append(s.Fields, Field{Name: ColBodyText, Type: "string",
		Description: "the body as plain text, as the page reads: paragraphs apart by a blank line, LF line ends"})
	return Resource{
		Profile:   "tabular-data-resource",
		Name:      t.Type.Name,
		Path:      path.Base(CSVFile(t.Type.Name)),
		Format:    "csv",
		MediaType: "text/csv",
		Encoding:  "utf-8",
		Dialect:   Dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
		Schema:    s,
	}
}

// column describes field f's column.
func column(cfg *config.Config, f schema.Field) Field {
	c := Field{Name: f.Name, Type: "string"}
	var cons Constraints
	var notes []string
	if f.Doc != "" {
		notes = append(notes, f.Doc)
	}
	switch f.Kind {
	case schema.String:
		if f.OneLine {
			notes = append(notes, "one line")
		}
	case schema.Enum:
		cons.Enum = f.Values
	case schema.EnumList:
		cons.Pattern = listPattern(f.Values)
		notes = append(notes, `any of `+strings.Join(f.Values, ", ")+`, joined with "; "`)
	case schema.Date:
		c.Type = "date"
	case schema.URL:
		c.Format = "uri"
		notes = append(notes, "an http or https address")
	case schema.Email:
		c.Format = "email"
	case schema.Bool:
		c.Type = "boolean"
		notes = append(notes, "true or false")
	case schema.Money:
		c.Type = "number"
		zero := 0.0
		cons.Minimum = &zero
		notes = append(notes, "euros")
	case schema.Ref:
		notes = append(notes, "the slug of a row of "+CSVFile(f.RefType)[len("data/"):])
	case schema.RefList:
		notes = append(notes, "slugs of rows of "+CSVFile(f.RefType)[len("data/"):]+`, joined with "; "`)
	case schema.Related:
		notes = append(notes, `"type/slug" items joined with "; ": the row with that slug in type.csv`)
		cons.Pattern = `[a-z]+/[a-z0-9]+(-[a-z0-9]+)*(; [a-z]+/[a-z0-9]+(-[a-z0-9]+)*)*`
	case schema.StringList:
		notes = append(notes, `joined with "; "`)
	case schema.BusinessID:
		cons.Pattern = `[0-9]{7}-[0-9]`
		notes = append(notes, "Y-tunnus NNNNNNN-N")
	case schema.License:
		notes = append(notes, "an SPDX licence id")
	case schema.Attachment:
		notes = append(notes, "the address of the published file")
	case schema.Objects:
		c.Type = "array"
		notes = append(notes, "a JSON array of objects "+objectShape(f))
	case schema.Terms:
		if t, ok := cfg.Taxonomy(f.Name); ok {
			cons.Pattern = listPattern(t.TermKeys())
			var terms []string
			for _, term := range t.Terms {
				terms = append(terms, term.Key+" ("+term.Label.In(cfg.DefaultLang(), cfg.DefaultLang())+")")
			}
			notes = append(notes, "any of "+strings.Join(terms, ", ")+`, joined with "; "`)
		}
	}
	switch {
	case f.Required && (f.Kind == schema.Ref || f.Kind == schema.RefList):
		notes = append(notes, "required in the content, but empty here when no entry it names is published")
	case f.Required:
		cons.Required = true
	}
	if cons.Required || cons.Pattern != "" || cons.Enum != nil || cons.Minimum != nil {
		c.Constraints = &cons
	}
	c.Description = strings.Join(notes, "; ")
	return c
}

// objectShape describes the keys of an Objects field's items:
// "{source (slug of funding, required), amount (euros), share_of (slug of actors)}".
func objectShape(f schema.Field) string {
	var keys []string
	refs := false
	for _, sub := range f.Fields {
		var what []string
		switch sub.Kind {
		case schema.Ref:
			refs = true
			what = append(what, "slug of "+sub.RefType)
		case schema.Money:
			what = append(what, "euros")
		case schema.Date:
			what = append(what, "YYYY-MM-DD")
		case schema.Bool:
			what = append(what, "true or false")
		case schema.Email:
			what = append(what, "e-mail address")
		case schema.URL:
			what = append(what, "http(s) address")
		}
		if sub.Required {
			what = append(what, "required")
		}
		if len(what) > 0 {
			keys = append(keys, sub.Name+" ("+strings.Join(what, ", ")+")")
		} else {
			keys = append(keys, sub.Name)
		}
	}
	shape := "{" + strings.Join(keys, ", ") + "}, keys in this order"
	if refs {
		shape += "; the slugs in them are as written, published or not"
	}
	return shape
}

// listPattern matches items of values joined with "; ". Table Schema
// patterns (XML Schema regular expressions) match the whole value.
func listPattern(values []string) string {
	if len(values) == 0 {
		return ""
	}
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = regexp.QuoteMeta(v)
	}
	one := "(" + strings.Join(quoted, "|") + ")"
	return one + "(; " + one + ")*"
}
