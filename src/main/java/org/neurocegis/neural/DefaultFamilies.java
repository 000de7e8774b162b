package org.neurocegis.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;

/** Signatures whose default grammar is a training family of its own (problems that give no grammar use it). */
final class DefaultFamilies {
    private DefaultFamilies() {}

    static List<Problem> all() {
        List<Problem> out = new ArrayList<>();
        for (int w : new int[] {8, 16, 32, 64}) {
            for (int n = 1; n <= 3; n++) out.add(problem("BV", params(n, new Sort.BitVecSort(w)), new Sort.BitVecSort(w)));
        }
        for (int n = 1; n <= 4; n++) out.add(problem("LIA", params(n, Sort.INT), Sort.INT));
        for (int n = 2; n <= 3; n++) out.add(problem("LIA", params(n, Sort.INT), Sort.BOOL));
        return out;
    }

    static String name(Problem p) {
        SynthFun f = p.synthFuns().get(0);
        return p.logic() + "-" + f.params().size() + "-" + f.returnSort().toString().replace(' ', '_');
    }

    private static List<Term.Var> params(int n, Sort s) {
        List<Term.Var> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(new Term.Var("x" + i, s));
        return ps;
    }

    private static Problem problem(String logic, List<Term.Var> params, Sort ret) {
        SynthFun f = new SynthFun("f", params, ret, Optional.empty(), false);
        return new Problem(logic, List.of(), List.of(), List.of(), List.of(f), List.of(), List.of(), List.of());
    }
}
