// Package markdown renders untrusted Markdown with goldmark: raw HTML is
// never rendered, link and image URLs pass an allow-list, SVG images are
// dropped, external links get rel="noopener", and headings start at h2
// below the page's own h1. It also extracts plain text for the index.
package markdown

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var md = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(guard{}, 100))),
	// goldmark's HTML renderer omits raw HTML unless WithUnsafe is given.
)

// HTML renders src to safe HTML, with LF line endings whatever src has.
func HTML(src string) string {
	var b bytes.Buffer
	for _, part := range chunks(LF(src)) {
		if err := md.Convert([]byte(part), &b); err != nil {
			return "" // goldmark only fails on writer errors; a bytes.Buffer has none
		}
	}
	return b.String()
}

// Text returns the plain text of src: the words a reader sees, without
// markup, for the search index and summaries.
func Text(src string) string {
	var b strings.Builder
	for _, part := range chunks(LF(src)) {
		text1(&b, []byte(part))
		b.WriteByte(' ')
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// text1 writes the words of one part of a body.
func text1(b *strings.Builder, source []byte) {
	doc := md.Parser().Parse(text.NewReader(source))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && b.Len() > 0 {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(source))
			}
		case *ast.AutoLink:
			b.Write(t.Label(source))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// PlainText returns the text of src as a reader sees it, for the open
// data's body_text: paragraphs, headings and code blocks apart by a blank
// line, list items and line breaks on lines of their own, LF line
// endings, and nothing of what HTML drops (raw HTML, unsafe link
// targets; a dropped link keeps its text, as on the page).
func PlainText(src string) string {
	var b strings.Builder
	for _, part := range chunks(LF(src)) {
		plainText1(&b, []byte(part))
		b.WriteString("\n\n")
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	out := strings.Join(lines, "\n")
	for strings.Contains(out, "\n\n\n") {
		out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(out)
}

// plainText1 writes the text of one part of a body.
func plainText1(b *strings.Builder, source []byte) {
	doc := md.Parser().Parse(text.NewReader(source))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			switch n.Kind() {
			case ast.KindListItem, east.KindTableRow, east.KindTableHeader:
				b.WriteByte('\n')
			case ast.KindTextBlock: // a tight list item's text
				if n.NextSibling() != nil {
					b.WriteByte('\n')
				}
			case ast.KindDocument, east.KindTableCell:
			default:
				if n.Type() == ast.TypeBlock {
					b.WriteString("\n\n")
				}
			}
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(source))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(source))
			}
		case *ast.AutoLink:
			b.Write(t.Label(source))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *east.TableCell:
			if n.PreviousSibling() != nil {
				b.WriteByte('\t')
			}
		}
		return ast.WalkContinue, nil
	})
}

// LF turns CRLF and lone CR line endings into LF, as CommonMark reads
// them; a text with none is returned as it is.
func LF(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// SafeURL reports whether a link or image URL may be rendered: http,
// https and mailto, and relative URLs that stay relative.
func SafeURL(raw string) bool {
	s := strings.TrimSpace(raw)
	// Browsers ignore control characters and whitespace inside schemes
	// ("java\tscript:"), so judge the URL with them removed.
	s = strings.Map(func(r rune) rune {
		if r < 0x21 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return true
	case "":
		return !strings.HasPrefix(s, "//") && !strings.Contains(strings.ToLower(strings.SplitN(s, "?", 2)[0]), ":")
	}
	return false
}

func isSVG(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	ext := strings.ToLower(path.Ext(u.Path))
	return ext == ".svg" || ext == ".svgz" || strings.HasPrefix(strings.ToLower(raw), "data:")
}

func isExternal(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}

// rendered is a link or image destination as goldmark's renderer writes
// it: backslash escapes and character references resolved, so that
// "javascript&#x3A;…" is judged as the "javascript:…" a browser reads.
func rendered(dest []byte) string {
	return string(util.URLEscape(dest, true))
}

// guard is the AST transformer that enforces the rules above.
type guard struct{}

func (guard) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var drop []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Heading:
			t.Level = min(t.Level+1, 6)
		case *ast.Link:
			dest := rendered(t.Destination)
			if !SafeURL(dest) {
				drop = append(drop, t)
				return ast.WalkContinue, nil
			}
			if isExternal(dest) {
				t.SetAttributeString("rel", []byte("noopener noreferrer"))
			}
		case *ast.AutoLink:
			switch u := string(t.URL(reader.Source())); {
			case !SafeURL(u):
				drop = append(drop, t)
			case isExternal(u):
				t.SetAttributeString("rel", []byte("noopener noreferrer"))
			}
		case *ast.Image:
			if dest := rendered(t.Destination); !SafeURL(dest) || isSVG(dest) {
				drop = append(drop, t)
				return ast.WalkSkipChildren, nil
			}
			t.SetAttributeString("loading", []byte("lazy"))
		case *ast.RawHTML, *ast.HTMLBlock:
			drop = append(drop, t)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range drop {
		unwrap(n)
	}
}

// unwrap replaces a node by its children: a dropped link keeps its text,
// a dropped image keeps its alt text, raw HTML goes entirely.
func unwrap(n ast.Node) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	switch n.(type) {
	case *ast.RawHTML, *ast.HTMLBlock, *ast.AutoLink:
		parent.RemoveChild(parent, n)
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}
