package org.neurocegis.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * A production's template compiled for vector evaluation: parameters read the example inputs, holes read the
 * children's value vectors, calls of defined functions are inlined. Evaluating it fills a whole value vector.
 */
final class VectorProgram {
    /** Where a node's result lies after evaluation: {@code arr[off .. off+m)}. */
    abstract static class Node {
        long[] arr;
        int off;

        abstract boolean eval(Context c);
    }

    /** What a program reads: the inputs (one column per parameter), the children's vectors, and the length m. */
    static final class Context {
        long[][] inputs;
        long[][] childArrays;
        int[] childOffsets;
        int m;
    }

    private static final class Child extends Node {
        final int k;
        Child(int k) { this.k = k; }
        @Override boolean eval(Context c) {
            arr = c.childArrays[k];
            off = c.childOffsets[k];
            return true;
        }
    }

    private static final class Input extends Node {
        final int column;
        Input(int column) { this.column = column; }
        @Override boolean eval(Context c) {
            arr = c.inputs[column];
            off = 0;
            return true;
        }
    }

    private static final class Constant extends Node {
        final long value;
        Constant(long value) { this.value = value; }
        @Override boolean eval(Context c) {
            if (arr == null || arr.length < c.m) {
                arr = new long[Math.max(c.m, 16)];
                java.util.Arrays.fill(arr, value);
            }
            off = 0;
            return true;
        }
    }

    private static final class Apply extends Node {
        final Op op;
        final int[] indices;
        final Sort[] argSorts;
        final Node[] args;
        final long[][] argArrays;
        final int[] argOffsets;
        long[] buffer = new long[0];

        Apply(Op op, int[] indices, Sort[] argSorts, Node[] args) {
            this.op = op;
            this.indices = indices;
            this.argSorts = argSorts;
            this.args = args;
            this.argArrays = new long[args.length][];
            this.argOffsets = new int[args.length];
        }

        @Override boolean eval(Context c) {
            if (buffer.length < c.m) buffer = new long[c.m];
            return evalInto(c, buffer, 0);
        }

        boolean evalInto(Context c, long[] out, int o) {
            if (op == Op.ITE) return evalIte(c, out, o);
            for (int i = 0; i < args.length; i++) {
                if (!args[i].eval(c)) return false;
                argArrays[i] = args[i].arr;
                argOffsets[i] = args[i].off;
            }
            arr = out;
            off = o;
            return Kernels.apply(op, indices, argSorts, argArrays, argOffsets, out, o, c.m);
        }

        /** ite evaluates both branches (every kernel is total, so this is safe) and picks per input. */
        private boolean evalIte(Context c, long[] out, int o) {
            for (int i = 0; i < 3; i++) {
                if (!args[i].eval(c)) return false;
                argArrays[i] = args[i].arr;
                argOffsets[i] = args[i].off;
            }
            arr = out;
            off = o;
            return Kernels.apply(op, indices, argSorts, argArrays, argOffsets, out, o, c.m);
        }
    }

    private final Node root;

    private VectorProgram(Node root) {
        this.root = root;
    }

    /** Evaluates into {@code out[o .. o+m)}; false when the term is undefined or unrepresentable somewhere. */
    boolean evalInto(Context c, long[] out, int o) {
        if (root instanceof Apply a) return a.evalInto(c, out, o);
        if (!root.eval(c)) return false;
        System.arraycopy(root.arr, root.off, out, o, c.m);
        return true;
    }

    /** The program for a template, or null when a value in it does not fit the fast path (a bit-vector over 64 bits). */
    static VectorProgram compile(Term template, List<Term.Var> params, Map<String, FunctionDefinition> definitions) {
        Map<String, Node> env = new HashMap<>();
        for (int i = 0; i < params.size(); i++) env.put(params.get(i).name(), new Input(i));
        int[] holeCounter = {0};
        Node root = compile(template, env, definitions, holeCounter);
        return root == null ? null : new VectorProgram(root);
    }

    private static boolean fits(Sort s) {
        return !(s instanceof Sort.BitVecSort bv) || bv.width() <= 64;
    }

    private static Node compile(Term t, Map<String, Node> env, Map<String, FunctionDefinition> defs, int[] holes) {
        if (!fits(t.sort())) return null;
        if (t instanceof Term.Hole) return new Child(holes[0]++);
        if (t instanceof Term.Var v) {
            Node n = env.get(v.name());
            if (n == null) throw new IllegalArgumentException("free variable in a production: " + v.name());
            return n;
        }
        if (t instanceof Term.Lit l) {
            Long encoded = encode(l.value());
            return encoded == null ? null : new Constant(encoded);
        }
        if (t instanceof Term.App a) {
            Node[] args = new Node[a.args().size()];
            Sort[] sorts = new Sort[args.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = compile(a.args().get(i), env, defs, holes);
                if (args[i] == null) return null;
                sorts[i] = a.args().get(i).sort();
            }
            int[] idx = a.indices().stream().mapToInt(Integer::intValue).toArray();
            return new Apply(a.op(), idx, sorts, args);
        }
        if (t instanceof Term.Call c) {
            FunctionDefinition f = defs.get(c.function());
            if (f == null) throw new IllegalArgumentException("no definition for " + c.function());
            Map<String, Node> inner = new HashMap<>();
            for (int i = 0; i < c.args().size(); i++) {
                Node arg = compile(c.args().get(i), env, defs, holes);
                if (arg == null) return null;
                inner.put(f.params().get(i).name(), arg);
            }
            return compile(f.body(), inner, defs, new int[] {0});
        }
        Term.Let l = (Term.Let) t;
        Map<String, Node> inner = new HashMap<>(env);
        for (Term.Binding b : l.bindings()) {
            Node value = compile(b.value(), env, defs, holes);
            if (value == null) return null;
            inner.put(b.name(), value);
        }
        return compile(l.body(), inner, defs, holes);
    }

    /** A value as the fast path stores it (Int exactly, see {@link ExactInts}), or null for a bit-vector over 64 bits. */
    static Long encode(Value v) {
        if (v instanceof Value.BoolValue b) return b.value() ? 1L : 0L;
        if (v instanceof Value.IntValue i) return ExactInts.encode(i.value());
        Value.BitVecValue bv = (Value.BitVecValue) v;
        return bv.isWide() ? null : bv.bits();
    }

    static Value decode(long x, Sort s) {
        if (s instanceof Sort.BitVecSort bv) return Value.BitVecValue.of(bv.width(), x);
        if (s.equals(Sort.INT)) return Value.of(ExactInts.value(x));
        return Value.of(x != 0);
    }

}
