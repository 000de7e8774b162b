package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.lang3.StringEscapeUtils;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sexpr.Position;
import org.neurocegis.repair.Blame;
import org.neurocegis.sygus.Candidate;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.CandidateVerifier;


/**
 * {@code neurocegis verify PROBLEM CANDIDATE|-}: is the candidate right for every input? Exit code 0 when proved, 1
 * with a counterexample, 4 when neither could be established, 2 for bad input.
 */
final class VerifyCommand implements Command {
    static final int EXIT_COUNTEREXAMPLE = 1;
    static final int EXIT_UNKNOWN = 4;
    private static final int BLAME_COUNTEREXAMPLES = 4;

    enum Format { text, sexpr, json }

    // this run's arguments, set by run()
    private Path problemFile;
    private String candidateFile;
    private int counterexamples;
    private int z3TimeoutMillis;
    private long tests;
    private long seed;
    private boolean strictGrammar;
    private boolean blame;
    private int blameTop;
    private Format format;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String operands() {
        return "PROBLEM CANDIDATE";
    }

    @Override
    public String description() {
        return "Check a candidate (CANDIDATE: a file, or - for standard input, with one define-fun per synth-fun, bare "
                + "or as solve prints it) against a problem: proved (exit 0), counterexamples (exit 1), unknown (exit 4) "
                + "or bad input (exit 2).";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("cex").hasArg().argName("K")
                        .desc("how many distinct counterexamples to print (default: 1)").build())
                .addOption(Option.builder().longOpt("z3-timeout").hasArg().argName("MS")
                        .desc("limit for one Z3 check in milliseconds (default: 10000; 0 = none)").build())
                .addOption(Option.builder().longOpt("tests").hasArg().argName("N")
                        .desc("random tests when Z3 cannot decide (default: 1000000)").build())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("N")
                        .desc("seed of the random tests (default: 1)").build())
                .addOption(Option.builder().longOpt("strict-grammar")
                        .desc("a candidate outside the grammar is refuted (exit 1) instead of noted").build())
                .addOption(Option.builder().longOpt("blame")
                        .desc("for a counterexample: rank the sub-terms that may be at fault, with proved repairs").build())
                .addOption(Option.builder().longOpt("blame-top").hasArg().argName("N")
                        .desc("how many ranked positions --blame prints (default: 5)").build())
                .addOption(Option.builder().longOpt("format").hasArg().argName("text|sexpr|json")
                        .desc("output format (default: text)").build());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        List<String> operands = args.texts(2);
        problemFile = Path.of(operands.get(0));
        candidateFile = operands.get(1);
        counterexamples = (int) args.integer("cex", 1);
        z3TimeoutMillis = (int) args.integer("z3-timeout", 10_000);
        tests = args.integer("tests", 1_000_000);
        seed = args.integer("seed", 1);
        strictGrammar = args.flag("strict-grammar");
        blame = args.flag("blame");
        blameTop = (int) args.integer("blame-top", 5);
        format = args.choice("format", Format.class, Format.text);
        try {
            return verify(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int verify(PrintWriter out, PrintWriter err) {
        if (counterexamples < 1) throw new Arguments.UsageException("--cex needs at least 1");
        Problem problem = ProblemFiles.read(problemFile, err);
        if (problem == null) return Main.EXIT_BAD_INPUT;
        Candidate candidate = readCandidate(problem, err);
        if (candidate == null) return Main.EXIT_BAD_INPUT;
        // blame sees a few counterexamples even when fewer are printed: each one clears more positions
        int wanted = blame ? Math.max(counterexamples, BLAME_COUNTEREXAMPLES) : counterexamples;
        CandidateVerifier.Report report = CandidateVerifier.verify(problem, candidate.functions(),
                new CandidateVerifier.Options(z3TimeoutMillis, wanted, tests, seed));
        Map<String, Object> doc = new LinkedHashMap<>();
        int code = describe(problem, report, doc);
        if (blame && report.verdict() instanceof CandidateVerifier.Verdict.Refuted r) {
            Blame.Result result = Blame.rank(problem, candidate.functions(), r.counterexamples(),
                    new Blame.Options(z3TimeoutMillis));
            doc.put("blame", blame(candidate, result));
            doc.put("positions", (long) result.positions());
            doc.put("cleared", (long) result.cleared());
        }
        if (strictGrammar && code == 0 && report.notes().stream().anyMatch(n -> n.contains("not derivable"))) {
            doc.put("verdict", "grammar-violation");
            code = EXIT_COUNTEREXAMPLE;
        }
        out.print(switch (format) {
            case text -> Reports.text(doc);
            case sexpr -> Reports.sexpr(doc);
            case json -> Reports.json(doc);
        });
        return code;
    }

    private String candidateName() {
        return candidateFile.equals("-") ? "<stdin>" : candidateFile;
    }

    private Candidate readCandidate(Problem problem, PrintWriter err) {
        String text;
        if (candidateFile.equals("-")) {
            try {
                text = ProblemFiles.decode(candidateName(), System.in.readAllBytes(), err);
            } catch (IOException ex) {
                err.println("<stdin>: cannot read: " + ex.getMessage());
                return null;
            }
        } else {
            text = ProblemFiles.readText(Path.of(candidateFile), err);
        }
        if (text == null) return null;
        try {
            return SygusParser.parseCandidate(problem, text);
        } catch (ParseException ex) {
            err.println(candidateName() + ":" + ex.position() + ": " + ex.detail());
            return null;
        } catch (StackOverflowError ex) {
            err.println(candidateName() + ": the input is nested too deeply to process");
            return null;
        }
    }

    /** Fills {@code doc} with the report; returns the exit code. */
    private int describe(Problem problem, CandidateVerifier.Report report, Map<String, Object> doc) {
        int code;
        CandidateVerifier.Verdict verdict = report.verdict();
        if (verdict instanceof CandidateVerifier.Verdict.Proved) {
            doc.put("verdict", "proved");
            code = 0;
        } else if (verdict instanceof CandidateVerifier.Verdict.Unknown u) {
            doc.put("verdict", "unknown");
            doc.put("reason", u.reason());
            doc.put("tests", u.tests());
            code = EXIT_UNKNOWN;
        } else {
            doc.put("verdict", "counterexample");
            code = EXIT_COUNTEREXAMPLE;
        }
        doc.put("notes", new ArrayList<Object>(report.notes()));
        doc.put("warnings", new ArrayList<Object>(report.warnings()));
        if (report.verdict() instanceof CandidateVerifier.Verdict.Refuted r) {
            List<Object> all = new ArrayList<>();
            for (CandidateVerifier.Counterexample c : r.counterexamples().subList(0, Math.min(counterexamples, r.counterexamples().size()))) {
                all.add(counterexample(problem, c));
            }
            doc.put("counterexamples", all);
        }
        return code;
    }

    private Map<String, Object> counterexample(Problem problem, CandidateVerifier.Counterexample c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Position at = problem.origin(c.obligation());
        m.put("obligation", c.label().replaceFirst(" at \\d+:\\d+$", ""));
        m.put("location", problemFile + ":" + at);
        List<Object> inputs = new ArrayList<>();
        for (Term.Var v : c.variables()) {
            Map<String, Object> in = value(c.point().get(v.name()));
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("name", v.name());
            named.putAll(in);
            inputs.add(named);
        }
        m.put("inputs", inputs);
        if (c.explanation() instanceof CandidateVerifier.Explanation.Mismatch mm) {
                m.put("call", call(mm.function(), mm.args()));
                m.put("expected", value(mm.expected()));
                m.put("actual", value(mm.actual()));
                if (mm.expected() instanceof Value.BitVecValue e && mm.actual() instanceof Value.BitVecValue a) {
                    BigInteger diff = e.unsigned().xor(a.unsigned());
                    List<Object> bits = new ArrayList<>();
                    for (int i = e.width() - 1; i >= 0; i--) if (diff.testBit(i)) bits.add((long) i);
                    m.put("differing-bits", bits);
                }
        } else if (c.explanation() instanceof CandidateVerifier.Explanation.Conjuncts cj) {
                List<Object> failing = new ArrayList<>();
                for (CandidateVerifier.Failing f : cj.failing()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("conjunct", f.conjunct().toString());
                    List<Object> values = new ArrayList<>();
                    for (Value v : f.argumentValues()) values.add(v.toString());
                    one.put("argument-values", values);
                    failing.add(one);
                }
                m.put("failing-conjuncts", failing);
                cj.accepted().ifPresent(v -> {
                    m.put("accepted-output-of", cj.function());
                    m.put("accepted-output", value(v));
                });
        }
        return m;
    }

    private List<Object> blame(Candidate candidate, Blame.Result result) {
        List<Object> ranked = new ArrayList<>();
        for (Blame.Suspect s : result.ranked().subList(0, Math.min(blameTop, result.ranked().size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("location", candidateName() + ":" + candidate.position(s.function(), s.path()));
            m.put("subterm", s.subterm().toString());
            s.repair().ifPresent(r -> {
                m.put("repair", r.kind());
                m.put("repaired", r.repaired().toDefineFun());
            });
            ranked.add(m);
        }
        return ranked;
    }

    private static String call(String function, List<Value> args) {
        StringBuilder sb = new StringBuilder("(").append(function);
        for (Value v : args) sb.append(' ').append(v);
        return sb.append(')').toString();
    }

    /** A value as written in SMT-LIB, and for a bit-vector also as unsigned and signed decimal numbers. */
    static Map<String, Object> value(Value v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.toString());
        if (v instanceof Value.BitVecValue bv) {
            m.put("unsigned", bv.unsigned().toString());
            m.put("signed", bv.signed().toString());
        }
        return m;
    }

    /** The three renderings of a report built of maps, lists, strings and numbers. */
    static final class Reports {
        private Reports() {}

        static String json(Object o) {
            StringBuilder sb = new StringBuilder();
            json(o, sb);
            return sb.append('\n').toString();
        }

        private static void json(Object o, StringBuilder sb) {
            if (o instanceof Map<?, ?> m) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    sb.append('"').append(StringEscapeUtils.escapeJson(e.getKey().toString())).append("\":");
                    json(e.getValue(), sb);
                }
                sb.append('}');
            } else if (o instanceof List<?> l) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(',');
                    json(l.get(i), sb);
                }
                sb.append(']');
            } else if (o instanceof Number || o instanceof Boolean) {
                sb.append(o);
            } else {
                sb.append('"').append(StringEscapeUtils.escapeJson(String.valueOf(o))).append('"');
            }
        }

        static String sexpr(Map<String, Object> doc) {
            StringBuilder sb = new StringBuilder("(verify");
            for (Map.Entry<String, Object> e : doc.entrySet()) sexprField(e.getKey(), e.getValue(), sb, "\n  ");
            return sb.append(")\n").toString();
        }

        private static void sexprField(String key, Object value, StringBuilder sb, String indent) {
            if (value instanceof List<?> l) {
                String single = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
                if (l.stream().allMatch(x -> x instanceof Map<?, ?>)) {
                    for (Object x : l) {
                        sb.append(indent).append('(').append(single);
                        for (Map.Entry<?, ?> e : ((Map<?, ?>) x).entrySet()) {
                            sexprField(e.getKey().toString(), e.getValue(), sb, indent + "  ");
                        }
                        sb.append(')');
                    }
                } else {
                    sb.append(indent).append('(').append(key);
                    for (Object x : l) sb.append(' ').append(atom(x));
                    sb.append(')');
                }
            } else if (value instanceof Map<?, ?> m) {
                sb.append(indent).append('(').append(key);
                for (Map.Entry<?, ?> e : m.entrySet()) sb.append(' ').append(atom(e.getValue()));
                sb.append(')');
            } else {
                sb.append(indent).append('(').append(key).append(' ').append(atom(value)).append(')');
            }
        }

        /** Symbols, numerals and bit-vector literals as they are; anything else as a string literal. */
        private static String atom(Object o) {
            String s = String.valueOf(o);
            if (o instanceof Number || s.matches("-?[0-9]+|#x[0-9a-f]+|#b[01]+|[a-z][a-z-]*")) return s;
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }

        @SuppressWarnings("unchecked")
        static String text(Map<String, Object> doc) {
            StringBuilder sb = new StringBuilder();
            sb.append(doc.get("verdict"));
            if (doc.containsKey("reason")) sb.append(": ").append(doc.get("reason"));
            sb.append('\n');
            for (Object n : (List<Object>) doc.get("notes")) sb.append("; note: ").append(n).append('\n');
            for (Object w : (List<Object>) doc.get("warnings")) sb.append("; warning: ").append(w).append('\n');
            List<Object> cexs = (List<Object>) doc.getOrDefault("counterexamples", List.of());
            for (int i = 0; i < cexs.size(); i++) {
                Map<String, Object> c = (Map<String, Object>) cexs.get(i);
                sb.append("counterexample ").append(i + 1).append(": ").append(c.get("obligation"))
                        .append(" (").append(c.get("location")).append(")\n");
                for (Object o : (List<Object>) c.get("inputs")) {
                    Map<String, Object> in = (Map<String, Object>) o;
                    sb.append("  ").append(in.get("name")).append(" = ").append(describeValue(in)).append('\n');
                }
                if (c.containsKey("expected")) {
                    sb.append("  ").append(c.get("call")).append(": expected ")
                            .append(describeValue((Map<String, Object>) c.get("expected"))).append('\n');
                    sb.append("  ").append(" ".repeat(c.get("call").toString().length())).append("    actual ")
                            .append(describeValue((Map<String, Object>) c.get("actual"))).append('\n');
                    if (c.containsKey("differing-bits")) {
                        List<Object> bits = (List<Object>) c.get("differing-bits");
                        sb.append("  differing bits (").append(bits.size()).append("):");
                        if (bits.size() > 8) {
                            BigInteger mask = BigInteger.ZERO;
                            for (Object b : bits) mask = mask.setBit(((Long) b).intValue());
                            sb.append(" mask #x").append(mask.toString(16));
                        } else {
                            for (Object b : bits) sb.append(' ').append(b);
                        }
                        sb.append('\n');
                    }
                }
                if (c.containsKey("failing-conjuncts")) {
                    for (Object o : (List<Object>) c.get("failing-conjuncts")) {
                        Map<String, Object> f = (Map<String, Object>) o;
                        sb.append("  fails: ").append(f.get("conjunct"));
                        List<Object> values = (List<Object>) f.get("argument-values");
                        if (!values.isEmpty()) sb.append("  with arguments ").append(String.join(" ", values.stream().map(String::valueOf).toList()));
                        sb.append('\n');
                    }
                    if (c.containsKey("accepted-output")) {
                        sb.append("  an accepted output of ").append(c.get("accepted-output-of")).append(": ")
                                .append(describeValue((Map<String, Object>) c.get("accepted-output"))).append('\n');
                    }
                }
            }
            if (doc.containsKey("blame")) {
                sb.append("blame: ").append(doc.get("positions")).append(" positions, ").append(doc.get("cleared"))
                        .append(" cleared (no value there fixes the counterexamples)\n");
                List<Object> ranked = (List<Object>) doc.get("blame");
                for (int i = 0; i < ranked.size(); i++) {
                    Map<String, Object> s = (Map<String, Object>) ranked.get(i);
                    sb.append("  ").append(i + 1).append(". ").append(s.get("location")).append(' ').append(s.get("subterm"));
                    if (s.containsKey("repair")) {
                        sb.append("\n     proved repair: ").append(s.get("repair")).append("\n     ").append(s.get("repaired"));
                    }
                    sb.append('\n');
                }
            }
            return sb.toString();
        }

        private static String describeValue(Map<String, Object> v) {
            if (!v.containsKey("unsigned")) return v.get("value").toString();
            return v.get("value") + " (unsigned " + v.get("unsigned") + ", signed " + v.get("signed") + ")";
        }
    }
}
