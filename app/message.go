package app

import (
	"github.com/factcheck/factcheck/claims/match"
	"github.com/factcheck/factcheck/claims/plainjson"
)

// The check engine's updates (checkUpdate) cross from its worker to the
// page as JSON text, written and read without reflection
// (claims/plainjson): encoding/json's encoder in the worker and its
// decoder on the page were some 140 functions, with the reflection they
// call, that V8 compiled before the first verdict. Both ends are the same
// app.wasm, so the form is positional, each struct an array of its
// fields in order, and one walk over the fields (wire) both writes and
// reads it: what the page reads is what the worker had
// (FuzzUpdateCrosses), as encoding/json would carry it.

// wire walks an update's fields, writing them (w) or reading them (r).
type wire struct {
	w *plainjson.Writer
	r *plainjson.Reader
	// more says, while reading, whether the array being read has a
	// value left.
	more bool
}

// encodeUpdate writes u; ok is false where it cannot (a number that is
// not finite, which encoding/json refuses too).
func encodeUpdate(u checkUpdate) (b []byte, ok bool) {
	c := wire{w: &plainjson.Writer{}}
	c.tuple(func() { c.update(&u) })
	return c.w.Bytes()
}

// decodeUpdate reads what encodeUpdate wrote.
func decodeUpdate(s string) (checkUpdate, error) {
	var u checkUpdate
	c := wire{r: plainjson.NewReader(s)}
	c.tuple(func() { c.update(&u) })
	if !c.r.Done() {
		return checkUpdate{}, errBadUpdate
	}
	return u, nil
}

type wireError string

func (e wireError) Error() string { return string(e) }

const errBadUpdate = wireError("the check engine's update could not be read")

func (c *wire) update(u *checkUpdate) {
	c.num(&u.From)
	c.list(len(u.Sentences), u.Sentences == nil, func(i int) {
		if c.r != nil {
			u.Sentences = append(u.Sentences, sentence{})
		}
		s := &u.Sentences[i]
		c.obj(func() {
			c.result(&s.Result)
			c.num(&s.Count)
		})
	}, func() { u.Sentences = []sentence{} })
	c.list(len(u.Counts), u.Counts == nil, func(i int) {
		if c.r != nil {
			u.Counts = append(u.Counts, 0)
		}
		c.num(&u.Counts[i])
	}, func() { u.Counts = []int{} })
	c.obj(func() {
		c.num(&u.Tally.Supported)
		c.num(&u.Tally.Contradicted)
		c.num(&u.Tally.Unverified)
		c.num(&u.Tally.NotCheckable)
	})
	c.num(&u.Checked)
	c.num(&u.Total)
	c.num(&u.Repeats)
	c.flag(&u.Done)
	c.str(&u.Err)
}

func (c *wire) result(r *match.Result) {
	c.str(&r.Text)
	c.num(&r.Start)
	c.num(&r.End)
	c.flag(&r.Checkable)
	c.str(&r.NotCheckable)
	c.str((*string)(&r.Verdict))
	c.float(&r.Confidence)
	c.str(&r.Reason)
	c.list(len(r.Matches), r.Matches == nil, func(i int) {
		if c.r != nil {
			r.Matches = append(r.Matches, match.Match{})
		}
		c.obj(func() { c.match(&r.Matches[i]) })
	}, func() { r.Matches = []match.Match{} })
	c.spans(&r.Spans)
}

func (c *wire) match(m *match.Match) {
	c.str(&m.ClaimID)
	c.str(&m.Claim)
	c.str(&m.Kind)
	c.str((*string)(&m.Stance))
	c.float(&m.Score)
	c.str(&m.Reason)
	c.str(&m.Speaker)
	c.str(&m.Date)
	c.str(&m.Rating)
	c.str(&m.URL)
	c.list(len(m.Sources), m.Sources == nil, func(i int) {
		if c.r != nil {
			m.Sources = append(m.Sources, match.MatchSource{})
		}
		s := &m.Sources[i]
		c.obj(func() {
			c.str(&s.Article)
			c.str(&s.Outlet)
			c.str(&s.Headline)
			c.str(&s.Published)
			c.flag(&s.DateInferred)
			c.str(&s.URL)
			c.str(&s.Quote)
			c.num(&s.Start)
			c.num(&s.End)
			c.spans(&s.Spans)
		})
	}, func() { m.Sources = []match.MatchSource{} })
	c.spans(&m.Spans)
}

func (c *wire) spans(p *[]match.Span) {
	c.list(len(*p), *p == nil, func(i int) {
		if c.r != nil {
			*p = append(*p, match.Span{})
		}
		s := &(*p)[i]
		c.obj(func() {
			c.num(&s.Start)
			c.num(&s.End)
			c.str(&s.Kind)
		})
	}, func() { *p = []match.Span{} })
}

// value reads the next value of the array being read, by read.
func (c *wire) value(read func()) {
	if !c.more {
		c.r.Fail()
		return
	}
	read()
	c.more = c.r.Next(']')
}

// tuple writes or reads an array of the values walk walks.
func (c *wire) tuple(walk func()) {
	if c.w != nil {
		c.w.Open('[')
		walk()
		c.w.Close(']')
		return
	}
	outer := c.more
	c.more = c.r.Open('[')
	walk()
	if c.more { // values left over
		c.r.Fail()
	}
	c.more = outer
}

// obj is a struct's fields, walked by walk, as a value of the array
// being written or read.
func (c *wire) obj(walk func()) {
	if c.w != nil {
		c.tuple(walk)
		return
	}
	c.value(func() { c.tuple(walk) })
}

// list walks a list of n elements, each by each(i): written as null
// when nil; read until the array ends (each appends the element it
// reads), with empty making a list read as [] empty rather than nil.
func (c *wire) list(n int, isNil bool, each func(i int), empty func()) {
	if c.w != nil {
		if isNil {
			c.w.Null()
			return
		}
		c.w.Open('[')
		for i := range n {
			each(i)
		}
		c.w.Close(']')
		return
	}
	c.value(func() {
		if c.r.Null() {
			return
		}
		empty()
		outer := c.more
		c.more = c.r.Open('[')
		for i := 0; c.more && !c.r.Failed(); i++ {
			each(i)
		}
		c.more = outer
	})
}

func (c *wire) str(p *string) {
	if c.w != nil {
		c.w.Str(*p)
		return
	}
	c.value(func() { *p = c.r.Str() })
}

func (c *wire) num(p *int) {
	if c.w != nil {
		c.w.Int(*p)
		return
	}
	c.value(func() { *p = c.r.Int() })
}

func (c *wire) float(p *float64) {
	if c.w != nil {
		c.w.Float(*p)
		return
	}
	c.value(func() { *p = c.r.Float() })
}

func (c *wire) flag(p *bool) {
	if c.w != nil {
		c.w.Bool(*p)
		return
	}
	c.value(func() { *p = c.r.Bool() })
}
