// Package lexicon answers the word questions a paraphrase raises: which
// words mean the same ("called off" for "cancelled"), the opposite ("far"
// for "near"), nearly the same ("enormous" for "huge"), a related form
// ("extradition" for "extradite") or something more general ("performer"
// for "singer"). The answers come from Princeton WordNet 3.0; see NOTICE for
// its licence, which every copy of the data carries (Lexicon.Notice).
//
// A Lexicon is a set of synsets (groups of lemmas sharing one meaning) with
// the relations between them, plus WordNet's lists of irregular
// inflections. The full lexicon lives in package lexicon/wordnet, which is
// only linked into native programs (the database builder); a claims
// database carries the Subset its vocabulary needs, so this package, and
// not the data, is what the browser loads.
//
// Words are lower-case lemmas, multi-word lemmas with single spaces
// ("call off", "take part"). Lemmas turns an inflected form into lemmas.
//
// Sense rank. WordNet lists a lemma's synsets of each part of speech in
// order of frequency (its sense numbers, from the tagged SemCor corpus):
// rank 1 is the most frequent meaning of the lemma as a noun, as a verb,
// and so on. A maxSenseRank argument keeps the senses ranked
// 1..maxSenseRank of each part of speech: "launch" reaches "begin" (whose
// first sense it is a kind of) through its rank-4 sense, "plunge, launch"
// ("He launched into a long diatribe"). Ranks are per part of speech, so
// rank 1 of "meet" is both the verb ("come together") and the rare noun
// and adjective ("a track meet", "fitting"): Sense.Count (how often a
// sense was tagged) and MainPOS tell which is usual; Senses gives each
// sense's part of speech, rank and count for finer choices.
//
// Every query about a word takes a maxSenseRank; 0 or less means all
// senses. Every answer is sorted, without duplicates, and never holds the
// word asked about.
//
// Subsets. SubsetOf(keep, cut) keeps what the kept lemmas (a claims
// database's vocabulary) need for every query about them, and for every
// query about another word (a reader's) to find them, as the full
// lexicon does; Cut bounds the sense ranks and hyponym levels kept.
// Marshal and Unmarshal store a lexicon as a JSON array of lines.
package lexicon

import (
	"slices"
	"strings"
)

// POS is a part of speech, by WordNet's letters. Adjective satellites
// (WordNet's "s") answer Adj; Sense.Satellite tells them apart.
type POS byte

const (
	Noun POS = 'n'
	Verb POS = 'v'
	Adj  POS = 'a'
	Adv  POS = 'r'
)

// satellite is the stored part of speech of adjective satellites.
const satellite = 's'

// posOrder is the order in which a word's senses are listed.
var posOrder = [...]POS{Noun, Verb, Adj, Adv}

func (p POS) String() string {
	switch p {
	case Noun:
		return "noun"
	case Verb:
		return "verb"
	case Adj:
		return "adj"
	case Adv:
		return "adv"
	}
	return "?"
}

// Relation is a kind of pointer between synsets or between two of their
// lemmas, by the letter the data files use for it. Word-level (lexical)
// relations link one lemma of a synset to one lemma of another.
type Relation byte

const (
	Antonym     Relation = 'a' // word-level, WordNet "!"
	SimilarTo   Relation = 's' // adjective head <-> satellite, WordNet "&"
	Derivation  Relation = 'd' // word-level, WordNet "+"; WordNet stores both directions
	Pertainym   Relation = 'p' // word-level, WordNet "\": adjective -> noun it pertains to, adverb -> adjective it is derived from
	PertainedBy Relation = 'P' // the reverse of Pertainym, added by the generator
	Hypernym    Relation = 'h' // WordNet "@"
	Instance    Relation = 'i' // instance hypernym, WordNet "@i" ("moscow" is a "national capital")
	Attribute   Relation = 't' // noun <-> adjective, WordNet "="
	Entailment  Relation = 'e' // verb -> verb it entails, WordNet "*"
)

// relations lists every Relation, for validation.
const relations = "asdpPhite"

// lexnames are WordNet's lexicographer file names, by number (lex_filenum).
// The list is WordNet 3.0's lexnames(5WN), copied from its documentation,
// since Debian's wordnet-base does not ship the lexnames file.
var lexnames = [...]string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
	"noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
	"noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon",
	"noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
	"noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body",
	"verb.change", "verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
	"verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
	"adj.ppl",
}

