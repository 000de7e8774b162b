package org.neurocegis.neural;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import org.neurocegis.search.Examples;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;

/**
 * The learned proposer: the model trained by {@code scripts/train-proposer} (shipped in the jar, or another given by
 * path), run with ONNX Runtime on one thread. It scores every production given the problem's features, and the
 * weights are a softmax per non-terminal with the calibration from the model's metadata. The runtime and the model
 * are loaded on the first call, so problems settled without search never pay for them.
 */
public final class NeuralProposer implements Proposer {
    /** The shipped model, on the classpath. */
    public static final String RESOURCE = "/org/neurocegis/neural/proposer.onnx";

    private final Path modelFile;
    private volatile Model model;
    /** Loading the model, and on the background loader the first weights too (feature code run for the first time). */
    private long loadNanos;
    /** How long the callers of {@link #weights} waited for the loader, or for a load of their own. */
    private long waitNanos;
    /** The specification's part of the problem's features, computed once per problem and function. */
    private Features.Syntax syntax;
    private Problem syntaxOf;
    private SynthFun syntaxFor;
    /** Production descriptors depend on the grammar only: computed once per grammar. */
    private final Map<Grammar, float[][]> descriptors = new IdentityHashMap<>();

    private final java.io.PrintWriter warnings;
    private boolean warned;

    /**
     * @param modelFile a model file (an error if it cannot be used), or null for the shipped one (if that cannot be
     *                  loaded, the weights are uniform and one warning goes to {@code warnings}, if not null)
     */
    public NeuralProposer(Path modelFile, java.io.PrintWriter warnings) {
        this.modelFile = modelFile;
        this.warnings = warnings;
    }

    /** A loaded model: the session and the calibration from its metadata. */
    public record Model(OrtSession session, Map<String, String> metadata, double scale, int maxCost, double uniformMix) {}

    /**
     * Loads the model now (it is otherwise loaded on the first call), checking that it was trained on the features
     * this code computes.
     *
     * @throws ModelException if it cannot be read or does not match
     */
    public synchronized Model model() {
        if (model == null) {
            long t0 = System.nanoTime();
            try {
                model = load(modelFile);
            } finally {
                loadNanos += System.nanoTime() - t0;
            }
        }
        return model;
    }

    /** Whether the background loader was started, and whether it is still at work. */
    private volatile Thread loader;
    private volatile boolean started;
    private volatile boolean loading;

    /** The weights worked out in the background for the arguments of {@link #prepare}: the next call for them takes these. */
    private record Prepared(Problem problem, SynthFun function, Grammar grammar, Examples examples, Weights weights) {
        boolean answers(Problem p, SynthFun f, Grammar g, Examples e) {
            return problem == p && function == f && grammar == g && examples.equals(e);
        }
    }

    private Prepared prepared;

    /**
     * Starts loading the model on a background thread (daemon), and then works out the weights for these arguments
     * there too (the first call of a run is the slow one: feature code run for the first time), so that they count as
     * load time, not as a call; {@link #ready()} tells when it is done. The search calls this when it needs the model
     * and waits for it at once, so the thread overlaps nothing today: it only keeps the load's time apart from the
     * calls'.
     */
    @Override
    public synchronized void prepare(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
        if (started || model != null) return;
        started = true;
        loading = true;
        Thread t = new Thread(() -> {
            try {
                model();
                long t0 = System.nanoTime();
                Weights w = compute(problem, function, grammar, examples);
                synchronized (this) {
                    prepared = new Prepared(problem, function, grammar, examples, w);
                    loadNanos += System.nanoTime() - t0;
                }
            } catch (RuntimeException | Error e) {
                // reported when the search asks for weights
            } finally {
                loading = false;
            }
        }, "neurocegis-model-loader");
        t.setDaemon(true);
        loader = t;
        t.start();
    }

