package org.neurocegis.cegis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Certificate;

/** Each strategy on its own, given points directly (no Z3 in the loop). */
class StrategiesTest {
    private static Strategy.Context context() {
        return new Strategy.Context(new UniformProposer(), System.nanoTime() + 10_000_000_000L, new Stats(), null);
    }

    private static List<Map<String, Value>> xs(long... values) {
        List<Map<String, Value>> points = new ArrayList<>();
        for (long v : values) points.add(Map.of("x", Value.of(v)));
        return points;
    }

    private static EnumerativeSearch enumeration(Problem p) {
        Problem.Specification spec = p.specification();
        SynthFun f = p.synthFuns().get(0);
        Obligations o = Obligations.of(spec, p.definitionsByName(), Set.of(f.name()));
        return new EnumerativeSearch(p, f, f.grammar().orElseThrow(), o, spec);
    }

    /** Whether the functions meet every constraint at every point, on the exact evaluator. */
    private static boolean meets(Problem p, Map<String, FunctionDefinition> functions, List<Map<String, Value>> points) {
        Map<String, FunctionDefinition> all = new java.util.HashMap<>(p.definitionsByName());
        all.putAll(functions);
        Evaluator e = new Evaluator(all);
        for (Map<String, Value> point : points) {
            for (Term c : p.specification().constraints()) {
                if (!((Value.BoolValue) e.eval(c, point)).value()) return false;
            }
        }
        return true;
    }

    @Test
    void enumerationProposesATermThatMeetsEveryPoint() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))"
                + "(declare-var x Int)(constraint (>= (f x) (+ x x 2)))(check-synth)");
        List<Map<String, Value>> points = xs(0, 3, -4);
        var candidate = assertInstanceOf(Strategy.Proposal.Candidate.class, enumeration(p).propose(points, context()));
        assertTrue(meets(p, candidate.functions(), points), candidate.functions().toString());
    }

    @Test
    void enumerationUnifiesWithTheGrammarsConditional() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int) (B Bool))"
                + "((Start Int (x 0 (- x) (ite B Start Start))) (B Bool ((<= Start Start)))))"
                + "(declare-var x Int)(constraint (= (f x) (abs x)))(check-synth)");
        List<Map<String, Value>> points = xs(0, 3, -4, 7, -1);
        var candidate = assertInstanceOf(Strategy.Proposal.Candidate.class, enumeration(p).propose(points, context()));
        assertTrue(meets(p, candidate.functions(), points));
    }

    @Test
    void enumerationCertifiesAnExhaustedFiniteGrammar() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (0 1 x (+ x 1)))))"
                + "(declare-var x Int)(constraint (= (f x) (+ x 2)))(check-synth)");
        var exhausted = assertInstanceOf(Strategy.Proposal.Exhausted.class, enumeration(p).propose(xs(0, 5), context()));
        var certificate = assertInstanceOf(Certificate.Exhaustion.class, exhausted.certificate());
        assertEquals(2, certificate.points().size());
        assertEquals(2, certificate.inputs().size());
    }

    @Test
    void enumerationNeverClaimsExhaustionOverAnyConstant() throws ParseException {
        Problem p = SygusParser.parse("(set-logic BV)(synth-fun f ((x (_ BitVec 4))) (_ BitVec 4) ((Start (_ BitVec 4)))"
                + "((Start (_ BitVec 4) ((Constant (_ BitVec 4))))))"
                + "(declare-var x (_ BitVec 4))(constraint (= (f x) x))(check-synth)");
        List<Map<String, Value>> points = List.of(Map.of("x", Value.BitVecValue.of(4, 3)), Map.of("x", Value.BitVecValue.of(4, 9)));
        assertInstanceOf(Strategy.Proposal.Pass.class, enumeration(p).propose(points, context()));
    }

    @Test
    void enumerationAddsTheInputsThatNestedCallsReach() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int) (Rest Int))"
                + "((Start Int ((ite (= x 5) 6 Rest))) (Rest Int (x (ite (= x 6) 5 x)))))"
                + "(declare-var x Int)(constraint (= (f (f x)) x))(check-synth)");
        List<Map<String, Value>> points = xs(5);
        var candidate = assertInstanceOf(Strategy.Proposal.Candidate.class, enumeration(p).propose(points, context()));
        assertTrue(meets(p, candidate.functions(), points), candidate.functions().toString());
    }

    @Test
    void theSpecificationsDefinitionIsProposedOnceThenPasses() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int)(declare-var y Int)"
                + "(constraint (= (f y) (+ y 7)))(check-synth)");
        SpecificationDefinition s = new SpecificationDefinition(p, p.synthFuns().get(0));
        var candidate = assertInstanceOf(Strategy.Proposal.Candidate.class, s.propose(List.of(), context()));
        assertEquals("(+ x 7)", candidate.functions().get("f").body().toString());
        assertInstanceOf(Strategy.Proposal.Pass.class, s.propose(List.of(), context()));
    }

    @Test
    void theSpecificationsDefinitionPassesWhereTheGrammarForbidsIt() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 1 (- Start Start)))))"
                + "(declare-var y Int)(constraint (= (f y) (+ y 7)))(check-synth)");
        SpecificationDefinition s = new SpecificationDefinition(p, p.synthFuns().get(0));
        assertInstanceOf(Strategy.Proposal.Pass.class, s.propose(List.of(), context()));
    }

    @Test
    void theJointSearchProposesATupleThatMeetsEveryPoint() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))"
                + "(synth-fun g ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))"
                + "(declare-var x Int)(constraint (= (+ (f x) (g x)) (+ x x x 1)))(constraint (= (f x) (+ x 1)))(check-synth)");
        Obligations o = Obligations.of(p.specification(), p.definitionsByName(), Set.of("f", "g"));
        List<SynthFun> fs = p.synthFuns();
        JointSearch joint = new JointSearch(p, fs, List.of(fs.get(0).grammar().get(), fs.get(1).grammar().get()), o);
        List<Map<String, Value>> points = xs(0, 2, -3);
        var candidate = assertInstanceOf(Strategy.Proposal.Candidate.class, joint.propose(points, context()));
        assertTrue(meets(p, candidate.functions(), points), candidate.functions().toString());
    }
}
