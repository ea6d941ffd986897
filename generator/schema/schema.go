// Package schema defines the fields of every content type: one table that
// the decoder, the validator, `kimppa schema`, `kimppa new`, the forms and
// every output (entity pages, JSON-LD, CSV, the data package,
// entities.json, search) read, so that a rule is never written twice and a
// field added here reaches them all.
package schema

// Kind is the shape and rule of a field's value.
type Kind int

const (
	String     Kind = iota // one line of text
	Enum                   // one of Values
	EnumList               // a list of Values
	Date                   // YYYY-MM-DD
	URL                    // http or https address
	Email                  // e-mail address
	Bool                   // true or false
	Money                  // euros, a non-negative number of at most MaxMoney
	Ref                    // slug of an entity of RefType
	RefList                // list of slugs of RefType
	Related                // list of "type/slug"
	StringList             // list of free words
	BusinessID             // Finnish Y-tunnus NNNNNNN-N
	License                // SPDX license id
	Attachment             // a file in the entity's bundle
	Objects                // list of objects with Fields
	Terms                  // list of term keys of the taxonomy Name
)

// MaxMoney is the largest amount of euros a Money field accepts, 10^12:
// larger amounts are typos, and they stay exact in float64 cents.
const MaxMoney = 1e12

// Field describes one front matter field.
type Field struct {
	Name     string
	Kind     Kind
	Required bool
	Values   []string // Enum, EnumList
	RefType  string   // Ref, RefList
	Fields   []Field  // Objects
	Exts     []string // Attachment: allowed extensions
	MaxBytes int64    // Attachment
	MaxLen   int      // String: longest allowed, in characters
	OneLine  bool     // String: no line breaks
	Doc      string   // a short description, for JSON Schema and editors
	// Translatable fields are the text a translation file may carry; any
	// other field in a translation is an error. An Objects field is
	// translatable when one of its fields is.
	Translatable bool
	// LD is the schema.org property the field gives its entity's JSON-LD
	// node, or NoLD. Every field of a type says which (a test keeps it
	// so); fields inside lists of objects go with their list.
	LD string
	// Page is where the entity's page shows the field: by default in its
	// facts, labelled and written as its kind is.
	Page Place
}

// NoLD is the LD of a field that schema.org has no property for, or that
// is not for the public (maintainers).
const NoLD = "none"

// Place is where an entity page shows a field.
type Place int

const (
	InFacts Place = iota // in the page's facts list, by the field's label and kind
	ByHand               // where the type's page puts it (render's entity pages and templates)
	Hidden               // not on the page: internal (maintainers, draft)
)

// Type describes a content type.
type Type struct {
	Name       string
	TitleField string // "name" or "title"
	Fields     []Field
}

// Field returns the field named name.
func (t Type) Field(name string) (Field, bool) {
	return lookup(t.Fields, name)
}

// FieldNames lists the names of t's fields in order.
func (t Type) FieldNames() []string { return names(t.Fields) }

// Sub returns the field named name among an Objects field's fields.
func (f Field) Sub(name string) (Field, bool) { return lookup(f.Fields, name) }

// FieldNames lists the names of an Objects field's fields.
func (f Field) FieldNames() []string { return names(f.Fields) }

func lookup(fs []Field, name string) (Field, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

func names(fs []Field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// Translation is t as a translation file may write it: only the
// translatable fields, and in lists of objects only their translatable
// fields, none of them required.
func (t Type) Translation() Type {
	return Type{Name: t.Name, TitleField: t.TitleField, Fields: translatable(t.Fields)}
}

func translatable(fs []Field) []Field {
	var out []Field
	for _, f := range fs {
		if !f.Translatable {
			continue
		}
		f.Required = false
		if f.Kind == Objects {
			f.Fields = translatable(f.Fields)
		}
		out = append(out, f)
	}
	return out
}

// TranslatableNames lists the names of the fields of fs that a
// translation may carry, for messages.
func TranslatableNames(fs []Field) []string {
	return names(translatable(fs))
}