// Lexicon is an immutable WordNet (or part of one): safe for concurrent
// readers once made by New, Parse, Unmarshal or Subset.
type Lexicon struct {
	notice  []string // comment lines carried by every copy (source, licence)
	synsets []synset
	members []member  // synset i's members are members[synsets[i].m0:synsets[i].m1]
	ptrs    []pointer // and its pointers ptrs[synsets[i].p0:synsets[i].p1]

	words  []string         // every lemma, in the order they were met
	wordID map[string]int32 // index into words
	senses []sense          // grouped by word: word i's are senses[sensesAt[i]:sensesAt[i+1]]
	at     []int32          // sensesAt, len(words)+1

	exc map[string][]exception // irregular inflection -> its lemmas
}

type synset struct {
	pos    byte // n v a s r
	lex    uint8
	m0, m1 int32
	p0, p1 int32
}

type member struct {
	word  int32
	rank  uint16
	count uint32
}

type pointer struct {
	rel      Relation
	from, to uint8 // 1-based member numbers of a word-level pointer; 0 for the whole synset
	target   int32
}

type sense struct {
	synset int32
	index  uint8 // the word's place among the synset's members, 0-based
	rank   uint16
	count  uint32
}

type exception struct {
	pos  POS
	base string
}

// A nil *Lexicon (a database without one) is empty: every query about it
// answers nothing.

// Len is the number of lemmas.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.words)
}

// Synsets is the number of synsets.
func (l *Lexicon) Synsets() int {
	if l == nil {
		return 0
	}
	return len(l.synsets)
}

// Words returns every lemma, sorted.
func (l *Lexicon) Words() []string {
	if l == nil {
		return nil
	}
	w := slices.Clone(l.words)
	slices.Sort(w)
	return w
}

// Has reports whether word is a lemma of the lexicon.
func (l *Lexicon) Has(word string) bool {
	if l == nil {
		return false
	}
	_, ok := l.wordID[word]
	return ok
}

// Notice returns the comment lines that name the data's source and
// licence, which every copy carries.
func (l *Lexicon) Notice() []string {
	if l == nil {
		return nil
	}
	return slices.Clone(l.notice)
}

// Sense is one meaning of a lemma: the lemma's place in one synset.
type Sense struct {
	l    *Lexicon
	s    sense
	word int32
}

// Senses returns word's senses: nouns, then verbs, adjectives and adverbs,
// each in rank order. A lemma missing from the lexicon has none.
func (l *Lexicon) Senses(word string) []Sense {
	if l == nil {
		return nil
	}
	id, ok := l.wordID[word]
	if !ok {
		return nil
	}
	ss := l.senses[l.at[id]:l.at[id+1]]
	out := make([]Sense, len(ss))
	for i, s := range ss {
		out[i] = Sense{l, s, id}
	}
	return out
}

func (s Sense) syn() synset { return s.l.synsets[s.s.synset] }

// Word is the lemma this sense belongs to.
func (s Sense) Word() string { return s.l.words[s.word] }

// POS is the sense's part of speech (Adj for satellites too).
func (s Sense) POS() POS {
	p := s.syn().pos
	if p == satellite {
		return Adj
	}
	return POS(p)
}

// Satellite reports whether the sense is an adjective satellite: an
// adjective WordNet groups under a head ("enormous" under "large").
func (s Sense) Satellite() bool { return s.syn().pos == satellite }

// Rank is the sense's frequency rank among the word's senses of the same
// part of speech, 1 for the most frequent.
func (s Sense) Rank() int { return int(s.s.rank) }

// Count is how many times WordNet's semantic concordances (SemCor and the
// others of cntlist.rev) tag the word in this sense: 375 for "begin" as
// "get down, start", 0 for "begin" as Menachem Begin or "meet" as an
// adjective ("fitting"). Rank orders senses by it; a sense never tagged
// is rare in running text.
func (s Sense) Count() int { return int(s.s.count) }

// Lexname is the synset's lexicographer file name ("noun.person").
func (s Sense) Lexname() string { return lexname(s.syn().lex) }

func lexname(n uint8) string {
	if int(n) < len(lexnames) {
		return lexnames[n]
	}
	return ""
}

// Lemmas returns the synset's lemmas in WordNet's order, this one included.
func (s Sense) Lemmas() []string {
	sy := s.syn()
	out := make([]string, 0, sy.m1-sy.m0)
	for _, m := range s.l.members[sy.m0:sy.m1] {
		out = append(out, s.l.words[m.word])
	}
	return out
}

// Synonyms returns the synset's other lemmas.
func (s Sense) Synonyms() []string {
	var w words
	s.l.addSynset(&w, s.s.synset)
	return w.list(s.Word())
}

