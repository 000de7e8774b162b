#!/usr/bin/env python3
"""Writes sygus-benchmarks/verify-hd/: Hacker's Delight style programs at 32 and 64 bits, each with a problem (the
specification as a reference expression), its correct program, equivalent rewrites and single mutants (operator swap,
operand swap, constant off by one, variable swap, an inserted bvnot), every candidate with its expected verdict.

The expected verdicts come from this script's own evaluator, independent of NeuroCEGIS: a correct program or a rewrite
must agree with the specification on every test (else the script stops); a mutant is a counterexample when a test
tells it apart, else it is listed as equivalent (and its expectation is "proved", which Z3 must then confirm). The
tests are edge values, one-hot values and their pairs, and seeded random values.

Usage: scripts/gen-verify-hd.py [OUTPUT_DIR]   (default: sygus-benchmarks/verify-hd)
"""
import os
import random
import shutil
import sys

# ------------------------------------------------------------------ terms: ('var', name) ('lit', value, width)
# (op, indices, arg...) ; every helper takes the width W of the program


def V(n):
    return ('var', n)


def L(v, w):
    return ('lit', v % (1 << w), w)


def A(op, *args, idx=()):
    return (op, tuple(idx)) + tuple(args)


BINARY = {'bvand', 'bvor', 'bvxor', 'bvadd', 'bvsub', 'bvmul', 'bvudiv', 'bvurem', 'bvsdiv', 'bvshl', 'bvlshr', 'bvashr'}
COMMUTATIVE = {'bvand', 'bvor', 'bvxor', 'bvadd', 'bvmul'}
CLASSES = [['bvand', 'bvor', 'bvxor'], ['bvadd', 'bvsub'], ['bvshl', 'bvlshr', 'bvashr'], ['bvudiv', 'bvurem'],
           ['bvnot', 'bvneg'], ['bvult', 'bvule', 'bvugt', 'bvuge'], ['bvslt', 'bvsle', 'bvsgt', 'bvsge']]


def width(t, env_w):
    if t[0] == 'var':
        return env_w
    if t[0] == 'lit':
        return t[2]
    op, idx = t[0], t[1]
    if op in ('bvult', 'bvule', 'bvugt', 'bvuge', 'bvslt', 'bvsle', 'bvsgt', 'bvsge', '='):
        return 0
    if op == 'ite':
        return width(t[3], env_w)
    if op == 'extract':
        return idx[0] - idx[1] + 1
    if op in ('zero_extend', 'sign_extend'):
        return width(t[2], env_w) + idx[0]
    if op == 'let':
        return width(t[3], env_w)
    return width(t[2], env_w)


def sx(v, w):
    return v - (1 << w) if v >> (w - 1) & 1 else v


def ev(t, env, w):
    """Value of t (a Python int, or a bool for predicates); env maps names to values; w is the variables' width."""
    k = t[0]
    if k == 'var':
        return env[t[1]]
    if k == 'lit':
        return t[1]
    op, idx = t[0], t[1]
    if op == 'let':
        inner = dict(env)
        for name, value in t[2]:
            inner[name] = ev(value, env, w)
        return ev(t[3], inner, w)
    args = [ev(a, env, w) for a in t[2:]]
    ww = width(t[2], w) if op not in ('ite',) else 0
    m = (1 << ww) - 1 if ww else 0
    a = args
    if op == 'bvand': return a[0] & a[1]
    if op == 'bvor': return a[0] | a[1]
    if op == 'bvxor': return a[0] ^ a[1]
    if op == 'bvnot': return ~a[0] & m
    if op == 'bvneg': return -a[0] & m
    if op == 'bvadd': return (a[0] + a[1]) & m
    if op == 'bvsub': return (a[0] - a[1]) & m
    if op == 'bvmul': return (a[0] * a[1]) & m
    if op == 'bvudiv': return m if a[1] == 0 else a[0] // a[1]
    if op == 'bvurem': return a[0] if a[1] == 0 else a[0] % a[1]
    if op == 'bvsdiv':
        x, y = sx(a[0], ww), sx(a[1], ww)
        if y == 0:
            return 1 if x < 0 else m
        q = abs(x) // abs(y)
        return (q if (x < 0) == (y < 0) else -q) & m
    if op == 'bvshl': return (a[0] << a[1]) & m if a[1] < ww else 0
    if op == 'bvlshr': return a[0] >> a[1] if a[1] < ww else 0
    if op == 'bvashr': return (sx(a[0], ww) >> min(a[1], ww)) & m
    if op == 'bvult': return a[0] < a[1]
    if op == 'bvule': return a[0] <= a[1]
    if op == 'bvugt': return a[0] > a[1]
    if op == 'bvuge': return a[0] >= a[1]
    if op == 'bvslt': return sx(a[0], ww) < sx(a[1], ww)
    if op == 'bvsle': return sx(a[0], ww) <= sx(a[1], ww)
    if op == 'bvsgt': return sx(a[0], ww) > sx(a[1], ww)
    if op == 'bvsge': return sx(a[0], ww) >= sx(a[1], ww)
    if op == '=': return a[0] == a[1]
    if op == 'ite': return a[1] if a[0] else a[2]
    if op == 'extract': return (a[0] >> idx[1]) & ((1 << (idx[0] - idx[1] + 1)) - 1)
    if op == 'zero_extend': return a[0]
    if op == 'sign_extend': return sx(a[0], ww) & ((1 << (ww + idx[0])) - 1)
    if op == 'rotate_left':
        r = idx[0] % ww
        return ((a[0] << r) | (a[0] >> (ww - r))) & m
    raise ValueError(op)


