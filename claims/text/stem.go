package text

import (
	"strings"
	"sync"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// StemFilter reduces words to their Snowball (Porter2) English stem
// (bleve's generated snowballstem, the algorithm's reference code), so
// "arrested", "arrests" and "arrest" are one term. Entities, numbers and
// stop words are left as they are.
type StemFilter struct{}

// stemCache memoises stems: the same few thousand words recur.
var stemCache sync.Map

// Stem returns the Snowball stem of a normalised word.
func Stem(w string) string {
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	s := env.Current()
	stemCache.Store(w, s)
	return s
}

// irregular maps irregular past forms to their base verb, which Snowball
// cannot do ("met" -> "meet"), so tense never hides a match.
var irregular = map[string]string{}

func init() {
	for _, pair := range strings.Fields(`met:meet held:hold won:win lost:lose led:lead began:begin begun:begin
		took:take taken:take gave:give given:give made:make went:go gone:go came:come saw:see seen:see
		found:find sought:seek thought:think brought:bring bought:buy left:leave kept:keep knew:know
		known:know wrote:write written:write spoke:speak spoken:speak broke:break broken:break chose:choose
		chosen:choose drew:draw drawn:draw grew:grow grown:grow threw:throw ran:run sent:send spent:spend
		built:build felt:feel fell:fall fallen:fall rose:rise risen:rise struck:strike sold:sell
		stood:stand understood:understand became:become fought:fight caught:catch taught:teach paid:pay
		meant:mean hid:hide hidden:hide stole:steal stolen:steal forgot:forget forgotten:forget
		withdrew:withdraw withdrawn:withdraw undertook:undertake overtook:overtake swore:swear sworn:swear
		froze:freeze frozen:freeze shook:shake shaken:shake drove:drive driven:drive wore:wear worn:wear
		bore:bear born:bear tore:tear torn:tear woke:wake arose:arise arisen:arise flew:fly flown:fly
		ate:eat eaten:eat fed:feed bent:bend lent:lend dealt:deal slept:sleep swept:sweep wept:weep
		lit:light sat:sit spun:spin stuck:stick strove:strive struck:strike sang:sing sung:sing
		heard:hear hung:hang`) {
		k, v, _ := strings.Cut(pair, ":")
		irregular[k] = v
	}
}

func (StemFilter) Filter(tokens []Token) []Token {
	for i, t := range tokens {
		if t.Kind == Word && !t.Stop && !t.Neg {
			if base, ok := irregular[t.Term]; ok {
				tokens[i].Term = Stem(base)
				continue
			}
			tokens[i].Term = Stem(t.Term)
		}
	}
	return tokens
}
