package org.neurocegis.sygus;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sexpr.Position;
import org.neurocegis.sexpr.SExpr;
import org.neurocegis.sexpr.SExprReader;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.SortException;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Parses SyGuS-IF v2.1 and v1 into a sort-checked {@link Problem}. Every error is a {@link ParseException} at the
 * position of the offending expression; features outside BV, LIA and Core are refused by name.
 */
public final class SygusParser {
    /** Every SyGuS-IF logic made of the theories we have: Core (SAT), bit-vectors and integers. */
    private static final Set<String> SUPPORTED_LOGICS = Set.of(
            "SAT", "BV", "QF_BV", "LIA", "QF_LIA", "CLIA", "QF_CLIA", "NIA", "QF_NIA", "BVLIA", "QF_BVLIA", "LIABV");

    private String logic;
    private final List<String> settings = new ArrayList<>();
    private final Map<String, Term.Var> variables = new LinkedHashMap<>();
    private final Map<String, FunctionDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, SynthFun> synthFuns = new LinkedHashMap<>();
    private final Map<String, Sort> sortAliases = new HashMap<>();
    private final List<Term> constraints = new ArrayList<>();
    private final List<Term> assumes = new ArrayList<>();
    private final List<InvConstraint> invConstraints = new ArrayList<>();
    private final List<Position> constraintPositions = new ArrayList<>();
    private final List<Position> invPositions = new ArrayList<>();

    /** Where each constraint, then each inv-constraint, was in the text. */
    private List<Position> origins() {
        List<Position> all = new ArrayList<>(constraintPositions);
        all.addAll(invPositions);
        return all;
    }
    /** The function whose body or grammar is being parsed: it is not declared yet, so a use of it needs its own message. */
    private String declaring;

    private SygusParser() {}

    public static Problem parse(String text) throws ParseException {
        SygusParser parser = new SygusParser();
        if (text.indexOf('\0') >= 0) {
            throw new ParseException(Position.of(text, text.indexOf('\0')), "binary data (a NUL byte) is not SyGuS-IF text");
        }
        List<SExpr> commands = SExprReader.readAll(text);
        if (commands.isEmpty()) throw new ParseException(new Position(1, 1), "empty input: expected SyGuS-IF commands");
        for (SExpr command : commands) parser.command(command);
        return new Problem(parser.logic, parser.settings, List.copyOf(parser.variables.values()),
                List.copyOf(parser.definitions.values()), List.copyOf(parser.synthFuns.values()),
                parser.constraints, parser.assumes, parser.invConstraints, parser.origins());
    }

    /**
     * Parses a check-synth answer for {@code problem}: {@code ((define-fun ...)+)} or bare define-funs, one for each
     * function to synthesise, each with the declared parameter and return sorts. Bodies may call the problem's
     * defined functions. The parameters may have other names than the synth-fun's (an alpha-equivalent answer): each
     * definition comes back with the synth-fun's own parameters, renamed by position, so that the grammar's
     * variables and {@code (Variable S)} see them (unless a new name would shadow a function the body calls: then
     * the answer keeps its own). A different number of parameters, or a different sort, is an error.
     */
    public static Map<String, FunctionDefinition> parseSolution(Problem problem, String text) throws ParseException {
        return parseCandidate(problem, text).functions();
    }

