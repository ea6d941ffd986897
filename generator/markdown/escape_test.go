package markdown

import "testing"

func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want, keeping string }{
		{"[x](javascript:y)", `\[x\](javascript:y)`, `\[x\](javascript:y)`},
		{"<b>*a*_b_</b>", `\<b\>\*a\*\_b\_\</b\>`, `\<b\>\*a\*\_b\_\</b\>`},
		{"a|b #c !d ~e &f", `a\|b \#c \!d \~e \&f`, `a\|b \#c \!d \~e \&f`},
		{"@team\nline", `\@team line`, "@team line"},
		{"`tick` \\", "\\`tick\\` \\\\", "\\`tick\\` \\\\"},
		// GitHub links bare addresses: escaped, they stay text
		{"https://evil.example www.evil.example WWW.x", `https\://evil.example www\.evil.example WWW\.x`, `https\://evil.example www\.evil.example WWW\.x`},
	} {
		if got := Escape(c.in); got != c.want {
			t.Errorf("Escape(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := EscapeKeepingMentions(c.in); got != c.keeping {
			t.Errorf("EscapeKeepingMentions(%q) = %q, want %q", c.in, got, c.keeping)
		}
	}
	if got := Code("a`b\nc"); got != "`a'b c`" {
		t.Errorf("Code = %q", got)
	}
}
