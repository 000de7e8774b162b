package org.neurocegis.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A well-sorted term. Instances are built through the static factories, which check sorts, so that every term
 * that exists is well sorted. {@code toString()} prints SMT-LIB syntax that Z3 and cvc5 both read.
 */
public sealed interface Term {
    Sort sort();

    /** A variable: a declared variable, a function parameter or a let-bound name. */
    record Var(String name, Sort sort) implements Term {
        public Var {
            Objects.requireNonNull(name);
            Objects.requireNonNull(sort);
        }
        @Override public boolean equals(Object o) { return o instanceof Var v && name.equals(v.name) && sort.equals(v.sort); }
        @Override public int hashCode() { return 31 * name.hashCode() + sort.hashCode(); }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    /** A literal. */
    record Lit(Value value) implements Term {
        @Override public Sort sort() { return value.sort(); }
        @Override public boolean equals(Object o) { return o instanceof Lit l && Objects.equals(value, l.value); }
        @Override public int hashCode() { return Objects.hashCode(value); }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    /** A built-in operator applied to arguments; {@code indices} holds the numerals of {@code (_ op i ...)}. */
    record App(Op op, List<Integer> indices, List<Term> args, Sort sort) implements Term {
        public App {
            indices = List.copyOf(indices);
            args = List.copyOf(args);
        }
        @Override public boolean equals(Object o) {
            return o instanceof App a && op == a.op && indices.equals(a.indices) && args.equals(a.args)
                    && Objects.equals(sort, a.sort);
        }
        @Override public int hashCode() {
            return ((Objects.hashCode(op) * 31 + indices.hashCode()) * 31 + args.hashCode()) * 31 + Objects.hashCode(sort);
        }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    /** A call of a defined function ({@code define-fun}) or of a function being synthesised. */
    record Call(String function, List<Term> args, Sort sort) implements Term {
        public Call {
            args = List.copyOf(args);
        }
        @Override public boolean equals(Object o) {
            return o instanceof Call c && Objects.equals(function, c.function) && args.equals(c.args) && Objects.equals(sort, c.sort);
        }
        @Override public int hashCode() {
            return (Objects.hashCode(function) * 31 + args.hashCode()) * 31 + Objects.hashCode(sort);
        }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    /** A parallel let: every bound value is read in the outer scope. */
    record Let(List<Binding> bindings, Term body) implements Term {
        public Let {
            bindings = List.copyOf(bindings);
        }
        @Override public Sort sort() { return body.sort(); }
        @Override public boolean equals(Object o) { return o instanceof Let l && bindings.equals(l.bindings) && Objects.equals(body, l.body); }
        @Override public int hashCode() { return bindings.hashCode() * 31 + Objects.hashCode(body); }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    record Binding(String name, Term value) {
        @Override public boolean equals(Object o) {
            return o instanceof Binding b && Objects.equals(name, b.name) && Objects.equals(value, b.value);
        }
        @Override public int hashCode() { return Objects.hashCode(name) * 31 + Objects.hashCode(value); }
    }

    /** A place for a term of a grammar's non-terminal: in a production's template, or in a sketch. */
    record Hole(String nonTerminal, Sort sort) implements Term {
        @Override public boolean equals(Object o) {
            return o instanceof Hole h && Objects.equals(nonTerminal, h.nonTerminal) && Objects.equals(sort, h.sort);
        }
        @Override public int hashCode() { return Objects.hashCode(nonTerminal) * 31 + Objects.hashCode(sort); }
        @Override public String toString() { return TermPrinter.print(this); }
    }

    static Term app(Op op, List<Integer> indices, List<Term> args) {
        List<Sort> sorts = new ArrayList<>(args.size());
        for (Term a : args) sorts.add(a.sort());
        return new App(op, indices, args, op.resultSort(indices, sorts));
    }

    static Term app(Op op, Term... args) {
        return app(op, List.of(), List.of(args));
    }

    static Lit lit(Value value) {
        return new Lit(value);
    }

    static Lit bool(boolean b) {
        return new Lit(Value.of(b));
    }

    static Lit integer(long i) {
        return new Lit(Value.of(i));
    }

    static Lit bitVec(int width, long bits) {
        return new Lit(Value.BitVecValue.of(width, bits));
    }

    /** The number of nodes, counting each let-bound value once. */
    default int size() {
        if (this instanceof App a) {
            int n = 1;
            for (Term t : a.args()) n += t.size();
            return n;
        }
        if (this instanceof Call c) {
            int n = 1;
            for (Term t : c.args()) n += t.size();
            return n;
        }
        if (this instanceof Let l) {
            int n = 1 + l.body().size();
            for (Binding b : l.bindings()) n += b.value().size();
            return n;
        }
        return 1;
    }
}