    /** {@link #parseSolution}, keeping the text of each body for positions in messages about its sub-terms. */
    public static Candidate parseCandidate(Problem problem, String text) throws ParseException {
        if (text.indexOf('\0') >= 0) {
            throw new ParseException(Position.of(text, text.indexOf('\0')), "binary data (a NUL byte) is not SyGuS-IF text");
        }
        SygusParser parser = new SygusParser();
        for (FunctionDefinition d : problem.definitions()) parser.definitions.put(d.name(), d);
        List<SExpr> items = SExprReader.readAll(text);
        if (items.size() == 1 && items.get(0) instanceof SExpr.SList outer && !"define-fun".equals(outer.head())) {
            items = outer.items();
        }
        if (items.isEmpty()) throw new ParseException(new Position(1, 1), "expected ((define-fun ...)+)");
        Map<String, FunctionDefinition> result = new LinkedHashMap<>();
        Map<String, SExpr> bodies = new HashMap<>();
        for (SExpr item : items) {
            if (!(item instanceof SExpr.SList def) || !"define-fun".equals(def.head()) || def.size() != 5) {
                throw new ParseException(item.pos(), "expected (define-fun <name> ((<param> <sort>)*) <sort> <term>), got " + item);
            }
            String name = symbolName(def.get(1), "a function name");
            SynthFun f = problem.synthFun(name);
            if (f == null) throw new ParseException(def.get(1).pos(), name + " is not a function to synthesise");
            if (result.containsKey(name)) throw new ParseException(def.get(1).pos(), "two solutions for " + name);
            List<Term.Var> params = parser.params(def.get(2));
            if (params.size() != f.params().size()) {
                throw new ParseException(def.get(2).pos(), name + " has " + f.params().size() + " parameter"
                        + (f.params().size() == 1 ? "" : "s") + (f.params().isEmpty() ? "" : " " + signature(f.params()))
                        + ", but the answer gives it " + params.size() + (params.isEmpty() ? "" : ": " + signature(params)));
            }
            for (int i = 0; i < params.size(); i++) {
                Term.Var given = params.get(i);
                Term.Var declared = f.params().get(i);
                if (!given.sort().equals(declared.sort())) {
                    throw new ParseException(def.get(2).pos(), "parameter " + (i + 1) + " of " + name + ", "
                            + given.name() + ", has sort " + given.sort() + ", but the synth-fun's " + declared.name()
                            + " has sort " + declared.sort());
                }
            }
            Sort returnSort = parser.sort(def.get(3));
            if (!returnSort.equals(f.returnSort())) {
                throw new ParseException(def.get(3).pos(), name + " must return " + f.returnSort());
            }
            Term body = parser.term(def.get(4), Scope.EMPTY.withAll(params), null);
            if (!body.sort().equals(returnSort)) {
                throw new ParseException(def.get(4).pos(), "the body of " + name + " has sort " + body.sort());
            }
            bodies.put(name, def.get(4));
            Term renamed = toDeclaredNames(body, params, f);
            result.put(name, renamed != null ? new FunctionDefinition(name, f.params(), returnSort, renamed)
                    : new FunctionDefinition(name, params, returnSort, body));
        }
        for (SynthFun f : problem.synthFuns()) {
            if (!result.containsKey(f.name())) throw new ParseException(new Position(1, 1), "no solution for " + f.name());
        }
        return new Candidate(result, bodies);
    }