// Antonyms returns the direct antonyms of this lemma in this sense
// (WordNet's word-level "!" pointers) and, for an adjective, the indirect
// ones: the antonyms of every lemma of its cluster's head ("distant" is
// a satellite of "far", whose antonym is "near"; "big", a head, gets
// "small", the antonym of its fellow head lemma "large").
func (s Sense) Antonyms() []string {
	var w words
	s.l.antonyms(&w, s.s)
	return w.list(s.Word())
}

// Similar returns, for an adjective, the lemmas of its similar-to cluster
// (WordNet "&"): for a satellite, its head's lemmas and the other
// satellites of that head ("enormous" -> "huge", "large", "big", ...); for
// a head, its satellites' lemmas. Other parts of speech have none.
func (s Sense) Similar() []string {
	var w words
	s.l.similar(&w, s.s.synset)
	return w.list(s.Word())
}

// Derived returns the lemmas WordNet relates to this one by form, in either
// direction: derivationally related forms ("+": "extradite" <->
// "extradition"), pertainyms ("\": "russian" -> "russia", "quickly" ->
// "quick") and the words that pertain to it ("russia" -> "russian").
func (s Sense) Derived() []string {
	var w words
	s.l.lexical(&w, s.s, Derivation, Pertainym, PertainedBy)
	return w.list(s.Word())
}

// Hypernyms returns the lemmas of the synsets above this one, following
// hypernym and instance-hypernym pointers ("@", "@i") up to depth levels
// ("singer" -> "musician" at 1, "performer" at 2).
func (s Sense) Hypernyms(depth int) []string {
	var w words
	s.l.hypernyms(&w, s.s.synset, depth)
	return w.list(s.Word())
}

// Entailments returns, for a verb, the lemmas of the verbs it entails
// (WordNet "*": "snore" -> "sleep").
func (s Sense) Entailments() []string {
	var w words
	s.l.semantic(&w, s.s.synset, Entailment)
	return w.list(s.Word())
}

// Attributes returns the lemmas linked by WordNet's attribute pointer
// ("="), a noun and the adjectives that give its values, both ways:
// "heavy" -> "weight", "weight" -> "heavy", "light".
func (s Sense) Attributes() []string {
	var w words
	s.l.semantic(&w, s.s.synset, Attribute)
	return w.list(s.Word())
}

// Synonyms returns the lemmas that share one of word's synsets of rank
// 1..maxSenseRank: "cancel" (rank 1) -> "call off", "scratch", "scrub".
func (l *Lexicon) Synonyms(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.addSynset(w, s.s.synset) })
}

// Antonyms returns Sense.Antonyms over word's senses of rank
// 1..maxSenseRank: direct antonyms and, for adjectives, the antonyms of
// their cluster's head ("far" -> "near").
func (l *Lexicon) Antonyms(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.antonyms(w, s.s) })
}

// Similar returns Sense.Similar over word's adjective senses of rank
// 1..maxSenseRank: the lemmas of their similar-to clusters ("huge" ->
// "enormous").
func (l *Lexicon) Similar(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.similar(w, s.s.synset) })
}

// Derived returns Sense.Derived over word's senses of rank 1..maxSenseRank:
// derivationally related forms and pertainyms, both ways ("extradite" ->
// "extradition", "russian" -> "russia").
func (l *Lexicon) Derived(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.lexical(w, s.s, Derivation, Pertainym, PertainedBy) })
}

// Hypernyms returns Sense.Hypernyms(depth) over word's senses of rank
// 1..maxSenseRank ("singer" -> "performer" at depth 2).
func (l *Lexicon) Hypernyms(word string, maxSenseRank, depth int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.hypernyms(w, s.s.synset, depth) })
}

// Entailments returns Sense.Entailments over word's senses of rank
// 1..maxSenseRank.
func (l *Lexicon) Entailments(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.semantic(w, s.s.synset, Entailment) })
}

// Attributes returns Sense.Attributes over word's senses of rank
// 1..maxSenseRank.
func (l *Lexicon) Attributes(word string, maxSenseRank int) []string {
	return l.each(word, maxSenseRank, func(w *words, s Sense) { l.semantic(w, s.s.synset, Attribute) })
}

// each collects what add finds for each of word's senses of rank
// 1..maxRank (every sense when maxRank <= 0).
func (l *Lexicon) each(word string, maxRank int, add func(*words, Sense)) []string {
	var w words
	for _, s := range l.Senses(word) {
		if maxRank <= 0 || s.Rank() <= maxRank {
			add(&w, s)
		}
	}
	return w.list(word)
}

