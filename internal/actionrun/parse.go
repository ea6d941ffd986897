package actionrun

import (
	"fmt"
	"strconv"
	"strings"
)

type tokKind int

const (
	tEOF tokKind = iota
	tIdent
	tString
	tNumber
	tOp // ( ) [ ] . , ! == != < <= > >= && || *
)

type token struct {
	kind tokKind
	text string
}

// parser evaluates while it parses: the expressions are short.
type parser struct {
	src string
	pos int
	tok token
	err error
	ctx *Context
}

func (p *parser) next() {
	s := p.src
	for p.pos < len(s) && (s[p.pos] == ' ' || s[p.pos] == '\n' || s[p.pos] == '\t' || s[p.pos] == '\r') {
		p.pos++
	}
	if p.pos >= len(s) {
		p.tok = token{kind: tEOF}
		return
	}
	c := s[p.pos]
	switch {
	case c == '\'':
		var b strings.Builder
		i := p.pos + 1
		for {
			if i >= len(s) {
				p.err = fmt.Errorf("expression %q: unclosed string", s)
				p.tok = token{kind: tEOF}
				return
			}
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					b.WriteByte('\'')
					i += 2
					continue
				}
				break
			}
			b.WriteByte(s[i])
			i++
		}
		p.tok = token{tString, b.String()}
		p.pos = i + 1
	case c >= '0' && c <= '9' || c == '-' && p.pos+1 < len(s) && s[p.pos+1] >= '0' && s[p.pos+1] <= '9':
		i := p.pos + 1
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == 'x' || s[i] >= 'a' && s[i] <= 'f') {
			i++
		}
		p.tok = token{tNumber, s[p.pos:i]}
		p.pos = i
	case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		i := p.pos + 1
		for i < len(s) && (s[i] == '_' || s[i] == '-' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			i++
		}
		p.tok = token{tIdent, s[p.pos:i]}
		p.pos = i
	default:
		for _, op := range []string{"==", "!=", "<=", ">=", "&&", "||", "(", ")", "[", "]", ".", ",", "!", "<", ">", "*"} {
			if strings.HasPrefix(s[p.pos:], op) {
				p.tok = token{tOp, op}
				p.pos += len(op)
				return
			}
		}
		p.err = fmt.Errorf("expression %q: unexpected %q", s, c)
		p.tok = token{kind: tEOF}
	}
}

func (p *parser) is(op string) bool { return p.tok.kind == tOp && p.tok.text == op }

func (p *parser) expect(op string) error {
	if !p.is(op) {
		return fmt.Errorf("expression %q: want %q, got %q", p.src, op, p.tok.text)
	}
	p.next()
	return p.err
}

func (p *parser) or() (any, error) {
	v, err := p.and()
	for err == nil && p.is("||") {
		p.next()
		var w any
		w, err = p.and()
		if !Truthy(v) {
			v = w
		}
	}
	return v, err
}

func (p *parser) and() (any, error) {
	v, err := p.cmp()
	for err == nil && p.is("&&") {
		p.next()
		var w any
		w, err = p.cmp()
		if Truthy(v) {
			v = w
		}
	}
	return v, err
}

func (p *parser) cmp() (any, error) {
	v, err := p.unary()
	if err != nil {
		return nil, err
	}
	for _, op := range []string{"==", "!=", "<", "<=", ">", ">="} {
		if !p.is(op) {
			continue
		}
		p.next()
		w, err := p.unary()
		if err != nil {
			return nil, err
		}
		switch op {
		case "==":
			return equal(v, w), nil
		case "!=":
			return !equal(v, w), nil
		case "<":
			return number(v) < number(w), nil
		case "<=":
			return number(v) <= number(w), nil
		case ">":
			return number(v) > number(w), nil
		}
		return number(v) >= number(w), nil
	}
	return v, nil
}

func (p *parser) unary() (any, error) {
	if p.is("!") {
		p.next()
		v, err := p.unary()
		return !Truthy(v), err
	}
	return p.postfix()
}

func (p *parser) postfix() (any, error) {
	v, err := p.primary()
	for err == nil {
		switch {
		case p.is("."):
			p.next()
			if p.is("*") {
				p.next()
				v = star(v)
				continue
			}
			if p.tok.kind != tIdent {
				return nil, fmt.Errorf("expression %q: want a property name after '.'", p.src)
			}
			v = property(v, p.tok.text)
			p.next()
		case p.is("["):
			p.next()
			if p.is("*") {
				p.next()
				v = star(v)
			} else {
				var k any
				if k, err = p.or(); err != nil {
					return nil, err
				}
				if l, ok := v.([]any); ok {
					i := int(number(k))
					v = nil
					if i >= 0 && i < len(l) {
						v = l[i]
					}
				} else {
					v = property(v, String(k))
				}
			}
			err = p.expect("]")
		default:
			return v, p.err
		}
	}
	return v, err
}

func (p *parser) primary() (any, error) {
	if p.err != nil {
		return nil, p.err
	}
	t := p.tok
	switch t.kind {
	case tString:
		p.next()
		return t.text, p.err
	case tNumber:
		p.next()
		if x, err := strconv.ParseFloat(t.text, 64); err == nil {
			return x, p.err
		}
		if x, err := strconv.ParseInt(t.text, 0, 64); err == nil {
			return float64(x), p.err
		}
		return nil, fmt.Errorf("expression %q: bad number %q", p.src, t.text)
	case tIdent:
		p.next()
		switch t.text {
		case "true":
			return true, p.err
		case "false":
			return false, p.err
		case "null":
			return nil, p.err
		}
		if p.is("(") {
			p.next()
			var args []any
			for !p.is(")") {
				a, err := p.or()
				if err != nil {
					return nil, err
				}
				args = append(args, a)
				if p.is(",") {
					p.next()
				} else if !p.is(")") {
					return nil, fmt.Errorf("expression %q: want ',' or ')'", p.src)
				}
			}
			p.next()
			return p.ctx.call(t.text, args)
		}
		v, ok := p.ctx.Values[t.text]
		if !ok {
			return nil, fmt.Errorf("expression %q: context %q is not simulated", p.src, t.text)
		}
		return v, p.err
	case tOp:
		if t.text == "(" {
			p.next()
			v, err := p.or()
			if err != nil {
				return nil, err
			}
			return v, p.expect(")")
		}
	}
	return nil, fmt.Errorf("expression %q: unexpected %q", p.src, t.text)
}