    /**
     * {@code body}, written over {@code params}, rewritten over {@code f}'s parameters (same count and sorts) by
     * position; null when that cannot be done because the body calls a function that one of the synth-fun's
     * parameter names would shadow. The answer then keeps its own names: it is still proved as written, and it cannot
     * derive from a grammar anyway (inside the synth-fun, that name is the parameter, so no grammar can call the
     * function).
     */
    private static Term toDeclaredNames(Term body, List<Term.Var> params, SynthFun f) {
        Map<String, Term.Var> renaming = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            if (!params.get(i).name().equals(f.params().get(i).name())) renaming.put(params.get(i).name(), f.params().get(i));
        }
        if (renaming.isEmpty()) return body;
        Set<String> called = new java.util.HashSet<>();
        calledFunctions(body, called);
        for (Term.Var to : renaming.values()) if (called.contains(to.name())) return null;
        return Terms.renameFree(body, renaming);
    }

    private static void calledFunctions(Term term, Set<String> into) {
        Terms.forEachSubterm(term, t -> {
            if (t instanceof Term.Call c) into.add(c.function());
        });
    }

    /** {@code (x Int) (y Int)}: the parameters as a parameter list writes them, without the outer parentheses. */
    private static String signature(List<Term.Var> params) {
        StringBuilder sb = new StringBuilder();
        for (Term.Var p : params) {
            if (sb.length() > 0) sb.append(' ');
            sb.append('(').append(p.name()).append(' ').append(p.sort()).append(')');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- commands

    private void command(SExpr e) throws ParseException {
        if (!(e instanceof SExpr.SList list) || list.size() == 0) {
            throw new ParseException(e.pos(), "expected a command such as (synth-fun ...), got " + e);
        }
        String head = list.head();
        if (head == null) throw new ParseException(list.get(0).pos(), "expected a command name");
        switch (head) {
            case "set-logic" -> setLogic(list);
            case "set-option", "set-info", "set-feature", "set-options" -> settings.add(list.toString());
            case "declare-var" -> declareVar(list);
            case "declare-primed-var" -> declarePrimedVar(list);
            case "declare-fun" -> declareFun(list);
            case "define-fun" -> defineFun(list);
            case "define-sort" -> defineSort(list);
            case "synth-fun" -> synthFun(list, false);
            case "synth-inv" -> synthFun(list, true);
            case "constraint" -> {
                constraints.add(boolTerm(list, "constraint"));
                constraintPositions.add(list.pos());
            }
            case "assume" -> assumes.add(boolTerm(list, "assume"));
            case "inv-constraint" -> invConstraint(list);
            case "check-synth" -> expectSize(list, 1, "(check-synth)");
            case "declare-datatype", "declare-datatypes", "declare-codatatypes" ->
                    throw new ParseException(list.pos(), "unsupported feature: algebraic datatypes (" + head + ")");
            case "define-fun-rec", "define-funs-rec" ->
                    throw new ParseException(list.pos(), "unsupported feature: recursive functions (" + head + ")");
            case "optimize-synth", "declare-weight" ->
                    throw new ParseException(list.pos(), "unsupported feature: optimisation objectives (" + head + ")");
            case "chc-constraint", "declare-oracle-fun", "oracle-constraint", "oracle-assume",
                    "oracle-constraint-io", "oracle-constraint-cex", "oracle-constraint-membership",
                    "oracle-constraint-poswitness", "oracle-constraint-negwitness", "declare-correctness-oracle",
                    "declare-correctness-cex-oracle" ->
                    throw new ParseException(list.pos(), "unsupported feature: " + head);
            case "synth-pbe" ->
                    throw new ParseException(list.pos(), "unsupported feature: synth-pbe");
            default -> throw new ParseException(list.get(0).pos(), "unknown command " + head);
        }
    }

    private void setLogic(SExpr.SList list) throws ParseException {
        expectSize(list, 2, "(set-logic <logic>)");
        String name = symbolName(list.get(1), "a logic name");
        if (!SUPPORTED_LOGICS.contains(name)) {
            throw new ParseException(list.get(1).pos(), "unsupported logic " + name
                    + ": NeuroCEGIS handles SAT, BV, LIA and NIA (and their QF_ and CLIA variants)");
        }
        if (logic != null) throw new ParseException(list.pos(), "the logic is already set to " + logic);
        logic = name;
    }

    private void declareVar(SExpr.SList list) throws ParseException {
        expectSize(list, 3, "(declare-var <name> <sort>)");
        String name = symbolName(list.get(1), "a variable name");
        addVariable(list.get(1), name, sort(list.get(2)));
    }

    private void declarePrimedVar(SExpr.SList list) throws ParseException {
        expectSize(list, 3, "(declare-primed-var <name> <sort>)");
        String name = symbolName(list.get(1), "a variable name");
        Sort s = sort(list.get(2));
        addVariable(list.get(1), name, s);
        addVariable(list.get(1), name + "!", s);
    }

    /** SyGuS v1 allowed {@code (declare-fun x () S)} for a universally quantified variable. */
    private void declareFun(SExpr.SList list) throws ParseException {
        expectSize(list, 4, "(declare-fun <name> () <sort>)");
        String name = symbolName(list.get(1), "a function name");
        if (!(list.get(2) instanceof SExpr.SList params) || params.size() != 0) {
            throw new ParseException(list.get(2).pos(), "unsupported feature: uninterpreted functions (declare-fun " + name + ")");
        }
        addVariable(list.get(1), name, sort(list.get(3)));
    }

    private void addVariable(SExpr at, String name, Sort sort) throws ParseException {
        checkFresh(at, name);
        variables.put(name, new Term.Var(name, sort));
    }

    private void checkFresh(SExpr at, String name) throws ParseException {
        if (variables.containsKey(name) || definitions.containsKey(name) || synthFuns.containsKey(name)) {
            throw new ParseException(at.pos(), "symbol " + name + " is already declared");
        }
        if (Op.byName(name) != null || name.equals("true") || name.equals("false")) {
            throw new ParseException(at.pos(), "symbol " + name + " is a built-in and cannot be redeclared");
        }
    }

    private void defineFun(SExpr.SList list) throws ParseException {
        expectSize(list, 5, "(define-fun <name> ((<param> <sort>)*) <sort> <term>)");
        String name = symbolName(list.get(1), "a function name");
        checkFresh(list.get(1), name);
        List<Term.Var> params = params(list.get(2));
        Sort returnSort = sort(list.get(3));
        Scope scope = Scope.EMPTY.withAll(params);
        declaring = name;
        Term body = term(list.get(4), scope, null);
        declaring = null;
        if (!body.sort().equals(returnSort)) {
            throw new ParseException(list.get(4).pos(), "the body of " + name + " has sort " + body.sort()
                    + ", but its declared sort is " + returnSort);
        }
        definitions.put(name, new FunctionDefinition(name, params, returnSort, body));
    }

    private void defineSort(SExpr.SList list) throws ParseException {
        // v2.1: (define-sort N S); SMT-LIB and v1: (define-sort N () S)
        if (list.size() != 3 && list.size() != 4) {
            throw new ParseException(list.pos(), "expected (define-sort <name> <sort>)");
        }
        String name = symbolName(list.get(1), "a sort name");
        if (list.size() == 4 && (!(list.get(2) instanceof SExpr.SList ps) || ps.size() != 0)) {
            throw new ParseException(list.get(2).pos(), "unsupported feature: parametric sorts (define-sort " + name + ")");
        }
        if (sortAliases.containsKey(name)) throw new ParseException(list.get(1).pos(), "sort " + name + " is already defined");
        sortAliases.put(name, sort(list.get(list.size() - 1)));
    }

    private void synthFun(SExpr.SList list, boolean invariant) throws ParseException {
        String what = invariant ? "synth-inv" : "synth-fun";
        int fixed = invariant ? 3 : 4;
        if (list.size() != fixed && list.size() != fixed + 1 && list.size() != fixed + 2) {
            throw new ParseException(list.pos(), invariant
                    ? "expected (synth-inv <name> ((<param> <sort>)*) [<grammar>])"
                    : "expected (synth-fun <name> ((<param> <sort>)*) <sort> [<grammar>])");
        }
        String name = symbolName(list.get(1), "a function name");
        checkFresh(list.get(1), name);
        List<Term.Var> params = params(list.get(2));
        Sort returnSort = invariant ? Sort.BOOL : sort(list.get(3));
        Optional<Grammar> grammar = Optional.empty();
        if (list.size() > fixed) {
            declaring = name;
            grammar = Optional.of(grammar(list.items().subList(fixed, list.size()), params, returnSort, list));
            declaring = null;
        }
        synthFuns.put(name, new SynthFun(name, params, returnSort, grammar, invariant));
    }

    private Term boolTerm(SExpr.SList list, String what) throws ParseException {
        expectSize(list, 2, "(" + what + " <term>)");
        Term t = term(list.get(1), Scope.EMPTY, null);
        if (!t.sort().equals(Sort.BOOL)) {
            throw new ParseException(list.get(1).pos(), what + " expects a Bool term, got one of sort " + t.sort());
        }
        return t;
    }

    private void invConstraint(SExpr.SList list) throws ParseException {
        expectSize(list, 5, "(inv-constraint <inv> <pre> <trans> <post>)");
        String inv = symbolName(list.get(1), "an invariant name");
        SynthFun f = synthFuns.get(inv);
        if (f == null || !f.invariant()) {
            throw new ParseException(list.get(1).pos(), inv + " is not declared by synth-inv");
        }
        List<Sort> state = new ArrayList<>();
        for (Term.Var p : f.params()) state.add(p.sort());
        List<Sort> twice = new ArrayList<>(state);
        twice.addAll(state);
        String pre = predicate(list.get(2), state, "pre-condition");
        String trans = predicate(list.get(3), twice, "transition relation");
        String post = predicate(list.get(4), state, "post-condition");
        invConstraints.add(new InvConstraint(inv, pre, trans, post));
        invPositions.add(list.pos());
    }

    private String predicate(SExpr e, List<Sort> sorts, String role) throws ParseException {
        String name = symbolName(e, "the name of a defined function (" + role + ")");
        FunctionDefinition d = definitions.get(name);
        if (d == null) throw new ParseException(e.pos(), "undeclared function " + name + " (" + role + ")");
        List<Sort> actual = new ArrayList<>();
        for (Term.Var p : d.params()) actual.add(p.sort());
        if (!d.returnSort().equals(Sort.BOOL) || !actual.equals(sorts)) {
            throw new ParseException(e.pos(), "the " + role + " " + name + " must take " + sorts.size()
                    + " arguments of sorts " + sorts + " and return Bool");
        }
        return name;
    }

    // ---------------------------------------------------------------- sorts and params

    private Sort sort(SExpr e) throws ParseException {
        if (e instanceof SExpr.Symbol s) {
            switch (s.name()) {
                case "Bool": return Sort.BOOL;
                case "Int": return Sort.INT;
                case "Real": throw new ParseException(e.pos(), "unsupported sort Real (theory of reals)");
                case "String": throw new ParseException(e.pos(), "unsupported sort String (theory of strings)");
                case "RegLan": throw new ParseException(e.pos(), "unsupported sort RegLan (theory of strings)");
                default:
                    Sort alias = sortAliases.get(s.name());
                    if (alias != null) return alias;
                    throw new ParseException(e.pos(), "unknown sort " + s.name());
            }
        }
        if (e instanceof SExpr.SList l && l.size() > 0) {
            String head = l.head();
            // v2: (_ BitVec n); v1: (BitVec n)
            if ("_".equals(head) && l.size() == 3 && l.get(1) instanceof SExpr.Symbol s && s.name().equals("BitVec")) {
                return Sort.bitVec(width(l.get(2)));
            }
            if ("BitVec".equals(head) && l.size() == 2) return Sort.bitVec(width(l.get(1)));
            if ("Array".equals(head)) throw new ParseException(e.pos(), "unsupported sort " + l + " (theory of arrays)");
            if ("Enum".equals(head)) throw new ParseException(e.pos(), "unsupported sort " + l + " (enumerated types)");
            if ("_".equals(head) && l.size() > 1 && l.get(1) instanceof SExpr.Symbol s
                    && (s.name().equals("FloatingPoint") || s.name().startsWith("Float"))) {
                throw new ParseException(e.pos(), "unsupported sort " + l + " (theory of floating point)");
            }
        }
        throw new ParseException(e.pos(), "expected a sort (Bool, Int or (_ BitVec n)), got " + e);
    }

    private int width(SExpr e) throws ParseException {
        if (e instanceof SExpr.Numeral n && n.value().signum() > 0 && n.value().bitLength() < 24) {
            return n.value().intValue();
        }
        throw new ParseException(e.pos(), "expected a positive bit-vector width, got " + e);
    }

    private List<Term.Var> params(SExpr e) throws ParseException {
        if (!(e instanceof SExpr.SList list)) {
            throw new ParseException(e.pos(), "expected a parameter list ((<name> <sort>)*), got " + e);
        }
        List<Term.Var> params = new ArrayList<>();
        for (SExpr p : list.items()) {
            if (!(p instanceof SExpr.SList pair) || pair.size() != 2) {
                throw new ParseException(p.pos(), "expected a parameter (<name> <sort>), got " + p);
            }
            String name = symbolName(pair.get(0), "a parameter name");
            for (Term.Var other : params) {
                if (other.name().equals(name)) throw new ParseException(pair.get(0).pos(), "duplicate parameter " + name);
            }
            params.add(new Term.Var(name, sort(pair.get(1))));
        }
        return params;
    }

    // ---------------------------------------------------------------- grammars

    private Grammar grammar(List<SExpr> parts, List<Term.Var> params, Sort returnSort, SExpr.SList at)
            throws ParseException {
        List<NonTerminalDecl> decls = new ArrayList<>();
        List<SExpr.SList> ruleLists = new ArrayList<>();
        if (parts.size() == 2) {
            // v2: ((N S)*) ((N S (g*))*)
            SExpr.SList declared = list(parts.get(0), "a list of non-terminal declarations ((<name> <sort>)*)");
            SExpr.SList rules = list(parts.get(1), "a list of grouped rules ((<name> <sort> (<term>*))*)");
            for (SExpr d : declared.items()) {
                SExpr.SList pair = list(d, "a non-terminal declaration (<name> <sort>)");
                if (pair.size() != 2) throw new ParseException(pair.pos(), "expected a non-terminal declaration (<name> <sort>)");
                decls.add(new NonTerminalDecl(symbolName(pair.get(0), "a non-terminal name"), sort(pair.get(1)), pair.get(0)));
            }
            for (SExpr r : rules.items()) ruleLists.add(list(r, "a grouped rule (<name> <sort> (<term>*))"));
            if (ruleLists.size() != decls.size()) {
                throw new ParseException(rules.pos(), "the grammar declares " + decls.size()
                        + " non-terminals but gives rules for " + ruleLists.size());
            }
        } else {
            // v1: ((N S (g*))*)
            SExpr.SList rules = list(parts.get(0), "a grammar ((<name> <sort> (<term>*))*)");
            for (SExpr r : rules.items()) {
                SExpr.SList rule = list(r, "a grouped rule (<name> <sort> (<term>*))");
                if (rule.size() != 3) throw new ParseException(rule.pos(), "expected a grouped rule (<name> <sort> (<term>*))");
                decls.add(new NonTerminalDecl(symbolName(rule.get(0), "a non-terminal name"), sort(rule.get(1)), rule.get(0)));
                ruleLists.add(rule);
            }
        }
        if (decls.isEmpty()) throw new ParseException(at.pos(), "a grammar needs at least one non-terminal");
        Map<String, Sort> nts = new LinkedHashMap<>();
        for (NonTerminalDecl d : decls) {
            if (nts.put(d.name, d.sort) != null) throw new ParseException(d.at.pos(), "duplicate non-terminal " + d.name);
        }
        if (!decls.get(0).sort.equals(returnSort)) {
            throw new ParseException(decls.get(0).at.pos(), "the start symbol " + decls.get(0).name + " has sort "
                    + decls.get(0).sort + ", but the function returns " + returnSort);
        }
        Scope scope = Scope.EMPTY.withAll(params);
        List<NonTerminal> result = new ArrayList<>();
        for (int i = 0; i < decls.size(); i++) {
            NonTerminalDecl d = decls.get(i);
            SExpr.SList rule = ruleLists.get(i);
            if (rule.size() != 3) throw new ParseException(rule.pos(), "expected a grouped rule (<name> <sort> (<term>*))");
            String name = symbolName(rule.get(0), "a non-terminal name");
            if (!name.equals(d.name)) {
                throw new ParseException(rule.get(0).pos(), "expected the rules of non-terminal " + d.name + ", got " + name);
            }
            if (!sort(rule.get(1)).equals(d.sort)) {
                throw new ParseException(rule.get(1).pos(), "non-terminal " + name + " was declared with sort " + d.sort);
            }
            SExpr.SList terms = list(rule.get(2), "a list of productions");
            List<Production> productions = new ArrayList<>();
            for (SExpr g : terms.items()) {
                Production p = production(g, scope, nts, params);
                Sort ps = productionSort(p);
                if (!ps.equals(d.sort)) {
                    throw new ParseException(g.pos(), "production " + g + " has sort " + ps + ", but non-terminal "
                            + name + " has sort " + d.sort);
                }
                productions.add(p);
            }
            result.add(new NonTerminal(name, d.sort, productions));
        }
        return new Grammar(result);
    }

    private record NonTerminalDecl(String name, Sort sort, SExpr at) {}

    private static Sort productionSort(Production p) {
        if (p instanceof Production.Rule r) return r.template().sort();
        if (p instanceof Production.AnyConstant c) return c.sort();
        return ((Production.AnyVariable) p).sort();
    }

    private Production production(SExpr g, Scope scope, Map<String, Sort> nts, List<Term.Var> params)
            throws ParseException {
        if (g instanceof SExpr.SList l && l.size() == 2 && l.head() != null) {
            switch (l.head()) {
                case "Constant": return new Production.AnyConstant(sort(l.get(1)));
                case "Variable": case "InputVariable": {
                    Sort s = sort(l.get(1));
                    return new Production.AnyVariable(s);
                }
                case "LocalVariable":
                    throw new ParseException(l.pos(), "unsupported feature: LocalVariable (SyGuS v1 let-bound grammar variables)");
                default: break;
            }
        }
        return new Production.Rule(term(g, scope, nts));
    }

    // ---------------------------------------------------------------- terms

    /** Local names: function parameters and let-bound names, innermost first. */
    private record Scope(String name, Term.Var var, Scope outer) {
        static final Scope EMPTY = new Scope(null, null, null);

        Scope with(Term.Var v) {
            return new Scope(v.name(), v, this);
        }

        Scope withAll(List<Term.Var> vars) {
            Scope s = this;
            for (Term.Var v : vars) s = s.with(v);
            return s;
        }

        Term.Var lookup(String n) {
            for (Scope s = this; s.name != null; s = s.outer) if (s.name.equals(n)) return s.var;
            return null;
        }
    }

    /** Parses a term; {@code nts} names the grammar's non-terminals when parsing a production, else null. */
    private Term term(SExpr e, Scope scope, Map<String, Sort> nts) throws ParseException {
        if (e instanceof SExpr.Numeral n) return Term.lit(Value.of(n.value()));
        if (e instanceof SExpr.BitVecLiteral b) return Term.lit(Value.BitVecValue.of(b.width(), b.value()));
        if (e instanceof SExpr.Decimal d) {
            throw new ParseException(e.pos(), "unsupported literal " + d.text() + " (theory of reals)");
        }
        if (e instanceof SExpr.StringLiteral) {
            throw new ParseException(e.pos(), "unsupported literal " + e + " (theory of strings)");
        }
        if (e instanceof SExpr.Keyword k) throw new ParseException(e.pos(), "expected a term, got keyword " + k.name());
        if (e instanceof SExpr.Symbol s) return symbolTerm(s, scope, nts);
        SExpr.SList list = (SExpr.SList) e;
        if (list.size() == 0) throw new ParseException(e.pos(), "expected a term, got ()");
        SExpr head = list.get(0);
        if (head instanceof SExpr.SList indexed) {
            // ((_ extract i j) t) and other indexed operators
            return indexedApplication(indexed, list, scope, nts);
        }
        if (!(head instanceof SExpr.Symbol hs)) {
            throw new ParseException(head.pos(), "expected an operator or function name, got " + head);
        }
        String name = hs.name();
        // reserved words are only reserved when written plainly: |let| is an ordinary symbol
        if (!hs.quoted()) switch (name) {
            case "let": return let(list, scope, nts);
            case "_": return indexedLiteral(list);
            case "forall": case "exists":
                throw new ParseException(head.pos(), "unsupported feature: quantifiers (" + name + ")");
            case "!":
                throw new ParseException(head.pos(), "unsupported feature: term annotations (!)");
            case "match":
                throw new ParseException(head.pos(), "unsupported feature: algebraic datatypes (match)");
            default: break;
        }
        Term.Var shadowing = scope.lookup(name);
        if (shadowing != null) throw new ParseException(head.pos(), name + " is a variable, not a function");
        if (!hs.quoted()) {
            Op op = Op.byName(name);
            if (op != null) {
                if (op.indexCount() > 0) {
                    throw new ParseException(head.pos(), "operator " + name + " needs indices: write ((_ " + name + " ...) ...)");
                }
                List<Term> args = arguments(list, scope, nts);
                // (- 5) is the literal -5, so that printing a negative literal reads back the same
                if (op == Op.SUB && args.size() == 1 && args.get(0) instanceof Term.Lit l
                        && l.value() instanceof Value.IntValue iv && iv.value().signum() > 0
                        && list.get(1) instanceof SExpr.Numeral) {
                    return Term.lit(Value.of(iv.value().negate()));
                }
                return application(op, List.of(), args, list);
            }
        }
        FunctionDefinition def = definitions.get(name);
        SynthFun synth = synthFuns.get(name);
        if (def != null || synth != null) {
            List<Term.Var> params = def != null ? def.params() : synth.params();
            Sort result = def != null ? def.returnSort() : synth.returnSort();
            List<Term> args = arguments(list, scope, nts);
            if (args.size() != params.size()) {
                throw new ParseException(list.pos(), "function " + name + " expects " + params.size()
                        + " argument" + (params.size() == 1 ? "" : "s") + ", got " + args.size());
            }
            for (int i = 0; i < args.size(); i++) {
                if (!args.get(i).sort().equals(params.get(i).sort())) {
                    throw new ParseException(list.get(i + 1).pos(), "argument " + (i + 1) + " of " + name
                            + " has sort " + args.get(i).sort() + ", expected " + params.get(i).sort());
                }
            }
            if (synth != null && nts != null) {
                throw new ParseException(head.pos(), "a grammar cannot call the function being synthesised (" + name + ")");
            }
            return new Term.Call(name, args, result);
        }
        if (variables.containsKey(name) || (nts != null && nts.containsKey(name))) {
            throw new ParseException(head.pos(), name + " is not a function");
        }
        if (name.equals(declaring)) throw new ParseException(head.pos(), selfReference(name, nts));
        throw new ParseException(head.pos(), unknownOperatorMessage(name));
    }

    private static String selfReference(String name, Map<String, Sort> nts) {
        return nts != null
                ? "a grammar cannot call the function being synthesised (" + name + ")"
                : "unsupported feature: recursive functions (" + name + " refers to itself)";
    }

    private static String unknownOperatorMessage(String name) {
        String theory = null;
        if (name.startsWith("str.") || name.startsWith("re.")) theory = "theory of strings";
        else if (name.startsWith("seq.")) theory = "theory of sequences";
        else if (name.startsWith("fp.") || name.startsWith("to_fp")) theory = "theory of floating point";
        else if (name.equals("select") || name.equals("store")) theory = "theory of arrays";
        else if (name.equals("/") || name.equals("to_real") || name.equals("to_int") || name.equals("is_int")) {
            theory = "theory of reals";
        } else if (name.startsWith("set.") || name.startsWith("bag.")) theory = "theory of sets";
        return theory != null ? "unsupported operator " + name + " (" + theory + ")" : "unknown operator " + name;
    }

    private Term symbolTerm(SExpr.Symbol s, Scope scope, Map<String, Sort> nts) throws ParseException {
        String name = s.name();
        Term.Var local = scope.lookup(name);
        if (nts != null && nts.containsKey(name)) return new Term.Hole(name, nts.get(name));
        if (local != null) return local;
        if (!s.quoted()) {
            if (name.equals("true")) return Term.bool(true);
            if (name.equals("false")) return Term.bool(false);
        }
        Term.Var declared = variables.get(name);
        if (declared != null) {
            if (nts != null) {
                throw new ParseException(s.pos(), "a grammar may use the function's parameters, not the declared variable " + name);
            }
            return declared;
        }
        FunctionDefinition def = definitions.get(name);
        if (def != null && def.params().isEmpty()) return new Term.Call(name, List.of(), def.returnSort());
        SynthFun synth = synthFuns.get(name);
        if (synth != null && synth.params().isEmpty() && nts == null) return new Term.Call(name, List.of(), synth.returnSort());
        if (def != null || synth != null) {
            throw new ParseException(s.pos(), "function " + name + " needs arguments");
        }
        if (Op.byName(name) != null) throw new ParseException(s.pos(), "operator " + name + " needs arguments");
        if (name.equals(declaring)) throw new ParseException(s.pos(), selfReference(name, nts));
        throw new ParseException(s.pos(), "undeclared symbol " + name);
    }

    private List<Term> arguments(SExpr.SList list, Scope scope, Map<String, Sort> nts) throws ParseException {
        List<Term> args = new ArrayList<>(list.size() - 1);
        for (int i = 1; i < list.size(); i++) args.add(term(list.get(i), scope, nts));
        return args;
    }

    private static Term application(Op op, List<Integer> indices, List<Term> args, SExpr.SList at) throws ParseException {
        try {
            return Term.app(op, indices, args);
        } catch (SortException ex) {
            throw new ParseException(at.pos(), ex.getMessage());
        }
    }

    private Term indexedApplication(SExpr.SList indexed, SExpr.SList list, Scope scope, Map<String, Sort> nts)
            throws ParseException {
        if (!"_".equals(indexed.head()) || indexed.size() < 3 || !(indexed.get(1) instanceof SExpr.Symbol opName)) {
            throw new ParseException(indexed.pos(), "expected an indexed operator (_ <name> <index>+), got " + indexed);
        }
        Op op = Op.byName(opName.name());
        if (op == null || op.indexCount() == 0) {
            throw new ParseException(opName.pos(), op == null ? unknownOperatorMessage(opName.name())
                    : "operator " + opName.name() + " takes no indices");
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 2; i < indexed.size(); i++) indices.add(index(indexed.get(i)));
        return application(op, indices, arguments(list, scope, nts), list);
    }

    private static int index(SExpr e) throws ParseException {
        if (e instanceof SExpr.Numeral n && n.value().bitLength() < 31) return n.value().intValue();
        throw new ParseException(e.pos(), "expected a numeral index, got " + e);
    }

    /** {@code (_ bvN w)}: the bit-vector literal N of width w. */
    private Term indexedLiteral(SExpr.SList list) throws ParseException {
        if (list.size() == 3 && list.get(1) instanceof SExpr.Symbol s && s.name().startsWith("bv")
                && s.name().length() > 2 && s.name().substring(2).matches("[0-9]+")) {
            int w = width(list.get(2));
            BigInteger value = new BigInteger(s.name().substring(2));
            return Term.lit(Value.BitVecValue.of(w, value));
        }
        throw new ParseException(list.pos(), "expected a bit-vector literal (_ bvN width), got " + list);
    }

    private Term let(SExpr.SList list, Scope scope, Map<String, Sort> nts) throws ParseException {
        if (list.size() != 3 || !(list.get(1) instanceof SExpr.SList bindings) || bindings.size() == 0) {
            throw new ParseException(list.pos(), "expected (let ((<name> <term>)+) <term>)");
        }
        List<Term.Binding> result = new ArrayList<>();
        Scope inner = scope;
        for (SExpr b : bindings.items()) {
            // v2: (x t); v1: (x S t)
            if (!(b instanceof SExpr.SList pair) || (pair.size() != 2 && pair.size() != 3)) {
                throw new ParseException(b.pos(), "expected a binding (<name> <term>), got " + b);
            }
            String name = symbolName(pair.get(0), "a let-bound name");
            Term value = term(pair.get(pair.size() - 1), scope, nts);
            if (pair.size() == 3 && !sort(pair.get(1)).equals(value.sort())) {
                throw new ParseException(pair.get(2).pos(), "let-bound " + name + " is declared " + pair.get(1)
                        + " but its value has sort " + value.sort());
            }
            for (Term.Binding other : result) {
                if (other.name().equals(name)) throw new ParseException(pair.get(0).pos(), "duplicate let binding " + name);
            }
            result.add(new Term.Binding(name, value));
            inner = inner.with(new Term.Var(name, value.sort()));
        }
        Map<String, Sort> innerNts = nts;
        if (nts != null) {
            // a let-bound name shadows a non-terminal of the same name
            innerNts = new HashMap<>(nts);
            for (Term.Binding b : result) innerNts.remove(b.name());
        }
        return new Term.Let(result, term(list.get(2), inner, innerNts));
    }

    // ---------------------------------------------------------------- helpers

    private static void expectSize(SExpr.SList list, int size, String form) throws ParseException {
        if (list.size() != size) throw new ParseException(list.pos(), "expected " + form);
    }

    private static String symbolName(SExpr e, String what) throws ParseException {
        if (e instanceof SExpr.Symbol s) return s.name();
        throw new ParseException(e.pos(), "expected " + what + ", got " + e);
    }

    private static SExpr.SList list(SExpr e, String what) throws ParseException {
        if (e instanceof SExpr.SList l) return l;
        throw new ParseException(e.pos(), "expected " + what + ", got " + e);
    }
}
