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

// fit trains a model on xs and their classes ys, minimising the mean
// negative log-likelihood (each instance counted ws[i] times) plus
// lambda/2 times the squared weights (not the biases), by L-BFGS from
// zero: deterministic.
func fit(xs [][]float64, ys []int, ws []float64, lambda float64) *model {
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
	zs := make([][]float64, len(xs))
	for i, x := range xs {
		zs[i] = make([]float64, d)
		for j, v := range x {
			zs[i][j] = (v - m.mean[j]) / m.scale[j]
		}
	}
	p := (d + 1) * classes
	loss := func(w []float64, g []float64) float64 {
		for i := range g {
			g[i] = 0
		}
		total := 0.0
		for i, z := range zs {
			var s [classes]float64
			for k := 0; k < classes; k++ {
				o := k * (d + 1)
				v := w[o]
				for j, f := range z {
					v += w[o+1+j] * f
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
				o := k * (d + 1)
				g[o] += e
				for j, f := range z {
					g[o+1+j] += e * f
				}
			}
		}
		for k := 0; k < classes; k++ {
			for j := 1; j <= d; j++ {
				v := w[k*(d+1)+j]
				total += lambda / 2 * v * v
				g[k*(d+1)+j] += lambda * v
			}
		}
		return total
	}
	w := lbfgs(loss, make([]float64, p), 300)
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