def lit_text(v, w):
    if w % 4 == 0:
        return '#x' + format(v, '0%dx' % (w // 4))
    return '#b' + format(v, '0%db' % w)


def show(t, out, positions, path):
    """Appends t's SMT-LIB text to out (a list of strings) and records the offset where each sub-term starts."""
    positions[tuple(path)] = sum(len(s) for s in out)
    k = t[0]
    if k == 'var':
        out.append(t[1])
        return
    if k == 'lit':
        out.append(lit_text(t[1], t[2]))
        return
    op, idx = t[0], t[1]
    if op == 'let':
        out.append('(let (')
        for i, (name, value) in enumerate(t[2]):
            out.append(('' if i == 0 else ' ') + '(' + name + ' ')
            show(value, out, positions, path + [i])
            out.append(')')
        out.append(') ')
        show(t[3], out, positions, path + [len(t[2])])
        out.append(')')
        return
    out.append('((_ %s %s)' % (op, ' '.join(map(str, idx))) if idx else '(' + op)
    for i, a in enumerate(t[2:]):
        out.append(' ')
        show(a, out, positions, path + [i])
    out.append(')')


def children(t):
    if t[0] in ('var', 'lit'):
        return []
    if t[0] == 'let':
        return [v for _, v in t[2]] + [t[3]]
    return list(t[2:])


def replace(t, path, new):
    if not path:
        return new
    i = path[0]
    if t[0] == 'let':
        bs = list(t[2])
        if i < len(bs):
            bs[i] = (bs[i][0], replace(bs[i][1], path[1:], new))
            return (t[0], t[1], tuple(bs), t[3])
        return (t[0], t[1], t[2], replace(t[3], path[1:], new))
    args = list(t[2:])
    args[i] = replace(args[i], path[1:], new)
    return (t[0], t[1]) + tuple(args)


def at(t, path):
    for i in path:
        t = children(t)[i]
    return t


def paths(t, prefix=()):
    yield prefix
    for i, c in enumerate(children(t)):
        yield from paths(c, prefix + (i,))


def bound_names(t):
    names = set()
    for p in paths(t):
        s = at(t, p)
        if s[0] == 'let':
            names.update(n for n, _ in s[2])
    return names


# ------------------------------------------------------------------ the programs

def programs(W):
    x, y = V('x'), V('y')
    one, zero, ones = L(1, W), L(0, W), L(-1, W)
    top = L(W - 1, W)

    def sh(op, a, k):
        return A(op, a, L(k, W))

    def bits_sum(t):
        # the number of set bits of t, as a sum of its bits
        s = A('zero_extend', A('extract', t, idx=(0, 0)), idx=(W - 1,))
        for i in range(1, W):
            s = A('bvadd', s, A('zero_extend', A('extract', t, idx=(i, i)), idx=(W - 1,)))
        return s

    def bits_xor(t):
        s = A('extract', t, idx=(0, 0))
        for i in range(1, W):
            s = A('bvxor', s, A('extract', t, idx=(i, i)))
        return A('zero_extend', s, idx=(W - 1,))

    lowbit = A('bvand', x, A('bvneg', x))
    hexrep = lambda byte: sum(byte << (8 * i) for i in range(W // 8))
    P = []
    # name, variables, specification, correct, [rewrites]
    P.append(('rightmost-off', ['x'], A('bvsub', x, lowbit),
              A('bvand', x, A('bvsub', x, one)),
              [A('bvand', x, A('bvadd', x, ones))]))
    P.append(('trailing-ones-off', ['x'], A('bvand', x, A('bvnot', A('bvxor', x, A('bvadd', x, one)))),
              A('bvand', x, A('bvadd', x, one)),
              [A('bvsub', x, A('bvand', x, A('bvnot', A('bvadd', x, one))))]))
    P.append(('isolate-rightmost', ['x'], A('bvand', x, A('bvnot', A('bvsub', x, one))),
              lowbit,
              [A('bvxor', x, A('bvand', x, A('bvsub', x, one)))]))
    P.append(('mask-rightmost-and-trailing', ['x'], A('bvor', lowbit, A('bvsub', lowbit, one)),
              A('bvxor', x, A('bvsub', x, one)),
              [A('bvnot', A('bvxor', x, A('bvneg', x)))]))
    P.append(('right-propagate', ['x'], A('bvor', x, A('bvsub', lowbit, one)),
              A('bvor', x, A('bvsub', x, one)),
              [A('bvnot', A('bvand', A('bvnot', x), A('bvnot', A('bvsub', x, one))))]))
    P.append(('rightmost-zero-on', ['x'], A('bvor', x, A('bvand', A('bvnot', x), A('bvadd', x, one))),
              A('bvor', x, A('bvadd', x, one)),
              [A('bvnot', A('bvand', A('bvnot', x), A('bvnot', A('bvadd', x, one))))]))
    P.append(('isolate-rightmost-zero', ['x'], A('bvand', A('bvnot', x), A('bvneg', A('bvnot', x))),
              A('bvand', A('bvnot', x), A('bvadd', x, one)),
              [A('bvxor', A('bvor', x, A('bvadd', x, one)), x)]))
    P.append(('trailing-zeros-mask', ['x'], A('bvsub', lowbit, one),
              A('bvand', A('bvnot', x), A('bvsub', x, one)),
              [A('bvnot', A('bvor', x, A('bvneg', x)))]))
    P.append(('abs', ['x'], A('ite', A('bvslt', x, zero), A('bvneg', x), x),
              A('bvsub', A('bvxor', x, A('bvashr', x, top)), A('bvashr', x, top)),
              [A('bvxor', A('bvadd', x, A('bvashr', x, top)), A('bvashr', x, top))]))
    wide = lambda t: A('zero_extend', t, idx=(1,))
    P.append(('floor-average', ['x', 'y'],
              A('extract', A('bvadd', wide(x), wide(y)), idx=(W, 1)),
              A('bvadd', A('bvand', x, y), sh('bvlshr', A('bvxor', x, y), 1)),
              [A('bvadd', A('bvadd', sh('bvlshr', x, 1), sh('bvlshr', y, 1)), A('bvand', A('bvand', x, y), one))]))
    P.append(('ceil-average', ['x', 'y'],
              A('extract', A('bvadd', A('bvadd', wide(x), wide(y)), L(1, W + 1)), idx=(W, 1)),
              A('bvsub', A('bvor', x, y), sh('bvlshr', A('bvxor', x, y), 1)),
              [A('bvadd', A('bvadd', sh('bvlshr', x, 1), sh('bvlshr', y, 1)), A('bvand', A('bvor', x, y), one))]))
    P.append(('sign', ['x'], A('ite', A('bvslt', x, zero), ones, A('ite', A('=', x, zero), zero, one)),
              A('bvor', A('bvashr', x, top), A('bvlshr', A('bvneg', x), top)),
              [A('bvsub', A('ite', A('bvsgt', x, zero), one, zero), A('ite', A('bvslt', x, zero), one, zero))]))
    P.append(('rightmost-run-off', ['x'], A('bvand', A('bvadd', lowbit, x), x),
              A('bvand', A('bvadd', A('bvor', x, A('bvsub', x, one)), one), x),
              [A('bvsub', x, A('bvand', x, A('bvnot', A('bvadd', x, lowbit))))]))
    P.append(('max-unsigned', ['x', 'y'], A('ite', A('bvuge', x, y), x, y),
              A('bvxor', x, A('bvand', A('bvxor', x, y), A('bvneg', A('ite', A('bvult', x, y), one, zero)))),
              [A('ite', A('bvult', x, y), y, x)]))
    P.append(('signed-div-8', ['x'], A('bvsdiv', x, L(8, W)),
              A('bvashr', A('bvadd', x, A('bvlshr', A('bvashr', x, top), L(W - 3, W))), L(3, W)),
              [A('bvashr', A('bvadd', x, A('bvand', A('bvashr', x, top), L(7, W))), L(3, W))]))
    P.append(('times-ten', ['x'], A('bvmul', x, L(10, W)),
              A('bvadd', sh('bvshl', x, 3), sh('bvshl', x, 1)),
              [sh('bvshl', A('bvadd', sh('bvshl', x, 2), x), 1)]))
    magic = {32: 0xAAAAAAAB, 64: 0xAAAAAAAAAAAAAAAB}[W]
    P.append(('divide-by-3', ['x'], A('bvudiv', x, L(3, W)),
              A('extract', A('bvlshr', A('bvmul', A('zero_extend', x, idx=(W,)), L(magic, 2 * W)), L(W + 1, 2 * W)),
                idx=(W - 1, 0)),
              []))
    c1, c2, c4, c8 = (L(hexrep(b), W) for b in (0x55, 0x33, 0x0F, 0x01))
    s1 = A('bvsub', x, A('bvand', sh('bvlshr', x, 1), c1))
    P.append(('popcount', ['x'], bits_sum(x),
              ('let', (), (('a', s1),),
               ('let', (), (('b', A('bvadd', A('bvand', V('a'), c2), A('bvand', A('bvlshr', V('a'), L(2, W)), c2))),),
                A('bvlshr', A('bvmul', A('bvand', A('bvadd', V('b'), A('bvlshr', V('b'), L(4, W))), c4), c8),
                  L(W - 8, W)))),
              []))
    P.append(('sign-extend-byte', ['x'], A('sign_extend', A('extract', x, idx=(7, 0)), idx=(W - 8,)),
              A('bvsub', A('bvxor', A('bvand', x, L(0xFF, W)), L(0x80, W)), L(0x80, W)),
              [A('bvashr', sh('bvshl', x, W - 8), L(W - 8, W))]))
    P.append(('rotate-left-5', ['x'], A('rotate_left', x, idx=(5,)),
              A('bvor', sh('bvshl', x, 5), sh('bvlshr', x, W - 5)),
              [A('bvxor', sh('bvshl', x, 5), sh('bvlshr', x, W - 5))]))
    # the borrow of x - y, computed without comparisons (HD 2-12), then x - y or 0
    borrow = A('bvor', A('bvand', A('bvnot', x), y), A('bvand', A('bvnot', A('bvxor', x, y)), A('bvsub', x, y)))
    P.append(('difference-or-zero', ['x', 'y'], A('ite', A('bvuge', x, y), A('bvsub', x, y), zero),
              A('bvand', A('bvsub', x, y), A('bvnot', A('bvashr', borrow, top))),
              [A('ite', A('bvult', x, y), zero, A('bvsub', x, y))]))
    names = []
    k = 1
    while k < W:
        names.append('p%d' % k)
        k *= 2
    body = A('bvand', V(names[-1]), one)
    prev = x
    lets = []
    k = 1
    for n in names:
        lets.append((n, A('bvxor', prev, A('bvlshr', prev, L(k, W)))))
        prev = V(n)
        k *= 2
    for n, value in reversed(lets):
        body = ('let', (), ((n, value),), body)
    P.append(('parity', ['x'], bits_xor(x), body, []))
    return P


# ------------------------------------------------------------------ mutants

def mutants(t, variables, W, rng):
    """Single mutants of t, at most one per kind: (kind, mutant, path of the mutated sub-term)."""
    out = []
    all_paths = list(paths(t))
    bound = bound_names(t)
    sites = [p for p in all_paths if at(t, p)[0] not in ('var', 'lit', 'let', 'ite', 'extract', 'zero_extend',
                                                            'sign_extend', '=') and any(at(t, p)[0] in c for c in CLASSES)]
    if sites:
        p = rng.choice(sites)
        s = at(t, p)
        cls = next(c for c in CLASSES if s[0] in c)
        other = rng.choice([o for o in cls if o != s[0]])
        out.append(('operator-swap', replace(t, p, (other,) + s[1:]), p))
    sites = [p for p in all_paths if at(t, p)[0] in BINARY - COMMUTATIVE and at(t, p)[2] != at(t, p)[3]]
    if sites:
        p = rng.choice(sites)
        s = at(t, p)
        out.append(('operand-swap', replace(t, p, (s[0], s[1], s[3], s[2])), p))
    sites = [p for p in all_paths if at(t, p)[0] == 'lit']
    if sites:
        p = rng.choice(sites)
        s = at(t, p)
        out.append(('constant-off-by-one', replace(t, p, ('lit', (s[1] + rng.choice([1, -1])) % (1 << s[2]), s[2])), p))
    if len(variables) > 1:
        sites = [p for p in all_paths if at(t, p)[0] == 'var' and at(t, p)[1] in variables]
        p = rng.choice(sites)
        s = at(t, p)
        out.append(('variable-swap', replace(t, p, V(rng.choice([v for v in variables if v != s[1]]))), p))
    sites = [p for p in all_paths if at(t, p)[0] != 'let' and width(at(t, p), W) == W
             and not (at(t, p)[0] == 'var' and at(t, p)[1] in bound)]
    p = rng.choice(sites)
    out.append(('inserted-bvnot', replace(t, p, A('bvnot', at(t, p))), p))
    return out


def tests(variables, W, rng):
    edge = [0, 1, 2, 3, (1 << W) - 1, (1 << W) - 2, 1 << (W - 1), (1 << (W - 1)) - 1, (1 << (W - 1)) + 1]
    edge += [1 << i for i in range(W)]
    points = []
    if len(variables) == 1:
        points = [{variables[0]: v} for v in edge]
    else:
        for a in edge:
            for b in edge:
                points.append({variables[0]: a, variables[1]: b})
    for _ in range(3000):
        points.append({v: rng.getrandbits(W) & (rng.getrandbits(W) if rng.random() < 0.3 else (1 << W) - 1)
                       for v in variables})
    return points


def candidate_text(name, variables, W, body, header):
    out = []
    positions = {}
    prefix = '(define-fun f (' + ' '.join('(%s (_ BitVec %d))' % (v, W) for v in variables) + ') (_ BitVec %d)\n  ' % W
    show(body, out, positions, [])
    text = header + prefix + ''.join(out) + ')\n'
    line0 = header.count('\n') + 2
    return text, {p: (line0, 3 + off) for p, off in positions.items()}


def uses_wide(t):
    """Whether t multiplies or divides: at 64 bits Z3 may or may not prove such a program within 10 s a check."""
    return any(at(t, p)[0] in ('bvmul', 'bvudiv', 'bvurem', 'bvsdiv') for p in paths(t))


# Correct programs whose bit-blasted proof is beyond Z3 within 10 s a check but which verify proves by int-blasting
# (the query restated exactly in linear integer arithmetic): dividing by 3 through the magic multiplier needs a
# 2W-bit multiplication by a constant (128 bits at W = 64). Proved at both widths, not merely "proved-or-unknown".
INT_BLASTED = {'divide-by-3'}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else 'sygus-benchmarks/verify-hd'
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    counts = {}
    for W in (32, 64):
        for name, variables, spec, correct, rewrites in programs(W):
            rng = random.Random('%s-%d' % (name, W))
            base = '%s-%d' % (name, W)
            decl = ''.join('(declare-var %s (_ BitVec %d))\n' % (v, W) for v in variables)
            params = ' '.join('(%s (_ BitVec %d))' % (v, W) for v in variables)
            out = []
            show(spec, out, {}, [])
            call = '(f ' + ' '.join(variables) + ')'
            with open(os.path.join(root, base + '.sl'), 'w') as fh:
                fh.write('; %s at %d bits: the specification as a reference expression\n(set-logic BV)\n' % (name, W))
                fh.write('(synth-fun f (%s) (_ BitVec %d))\n%s(constraint (= %s %s))\n(check-synth)\n'
                         % (params, W, decl, call, ''.join(out)))
            points = tests(variables, W, rng)
            want = [ev(spec, p, W) for p in points]

            def agrees(body):
                return all(ev(body, p, W) == w for p, w in zip(points, want))

            cands = [('correct', correct, None, None)] + [('rewrite-%d' % (i + 1), r, None, None)
                                                          for i, r in enumerate(rewrites)]
            for label, body, _, _ in cands:
                if not agrees(body):
                    sys.exit('%s %s disagrees with its specification' % (base, label))
            for kind, body, path in mutants(correct, variables, W, rng):
                cands.append(('mutant-' + kind, body, kind, path))
            for label, body, kind, path in cands:
                expect = 'proved' if agrees(body) else 'counterexample'
                if expect == 'proved' and name in INT_BLASTED:
                    pass
                elif expect == 'proved' and W == 64 and (uses_wide(spec) or uses_wide(body)):
                    expect = 'proved-or-unknown'
                header = '; PROBLEM: %s.sl\n; EXPECT: %s\n' % (base, expect)
                if kind is not None:
                    text, pos = candidate_text(name, variables, W, body, header + '; MUTATED: LINE:COL\n')
                    l, c = pos[tuple(path)]
                    text = text.replace('; MUTATED: LINE:COL', '; MUTATED: %d:%d %s' % (l, c, kind))
                else:
                    text, _ = candidate_text(name, variables, W, body, header)
                with open(os.path.join(root, '%s.%s.fun' % (base, label)), 'w') as fh:
                    fh.write(text)
                counts[expect] = counts.get(expect, 0) + 1
    print(root, counts)


if __name__ == '__main__':
    main()
