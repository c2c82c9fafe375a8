package plainjson

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
)

// every is a value with a field of each shape a Reader reads.
type every struct {
	S     string              `json:"s"`
	L     []string            `json:"l"`
	N     int                 `json:"n"`
	F     float64             `json:"f"`
	B     bool                `json:"b"`
	M     map[string][]string `json:"m"`
	Inner []inner             `json:"inner"`
}

type inner struct {
	X int     `json:"x"`
	Y float64 `json:"y"`
}

func readEvery(s string) (*every, bool) {
	var e every
	r := NewReader(s)
	r.Object([]Field{
		{Key: "s", Str: &e.S},
		{Key: "l", Strs: &e.L},
		{Key: "n", Int: &e.N},
		{Key: "f", Float: &e.F},
		{Key: "b", Bool: &e.B},
		{Key: "m", Lists: &e.M},
		{Key: "inner", Read: func() {
			if r.Null() {
				return
			}
			e.Inner = []inner{}
			r.Array(func() {
				e.Inner = append(e.Inner, inner{})
				in := &e.Inner[len(e.Inner)-1]
				r.Object([]Field{{Key: "x", Int: &in.X}, {Key: "y", Float: &in.Y}})
			})
		}},
	})
	return &e, r.Done()
}

var readCases = []string{
	`{}`, ` { "s" : "a\"b\u00e9\ud83d\ude00" , "l" : [ "x" , "" ] , "n" : -0 , "f" : -1.5e-3 , "b" : true } `,
	`{"s": null, "l": null, "n": null, "f": null, "b": null, "m": null, "inner": null}`,
	`{"l": [], "m": {}, "inner": []}`, `{"m": {"a": ["b"], "a": null, "c": []}}`,
	`{"inner": [{"x": 1, "y": 2}, {}, {"y": 1E+2}]}`, `{"f": 1e400}`, `{"f": 0.1}`, `{"f": 5e-324}`,
	`{"n": 1.0}`, `{"n": 1e2}`, `{"n": 01}`, `{"n": -}`, `{"n": 9223372036854775808}`, `{"f": .5}`, `{"f": 1.}`,
	`{"b": false}`, `{"b": tru}`, `{"b": truex}`, `{"b": nul}`, `{"s": "a", "s": "b"}`, `{"S": "a"}`, `{"x": 1}`,
	`{"s": "a",}`, `[]`, `null`, `{"s": "a"} x`, `{"l": [null]}`, `{"inner": [null]}`, `{"s": "\ud800"}`,
	"{\"s\": \"\xff\"}", `{"s": "\x"}`, `{"n": 1 }`, `{"f": -0}`, `{"f": 1e-7}`,
}

// TestReaderIsUnmarshal: on what it reads, a Reader reads what
// encoding/json does; it gives up on the rest.
func TestReaderIsUnmarshal(t *testing.T) {
	read := 0
	for _, s := range readCases {
		if checkRead(t, s) {
			read++
		}
	}
	if read < len(readCases)/3 {
		t.Errorf("read %d of %d cases: gives up too often", read, len(readCases))
	}
}

func checkRead(t *testing.T, s string) bool {
	t.Helper()
	got, ok := readEvery(s)
	if !ok {
		return false
	}
	var want every
	if err := json.Unmarshal([]byte(s), &want); err != nil {
		t.Fatalf("read %s, which encoding/json rejects (%v)", s, err)
	}
	if !reflect.DeepEqual(got, &want) {
		t.Fatalf("%s: read\n%#v\nencoding/json:\n%#v", s, got, &want)
	}
	return true
}

// FuzzReaderIsUnmarshal searches for JSON a Reader reads otherwise than
// encoding/json.
func FuzzReaderIsUnmarshal(f *testing.F) {
	for _, s := range readCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkRead(t, s) })
}

// written writes e as its fields' order and tags say, as json.Marshal
// would be asked to.
func written(e *every) ([]byte, bool) {
	var w Writer
	w.Open('{')
	w.Key("s")
	w.Str(e.S)
	w.Key("l")
	if e.L == nil {
		w.Null()
	} else {
		w.Open('[')
		for _, s := range e.L {
			w.Str(s)
		}
		w.Close(']')
	}
	w.Key("n")
	w.Int(e.N)
	w.Key("f")
	w.Float(e.F)
	w.Key("b")
	w.Bool(e.B)
	w.Key("m")
	w.Null() // the cases leave it nil: a map's keys are sorted, which a Writer leaves to its caller
	w.Key("inner")
	if e.Inner == nil {
		w.Null()
		w.Close('}')
		return w.Bytes()
	}
	w.Open('[')
	for _, in := range e.Inner {
		w.Open('{')
		w.Key("x")
		w.Int(in.X)
		w.Key("y")
		w.Float(in.Y)
		w.Close('}')
	}
	w.Close(']')
	w.Close('}')
	return w.Bytes()
}

func checkWrite(t *testing.T, e *every) {
	t.Helper()
	got, ok := written(e)
	want, err := json.Marshal(e)
	if ok != (err == nil) || string(got) != string(want) {
		t.Fatalf("wrote %s (%v), json.Marshal %s (%v)", got, ok, want, err)
	}
}

var writeStrings = []string{"", "plain", "quote \" back \\ slash /", "<b>&amp;</b>", "\x00\x01\b\f\n\r\t\x1f\x7f",
	"été 😀", "\u2028\u2029", "\xff\xfe", "a\xc3", "\xed\xa0\x80", "é\xe2\x82"}

var writeFloats = []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 123456789012345678901234.0,
	5e-324, math.MaxFloat64, 0.3333333333333333, 1e-10, -2.5e-9, math.NaN(), math.Inf(1), math.Inf(-1)}

// TestWriterIsMarshal: a Writer writes strings, numbers, bools, lists
// and objects byte for byte as json.Marshal does, and refuses what it
// refuses (numbers that are not finite).
func TestWriterIsMarshal(t *testing.T) {
	for _, s := range writeStrings {
		checkWrite(t, &every{S: s, L: []string{s, ""}})
	}
	for _, f := range writeFloats {
		checkWrite(t, &every{F: f, Inner: []inner{{X: -3, Y: f}}})
	}
	checkWrite(t, &every{L: []string{}, N: math.MinInt64, B: true, Inner: []inner{{}, {X: math.MaxInt64}}})
}

// FuzzWriterIsMarshal searches for a string or number a Writer writes
// otherwise than json.Marshal.
func FuzzWriterIsMarshal(f *testing.F) {
	for i, s := range writeStrings {
		f.Add(s, writeFloats[i], int64(i), i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, s string, x float64, n int64, b bool) {
		checkWrite(t, &every{S: s, L: []string{s}, N: int(n), F: x, B: b, Inner: []inner{{X: int(n), Y: x / 3}}})
	})
}
