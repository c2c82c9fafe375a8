package main

import "math"

// model is a multinomial logistic regression on standardised features.
type model struct {
	mean, scale []float64
	w           [][]float64 // per class: bias, then one weight per feature
}

const classes = 3 // supports, contradicts, related (match's order)

// logits returns the model's scores of each class for x.
func (m *model) logits(x []float64) [classes]float64 {
	var z [classes]float64
	for k := range z {
		s := m.w[k][0]
		for j, v := range x {
			s += m.w[k][j+1] * (v - m.mean[j]) / m.scale[j]
		}
		z[k] = s
	}
	return z
}

// An order asks that a feature never make class lo likelier against
// class hi: its weight for lo is at most its weight for hi (in the
// standardised features, so in the raw ones too). A conflict found, for
// one, never raises the probability of supports: its weight for supports
// is at most those for contradicts and related.
type order struct{ feature, lo, hi int }

// orderPenalty is how much a violated order costs, per unit squared: far
// more than the fit gains, so what is left of a violation is rounding,
// which fitWith then clamps.
const orderPenalty = 100.0

// fitWith trains a model on xs and their classes ys, minimising the mean
// negative log-likelihood (each instance counted ws[i] times) plus
// lambda/2 times the squared weights (not the biases), by L-BFGS from
// zero (deterministic), with the orders kept (none: a plain fit).
func fitWith(xs [][]float64, ys []int, ws []float64, lambda float64, orders []order) *model {
	d := len(xs[0])
	m := &model{mean: make([]float64, d), scale: make([]float64, d)}
	n := float64(len(xs))
	wsum := 0.0
	for _, v := range ws {
		wsum += v
	}
	for _, x := range xs {
		for j, v := range x {
			m.mean[j] += v / n
		}
	}
	for _, x := range xs {
		for j, v := range x {
			m.scale[j] += (v - m.mean[j]) * (v - m.mean[j]) / n
		}
	}
	for j := range m.scale {
		m.scale[j] = math.Sqrt(m.scale[j])
		if m.scale[j] < 1e-9 {
			m.scale[j] = 1 // a feature that never varies here: its weight stays 0
		}
	}
	// The features are mostly 0 (a rule's findings): each instance keeps
	// its others only, and the standardisation is folded into the
	// weights, (v-mean)/scale times w being v times w/scale less
	// mean/scale times w.
	type entry struct {
		j int
		v float64
	}
	sparse := make([][]entry, len(xs))
	for i, x := range xs {
		for j, v := range x {
			if v != 0 {
				sparse[i] = append(sparse[i], entry{j, v})
			}
		}
	}
	p := (d + 1) * classes
	u := make([]float64, p)    // w/scale
	gsum := make([]float64, p) // per class: the sum of the errors times the raw features
	loss := func(w []float64, g []float64) float64 {
		var c, esum [classes]float64
		for k := 0; k < classes; k++ {
			o := k * (d + 1)
			c[k] = w[o]
			for j := 0; j < d; j++ {
				u[o+1+j] = w[o+1+j] / m.scale[j]
				c[k] -= u[o+1+j] * m.mean[j]
			}
		}
		for i := range gsum {
			gsum[i] = 0
		}
		total := 0.0
		for i, z := range sparse {
			var s [classes]float64
			for k := 0; k < classes; k++ {
				o := k*(d+1) + 1
				v := c[k]
				for _, e := range z {
					v += u[o+e.j] * e.v
				}
				s[k] = v
			}
			top := math.Max(s[0], math.Max(s[1], s[2]))
			sum := 0.0
			for k := range s {
				s[k] = math.Exp(s[k] - top)
				sum += s[k]
			}
			wi := ws[i] / wsum
			total -= wi * math.Log(s[ys[i]]/sum)
			for k := 0; k < classes; k++ {
				e := wi * (s[k] / sum)
				if k == ys[i] {
					e -= wi
				}
				esum[k] += e
				o := k*(d+1) + 1
				for _, f := range z {
					gsum[o+f.j] += e * f.v
				}
			}
		}
		for k := 0; k < classes; k++ {
			o := k * (d + 1)
			g[o] = esum[k]
			for j := 0; j < d; j++ {
				g[o+1+j] = (gsum[o+1+j] - esum[k]*m.mean[j]) / m.scale[j]
			}
		}
		for k := 0; k < classes; k++ {
			for j := 1; j <= d; j++ {
				v := w[k*(d+1)+j]
				total += lambda / 2 * v * v
				g[k*(d+1)+j] += lambda * v
			}
		}
		for _, o := range orders {
			a, b := o.lo*(d+1)+1+o.feature, o.hi*(d+1)+1+o.feature
			if v := w[a] - w[b]; v > 0 {
				total += orderPenalty / 2 * v * v
				g[a] += orderPenalty * v
				g[b] -= orderPenalty * v
			}
		}
		return total
	}
	w := lbfgs(loss, make([]float64, p), 300)
	for _, o := range orders {
		a, b := o.lo*(d+1)+1+o.feature, o.hi*(d+1)+1+o.feature
		if w[a] > w[b] {
			if o.lo == 0 { // supports: lowered
				w[a] = w[b]
			} else {
				w[b] = w[a]
			}
		}
	}
	m.w = make([][]float64, classes)
	for k := range m.w {
		m.w[k] = w[k*(d+1) : (k+1)*(d+1)]
	}
	return m
}

