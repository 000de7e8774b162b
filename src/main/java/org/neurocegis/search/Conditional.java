package org.neurocegis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;

/**
 * A production of the start symbol that chooses between two start terms on a condition: {@code (ite B S S)}, or a
 * call of a defined function whose body is such an ite over its parameters (e.g. ICFP's
 * {@code (if0 c a b) = (ite (= c 1) a b)}). Unification builds its decision trees out of these.
 */
public final class Conditional {
    private final int conditionNt;
    private final Term template;
    private final VectorProgram predicate; // over one input column: the condition term's vector

    private Conditional(int conditionNt, Term template, VectorProgram predicate) {
        this.conditionNt = conditionNt;
        this.template = template;
        this.predicate = predicate;
    }

    /** The non-terminal whose terms serve as conditions. */
    public int conditionNt() {
        return conditionNt;
    }

    /** The conditional productions of the start symbol whose branches are both the start symbol. */
    public static List<Conditional> of(CompiledGrammar g, Map<String, FunctionDefinition> defs) {
        List<Conditional> result = new ArrayList<>();
        for (CompiledGrammar.Rule r : g.rules(0)) {
            int[] kids = r.children();
            if (kids.length != 3 || kids[1] != 0 || kids[2] != 0) continue;
            Term t = r.template();
            if (t instanceof Term.App a && a.op() == Op.ITE && allHoles(a.args())) {
                Term.Var c = new Term.Var("c", g.sort(kids[0]));
                result.add(new Conditional(kids[0], t, VectorProgram.compile(c, List.of(c), defs)));
            } else if (t instanceof Term.Call call && allHoles(call.args())) {
                FunctionDefinition f = defs.get(call.function());
                if (f != null && f.body() instanceof Term.App body && body.op() == Op.ITE
                        && body.args().get(1).equals(f.params().get(1)) && body.args().get(2).equals(f.params().get(2))
                        && !Terms.mentionsVar(body.args().get(0), f.params().get(1).name())
                        && !Terms.mentionsVar(body.args().get(0), f.params().get(2).name())) {
                    VectorProgram p = VectorProgram.compile(body.args().get(0), List.of(f.params().get(0)), defs);
                    if (p != null) result.add(new Conditional(kids[0], t, p));
                }
            }
        }
        return result;
    }

    private static boolean allHoles(List<Term> args) {
        for (Term a : args) if (!(a instanceof Term.Hole)) return false;
        return true;
    }

    /** Per input, whether the condition holds when its argument is term {@code termId} of the enumerator. */
    public boolean[] holds(Enumerator e, int termId) {
        int m = e.inputCount();
        VectorProgram.Context ctx = new VectorProgram.Context();
        ctx.m = m;
        ctx.inputs = new long[][] {e.vector(termId)};
        long[] out = new long[m];
        boolean[] result = new boolean[m];
        if (!predicate.evalInto(ctx, out, 0)) return result;
        for (int i = 0; i < m; i++) result[i] = out[i] != 0;
        return result;
    }

    /** The conditional term choosing {@code yes} where {@code condition} holds, else {@code no}. */
    public Term build(Term condition, Term yes, Term no) {
        if (template instanceof Term.App) return Term.app(Op.ITE, condition, yes, no);
        Term.Call call = (Term.Call) template;
        return new Term.Call(call.function(), List.of(condition, yes, no), call.sort());
    }
}