// MainPOS returns the part of speech in which word was tagged most often
// (see Sense.Count): Verb for "meet", "sign", "refuse" and "begin", Noun
// for "treaty"; 0 for a word never tagged, or missing.
func (l *Lexicon) MainPOS(word string) POS {
	counts := map[POS]int{}
	var best POS
	for _, s := range l.Senses(word) { // nouns, verbs, adjectives, adverbs: the first wins a tie
		counts[s.POS()] += s.Count()
		if c := counts[s.POS()]; c > 0 && (best == 0 || c > counts[best]) {
			best = s.POS()
		}
	}
	return best
}

// Category returns the lexname of word's most frequent noun sense (rank 1),
// such as "noun.person" for "singer" or "noun.animal" for "dog"; "" when
// the word is not a noun (or, in a subset, that sense was left out).
func (l *Lexicon) Category(word string) string {
	for _, s := range l.Senses(word) {
		if s.POS() == Noun && s.Rank() == 1 {
			return s.Lexname()
		}
	}
	return ""
}

// words collects answers.
type words []string

func (w *words) list(self string) []string {
	out := slices.DeleteFunc(*w, func(s string) bool { return s == self })
	slices.Sort(out)
	return slices.Compact(out)
}

func (l *Lexicon) addSynset(w *words, s int32) {
	sy := l.synsets[s]
	for _, m := range l.members[sy.m0:sy.m1] {
		*w = append(*w, l.words[m.word])
	}
}

func (l *Lexicon) addMember(w *words, s int32, n uint8) {
	sy := l.synsets[s]
	if n >= 1 && int32(n) <= sy.m1-sy.m0 {
		*w = append(*w, l.words[l.members[sy.m0+int32(n)-1].word])
	}
}

// lexical adds the targets of s's word-level pointers of the given kinds.
func (l *Lexicon) lexical(w *words, s sense, rels ...Relation) {
	sy := l.synsets[s.synset]
	for _, p := range l.ptrs[sy.p0:sy.p1] {
		if p.from == s.index+1 && slices.Contains(rels, p.rel) {
			l.addMember(w, p.target, p.to)
		}
	}
}

// semantic adds the lemmas of the synsets s points to with rel.
func (l *Lexicon) semantic(w *words, s int32, rel Relation) {
	sy := l.synsets[s]
	for _, p := range l.ptrs[sy.p0:sy.p1] {
		if p.rel == rel {
			if p.from == 0 {
				l.addSynset(w, p.target)
			} else {
				l.addMember(w, p.target, p.to)
			}
		}
	}
}

func (l *Lexicon) antonyms(w *words, s sense) {
	l.lexical(w, s, Antonym)
	for _, h := range l.heads(s.synset) {
		hs := l.synsets[h]
		for _, p := range l.ptrs[hs.p0:hs.p1] {
			if p.rel == Antonym {
				l.addMember(w, p.target, p.to)
			}
		}
	}
}

// heads returns the heads of an adjective synset's cluster: itself for a
// head, the synsets it is similar to for a satellite, none otherwise.
func (l *Lexicon) heads(s int32) []int32 {
	sy := l.synsets[s]
	switch sy.pos {
	case byte(Adj):
		return []int32{s}
	case satellite:
		var hs []int32
		for _, p := range l.ptrs[sy.p0:sy.p1] {
			if p.rel == SimilarTo && l.synsets[p.target].pos == byte(Adj) {
				hs = append(hs, p.target)
			}
		}
		return hs
	}
	return nil
}

func (l *Lexicon) similar(w *words, s int32) {
	sy := l.synsets[s]
	if sy.pos != byte(Adj) && sy.pos != satellite {
		return
	}
	for _, p := range l.ptrs[sy.p0:sy.p1] {
		if p.rel != SimilarTo {
			continue
		}
		l.addSynset(w, p.target)
		if sy.pos == satellite { // the head's other satellites
			hs := l.synsets[p.target]
			for _, q := range l.ptrs[hs.p0:hs.p1] {
				if q.rel == SimilarTo && q.target != s {
					l.addSynset(w, q.target)
				}
			}
		}
	}
}

func (l *Lexicon) hypernyms(w *words, s int32, depth int) {
	seen := map[int32]bool{s: true}
	level := []int32{s}
	for d := 0; d < depth && len(level) > 0; d++ {
		var next []int32
		for _, x := range level {
			sy := l.synsets[x]
			for _, p := range l.ptrs[sy.p0:sy.p1] {
				if (p.rel == Hypernym || p.rel == Instance) && !seen[p.target] {
					seen[p.target] = true
					l.addSynset(w, p.target)
					next = append(next, p.target)
				}
			}
		}
		level = next
	}
}

// phrase turns WordNet's "call_off" into "call off".
func phrase(lemma string) string { return strings.ReplaceAll(lemma, "_", " ") }