// lbfgs minimises f (which writes its gradient into g) from x, for at
// most iters iterations, with a memory of 10 steps and a backtracking
// line search (Armijo).
func lbfgs(f func(x, g []float64) float64, x []float64, iters int) []float64 {
	const memory = 10
	n := len(x)
	g := make([]float64, n)
	fx := f(x, g)
	var ss, ys [][]float64
	var rhos []float64
	dir := make([]float64, n)
	xn, gn := make([]float64, n), make([]float64, n)
	for it := 0; it < iters; it++ {
		// dir = -H g, by the two-loop recursion.
		copy(dir, g)
		alpha := make([]float64, len(ss))
		for i := len(ss) - 1; i >= 0; i-- {
			alpha[i] = rhos[i] * dot(ss[i], dir)
			axpy(-alpha[i], ys[i], dir)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(dot(ss[k], ys[k])/dot(ys[k], ys[k]), dir)
		}
		for i := range ss {
			b := rhos[i] * dot(ys[i], dir)
			axpy(alpha[i]-b, ss[i], dir)
		}
		scale(-1, dir)
		slope := dot(dir, g)
		if slope >= 0 { // not a descent direction: restart from the gradient
			copy(dir, g)
			scale(-1, dir)
			slope = dot(dir, g)
			ss, ys, rhos = nil, nil, nil
		}
		step := 1.0
		if it == 0 {
			step = 1 / math.Max(1, math.Sqrt(dot(g, g)))
		}
		var fn float64
		for {
			copy(xn, x)
			axpy(step, dir, xn)
			fn = f(xn, gn)
			if fn <= fx+1e-4*step*slope || step < 1e-12 {
				break
			}
			step /= 2
		}
		s, y := make([]float64, n), make([]float64, n)
		for i := range s {
			s[i], y[i] = xn[i]-x[i], gn[i]-g[i]
		}
		copy(x, xn)
		copy(g, gn)
		done := math.Abs(fx-fn) < 1e-10*math.Max(1, math.Abs(fx))
		fx = fn
		if sy := dot(s, y); sy > 1e-12 {
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
			if len(ss) > memory {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
		}
		if done || math.Sqrt(dot(g, g)) < 1e-7 {
			break
		}
	}
	return x
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

// softmaxT returns the probabilities of logits z at temperature t.
func softmaxT(z [classes]float64, t float64) [classes]float64 {
	top := math.Max(z[0], math.Max(z[1], z[2]))
	var p [classes]float64
	sum := 0.0
	for k := range z {
		p[k] = math.Exp((z[k] - top) / t)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}
