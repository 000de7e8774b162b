package org.neurocegis.verify;

import java.util.List;
import java.util.Map;

import org.neurocegis.term.Value;

/**
 * Why a problem has no solution: the evidence behind an {@code infeasible} answer, which {@link InfeasibilityChecker}
 * re-checks on its own before anyone sees the answer.
 */
public sealed interface Certificate {
    /** A short name of the kind of evidence, for {@code -v}. */
    String kind();

    /** What the evidence is and how large, for {@code -v}. */
    String describe();

    /** At {@code point} (where the assumes hold) the obligation fails whatever the functions are. */
    record Contradiction(Map<String, Value> point, String obligation) implements Certificate {
        public Contradiction {
            point = Map.copyOf(point);
        }

        @Override public String kind() {
            return "contradiction";
        }

        @Override public String describe() {
            return obligation + " fails at " + point + " whatever the function does";
        }
    }

    /**
     * Every behaviour of {@code function}'s grammar on {@code inputs} was enumerated and none meets the specification
     * at {@code points}; valid when every call of the function at those points is at one of {@code inputs}.
     */
    record Exhaustion(String function, List<Map<String, Value>> points, List<List<Value>> inputs, long distinctTerms)
            implements Certificate {
        public Exhaustion {
            points = List.copyOf(points);
            inputs = List.copyOf(inputs);
        }

        @Override public String kind() {
            return "grammar exhaustion";
        }

        @Override public String describe() {
            return "no term of " + function + "'s grammar (" + distinctTerms + " distinct behaviours on " + inputs.size()
                    + " inputs) meets the specification at " + points.size() + " points";
        }
    }

    /**
     * An unsafe system: {@code states} is a path s0 .. sn of the invariant's states, where s0 meets some pre, each
     * step meets some trans, and sn fails some post. {@code inputs} holds the declared variables' values of each use
     * of a clause: the pre (first), each step, and the post (last), so {@code states.size() + 1} maps.
     */
    record Trace(String invariant, List<List<Value>> states, List<Map<String, Value>> inputs) implements Certificate {
        public Trace {
            states = states.stream().map(List::copyOf).toList();
            inputs = inputs.stream().map(Map::copyOf).toList();
        }

        @Override public String kind() {
            return "counterexample trace";
        }

        @Override public String describe() {
            StringBuilder sb = new StringBuilder("a path of ").append(states.size() - 1)
                    .append(" steps from an initial state to one that breaks the post-condition:");
            for (int k = 0; k < states.size(); k++) {
                sb.append("\n;   state ").append(k).append(": ").append(states.get(k));
                if (k < inputs.size() && !inputs.get(k).isEmpty()) {
                    sb.append(k == 0 ? " (inputs of pre: " : " (inputs of step " + k + ": ").append(new java.util.TreeMap<>(inputs.get(k))).append(')');
                }
            }
            if (inputs.size() == states.size() + 1 && !inputs.get(states.size()).isEmpty()) {
                sb.append("\n;   inputs of post: ").append(new java.util.TreeMap<>(inputs.get(states.size())));
            }
            return sb.toString();
        }
    }
}
