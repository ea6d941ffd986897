package markdown

import "strings"

// Escape makes text from content show as written in GitHub Markdown (a
// pull request comment, a job summary): no links, images, HTML, tables,
// emphasis or @mentions. GitHub also links bare addresses (https://…,
// www.…, a@b.fi): a backslash before the ':' of "://", the '.' of "www."
// (and before '@') keeps them text.
func Escape(s string) string { return escape(s, true) }

// EscapeKeepingMentions is Escape for kimppa's own messages, whose
// @handles are meant to notify the people they name.
func EscapeKeepingMentions(s string) string { return escape(s, false) }

func escape(s string, mentions bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case strings.ContainsRune("\\`*_[]<>#|!~&", r), r == '@' && mentions,
			r == ':' && strings.HasPrefix(s[i+1:], "//"),
			r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Code shows a name or path as inline code. Inline code has no escapes,
// so backticks become quotes and line breaks spaces.
func Code(s string) string {
	return "`" + codeSafe.Replace(s) + "`"
}

var codeSafe = strings.NewReplacer("`", "'", "\n", " ", "\r", " ")
