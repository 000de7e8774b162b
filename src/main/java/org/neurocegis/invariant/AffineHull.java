package org.neurocegis.invariant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The affine hull of points, in exact integer arithmetic: the linear equalities {@code a·x = c} that every point
 * meets (a basis of them), found by Gaussian elimination of the rows {@code [x, 1]}.
 */
final class AffineHull {
    private AffineHull() {}

    /** At most this many equalities are returned (few points leave a large hull of chance equalities). */
    private static final int MAX_EQUALITIES = 40;

    /**
     * A basis of the equalities over {@code vars} met by all {@code points}, each as coefficients
     * {@code a_1 .. a_n, a_0} with {@code a·x + a_0 = 0}, integers without a common factor.
     */
    static List<BigInteger[]> basis(List<BigInteger[]> points) {
        if (points.isEmpty()) return List.of();
        int n = points.get(0).length;
        List<BigInteger[]> rows = new ArrayList<>();
        for (BigInteger[] p : points) {
            BigInteger[] r = new BigInteger[n + 1];
            System.arraycopy(p, 0, r, 0, n);
            r[n] = BigInteger.ONE;
            rows.add(r);
        }
        int cols = n + 1;
        List<Integer> pivots = new ArrayList<>();
        int rank = 0;
        for (int c = 0; c < cols && rank < rows.size(); c++) {
            int found = -1;
            for (int r = rank; r < rows.size(); r++) if (rows.get(r)[c].signum() != 0) { found = r; break; }
            if (found < 0) continue;
            BigInteger[] pivot = rows.get(found);
            rows.set(found, rows.get(rank));
            rows.set(rank, pivot);
            for (int r = 0; r < rows.size(); r++) {
                if (r == rank || rows.get(r)[c].signum() == 0) continue;
                BigInteger[] row = rows.get(r);
                BigInteger f = row[c], p = pivot[c];
                for (int k = 0; k < cols; k++) row[k] = row[k].multiply(p).subtract(pivot[k].multiply(f));
                normalise(row);
            }
            pivots.add(c);
            rank++;
        }
        List<BigInteger[]> basis = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (pivots.contains(free)) continue;
            // v_free = L, v_pivot(r) = -row[free] * L / row[pivot], L the lcm of the pivots' entries
            BigInteger l = BigInteger.ONE;
            for (int r = 0; r < rank; r++) {
                BigInteger p = rows.get(r)[pivots.get(r)].abs();
                l = l.divide(l.gcd(p)).multiply(p);
            }
            BigInteger[] v = new BigInteger[cols];
            java.util.Arrays.fill(v, BigInteger.ZERO);
            v[free] = l;
            for (int r = 0; r < rank; r++) {
                BigInteger[] row = rows.get(r);
                v[pivots.get(r)] = row[free].negate().multiply(l).divide(row[pivots.get(r)]);
            }
            normalise(v);
            basis.add(v);
            if (basis.size() >= MAX_EQUALITIES) break;
        }
        return basis;
    }

    /** The equalities of the affine hull of the samples' values of {@code ints}, as terms. */
    static List<Term> equalities(List<Term.Var> ints, List<Term.Var> state, List<List<Value>> samples) {
        if (ints.isEmpty() || samples.isEmpty()) return List.of();
        List<BigInteger[]> points = new ArrayList<>();
        for (List<Value> s : samples) {
            BigInteger[] p = new BigInteger[ints.size()];
            for (int i = 0; i < ints.size(); i++) p[i] = ((Value.IntValue) s.get(state.indexOf(ints.get(i)))).value();
            points.add(p);
        }
        List<Term> out = new ArrayList<>();
        for (BigInteger[] v : basis(points)) {
            List<Term> sum = new ArrayList<>();
            for (int i = 0; i < ints.size(); i++) {
                if (v[i].signum() == 0) continue;
                sum.add(v[i].equals(BigInteger.ONE) ? ints.get(i) : Term.app(Op.MUL, Term.lit(Value.of(v[i])), ints.get(i)));
            }
            if (sum.isEmpty()) continue;
            Term lhs = sum.size() == 1 ? sum.get(0) : Term.app(Op.ADD, List.of(), sum);
            out.add(Term.app(Op.EQ, lhs, Term.lit(Value.of(v[ints.size()].negate()))));
        }
        return out;
    }

    private static void normalise(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : row) g = g.gcd(x);
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) return;
        for (int k = 0; k < row.length; k++) row[k] = row[k].divide(g);
    }
}