    /**
     * Waits (at most {@code millis}, or until it is done if 0) for a load in flight to finish. Call before the process exits: ONNX Runtime's
     * native destructors run at exit and crash a thread that is still creating a session.
     */
    public void awaitLoad(long millis) {
        Thread t = loader;
        if (t == null) return;
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Loaded (or failed to load): {@link #weights} will not wait. */
    @Override
    public boolean ready() {
        return model != null || (started && !loading);
    }

    /** Why a model cannot be used: missing, unreadable, or trained on other features. */
    public static final class ModelException extends RuntimeException {
        ModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Model load(Path file) {
        String where = file == null ? "the shipped model" : file.toString();
        try {
            byte[] bytes;
            if (file == null) {
                try (InputStream in = NeuralProposer.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) throw new ModelException("the shipped model " + RESOURCE + " is missing from the jar", null);
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(file);
            }
            OnnxRuntimeLibraries.prepare();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                // a small network run a few times per process: graph rewriting costs more at load (10-20 ms) than
                // it could save in calls
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
                OrtSession session = env.createSession(bytes, options);
                Map<String, String> meta = session.getMetadata().getCustomMetadata();
                String hash = meta.get("feature_hash");
                if (!Features.hash().equals(hash)) {
                    session.close();
                    throw new ModelException(where + " was trained on other features (feature hash " + hash
                            + ", this build computes " + Features.hash() + "): retrain it with scripts/train-proposer", null);
                }
                return new Model(session, Map.copyOf(meta), Double.parseDouble(meta.getOrDefault("scale", "1")),
                        Integer.parseInt(meta.getOrDefault("max_cost", "8")),
                        Double.parseDouble(meta.getOrDefault("uniform_mix", "0.1")));
            }
        } catch (IOException e) {
            throw new ModelException("cannot read " + where + ": " + e.getMessage(), e);
        } catch (OrtException | NumberFormatException e) {
            throw new ModelException("cannot load " + where + " with ONNX Runtime: " + e.getMessage(), e);
        }
    }

    @Override
    public Weights weights(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
        long t0 = System.nanoTime();
        try {
            awaitLoad(0);
            synchronized (this) {
                if (prepared != null && prepared.answers(problem, function, grammar, examples)) return prepared.weights();
            }
            model();
        } catch (ModelException e) {
            if (modelFile != null) throw e;
            // the shipped model cannot be loaded here (say, no native runtime for this platform): search unguided
            if (warnings != null && !warned) {
                warnings.println("; neural proposer unavailable, using uniform weights: " + e.getMessage());
                warnings.flush();
            }
            warned = true;
            return Weights.uniform(grammar);
        } finally {
            waitNanos += System.nanoTime() - t0;
        }
        return compute(problem, function, grammar, examples);
    }

    /** The model's weights; the model is loaded. Synchronized: the background loader computes them too. */
    private synchronized Weights compute(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
        Model m = model;
        float[][] productions = descriptors.computeIfAbsent(grammar,
                g -> Features.productions(g, function, problem.definitionsByName()));
        if (syntaxOf != problem || syntaxFor != function) {
            syntax = Features.syntax(problem, function);
            syntaxOf = problem;
            syntaxFor = function;
        }
        float[] logits = logits(m, Features.problem(syntax, function, examples), productions);
        double[][] byNonTerminal = new double[grammar.nonTerminals().size()][];
        int k = 0;
        for (int i = 0; i < byNonTerminal.length; i++) {
            byNonTerminal[i] = new double[grammar.nonTerminals().get(i).productions().size()];
            for (int j = 0; j < byNonTerminal[i].length; j++) byNonTerminal[i][j] = logits[k++];
        }
        return Weights.fromLogits(byNonTerminal, m.uniformMix(), m.scale(), m.maxCost());
    }

    /** The model's score of each production. */
    public static float[] logits(Model m, float[] problem, float[][] productions) {
        int width = productions.length == 0 ? 0 : productions[0].length;
        FloatBuffer q = FloatBuffer.wrap(problem);
        FloatBuffer p = FloatBuffer.allocate(productions.length * width);
        for (float[] row : productions) p.put(row);
        p.flip();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tq = OnnxTensor.createTensor(env, q, new long[] {1, problem.length});
             OnnxTensor tp = OnnxTensor.createTensor(env, p, new long[] {productions.length, width});
             OrtSession.Result result = m.session().run(Map.of("problem", tq, "productions", tp))) {
            return (float[]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new ModelException("the model failed to run: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized long loadNanos() {
        return loadNanos;
    }

    @Override
    public long waitNanos() {
        return waitNanos;
    }

    @Override
    public String name() {
        return modelFile == null ? "neural" : "neural (" + modelFile.getFileName() + ")";
    }
}
