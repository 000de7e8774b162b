package org.neurocegis.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One configuration of our solver in {@code bench --proposers}: an item
 * {@code NAME[:adapt|:noadapt][:nofallback][:model=PATH][:inv=ENGINE][:atoms=ORDER][:holes|:noholes]}
 * (the modifiers in any order, each at most once), where NAME is {@code uniform} or {@code neural}. It runs
 * {@code solve --proposer NAME} with {@code --adapt} or {@code --no-adapt}, {@code --no-fallback}, {@code --model PATH},
 * {@code --inv-engine ENGINE}, {@code --atom-ranking ORDER} and {@code --z3-holes} or {@code --no-z3-holes} as asked,
 * as the solver column
 * {@code neurocegis[ITEM]}. A model path cannot hold {@code :} or {@code ,}.
 */
public record ProposerConfig(String item, String proposer, boolean adapt, boolean noAdapt, boolean noFallback, String model,
                             String invEngine, Boolean z3Holes, String atoms) {
    /** The invariant engines {@code solve --inv-engine} knows. */
    public static final List<String> INV_ENGINES = List.of("ice", "spacer", "portfolio");
    /** The atom orders {@code solve --atom-ranking} knows. */
    public static final List<String> ATOM_ORDERS = List.of("fixed", "proposer");

    public ProposerConfig(String item, String proposer, boolean adapt, boolean noAdapt, boolean noFallback, String model) {
        this(item, proposer, adapt, noAdapt, noFallback, model, null, null, null);
    }

    /** The proposers {@code solve --proposer} knows. */
    public static final List<String> PROPOSERS = List.of("uniform", "neural");

    /** The item {@code text}; IllegalArgumentException saying what is wrong with it. */
    public static ProposerConfig parse(String text) {
        String item = text.strip();
        if (item.isEmpty()) throw new IllegalArgumentException("an empty configuration");
        String[] parts = item.split(":", -1);
        String name = parts[0];
        if (!PROPOSERS.contains(name)) {
            throw new IllegalArgumentException("'" + item + "': unknown proposer '" + name + "' (known: "
                    + String.join(", ", PROPOSERS) + ")");
        }
        boolean adapt = false;
        boolean noAdapt = false;
        boolean noFallback = false;
        String model = null;
        String inv = null;
        String atoms = null;
        Boolean holes = null;
        for (int i = 1; i < parts.length; i++) {
            String m = parts[i];
            if ((m.equals("holes") || m.equals("noholes")) && holes == null) {
                holes = m.equals("holes");
            } else if (m.equals("adapt") && !adapt && !noAdapt) {
                adapt = true;
            } else if (m.equals("noadapt") && !noAdapt && !adapt) {
                noAdapt = true;
            } else if (m.equals("nofallback") && !noFallback) {
                noFallback = true;
            } else if (m.startsWith("model=") && model == null && m.length() > "model=".length()) {
                model = m.substring("model=".length());
            } else if (m.startsWith("inv=") && inv == null && INV_ENGINES.contains(m.substring("inv=".length()))) {
                inv = m.substring("inv=".length());
            } else if (m.startsWith("inv=")) {
                throw new IllegalArgumentException("'" + item + "': '" + m + "' given twice, or not one of inv="
                        + String.join("|", INV_ENGINES));
            } else if (m.startsWith("atoms=") && atoms == null && ATOM_ORDERS.contains(m.substring("atoms=".length()))) {
                atoms = m.substring("atoms=".length());
            } else if (m.startsWith("atoms=")) {
                throw new IllegalArgumentException("'" + item + "': '" + m + "' given twice, or not one of atoms="
                        + String.join("|", ATOM_ORDERS));
            } else if (m.equals("adapt") || m.equals("noadapt") || m.equals("nofallback") || m.startsWith("model=")
                    || m.equals("holes") || m.equals("noholes")) {
                throw new IllegalArgumentException("'" + item + "': '" + m + "' "
                        + (m.equals("model=") ? "needs a path" : "given twice, or with its opposite"));
            } else {
                throw new IllegalArgumentException("'" + item + "': unknown modifier '" + m
                        + "' (known: adapt, noadapt, nofallback, model=PATH, inv=ENGINE, atoms=ORDER, holes, noholes)");
            }
        }
        return new ProposerConfig(item, name, adapt, noAdapt, noFallback, model, inv, holes, atoms);
    }

    /** A comma-separated list of items, without repeats; IllegalArgumentException saying what is wrong. */
    public static List<ProposerConfig> parseList(String list) {
        List<ProposerConfig> configs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : list.split(",", -1)) {
            ProposerConfig c = parse(text);
            if (!seen.add(c.item())) throw new IllegalArgumentException("'" + c.item() + "' is listed twice");
            configs.add(c);
        }
        return configs;
    }

    /** The solver column of this configuration. */
    public String solverName() {
        return "neurocegis[" + item + "]";
    }

    /** The options of {@code solve} that select this configuration. */
    public List<String> solveArgs() {
        List<String> args = new ArrayList<>(List.of("--proposer", proposer));
        if (adapt) args.add("--adapt");
        if (noAdapt) args.add("--no-adapt");
        if (noFallback) args.add("--no-fallback");
        if (model != null) args.addAll(List.of("--model", model));
        if (invEngine != null) args.addAll(List.of("--inv-engine", invEngine));
        if (atoms != null) args.addAll(List.of("--atom-ranking", atoms));
        if (z3Holes != null) args.add(z3Holes ? "--z3-holes" : "--no-z3-holes");
        return args;
    }
}
