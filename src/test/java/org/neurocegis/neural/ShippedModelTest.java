package org.neurocegis.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Examples;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;

/**
 * The model shipped in the jar: it loads, it was trained on the features this code computes, ONNX Runtime in Java
 * computes what torch computed when it was trained (the fixtures written by {@code scripts/train-proposer}), and it
 * records the data it was trained on ({@code scripts/proposer/manifest.tsv}).
 */
class ShippedModelTest {
    private static final String FIXTURES = "/neural/fixtures.txt";
    private static final double TOLERANCE = 1e-5;

    private static NeuralProposer.Model model;

    @BeforeAll
    static void load() {
        model = new NeuralProposer(null, null).model();
    }

    @Test
    void theShippedModelLoads() {
        assertNotNull(model.session());
        assertTrue(model.scale() > 0, "scale " + model.scale());
        assertTrue(model.maxCost() >= 1, "max_cost " + model.maxCost());
        assertTrue(model.uniformMix() > 0 && model.uniformMix() < 1, "uniform_mix " + model.uniformMix());
    }

    @Test
    void itWasTrainedOnTheFeaturesThisCodeComputes() {
        Map<String, String> meta = model.metadata();
        assertEquals(Features.hash(), meta.get("feature_hash"), "feature_hash");
        assertEquals(String.valueOf(Features.VERSION), meta.get("feature_version"), "feature_version");
        assertEquals(String.valueOf(Features.problemNames().size()), meta.get("problem_width"), "problem_width");
        assertEquals(String.valueOf(Features.productionNames().size()), meta.get("production_width"), "production_width");
    }

    @Test
    void itsMetadataHasTheTrainingRecord() {
        Map<String, String> meta = model.metadata();
        for (String key : List.of("scale", "max_cost", "uniform_mix", "data_manifest_sha256", "seed", "validation"))
            assertFalse(meta.getOrDefault(key, "").isBlank(), "metadata key " + key + " missing: " + meta.keySet());
        assertEquals(String.valueOf(model.scale()), String.valueOf(Double.parseDouble(meta.get("scale"))));
        assertEquals(meta.get("max_cost"), String.valueOf(model.maxCost()));
    }

    @Test
    void itRecordsTheManifestOfItsTrainingData() throws IOException {
        // surefire runs in the project root
        Path manifest = Path.of("scripts", "proposer", "manifest.tsv");
        assertTrue(Files.isRegularFile(manifest), "missing " + manifest.toAbsolutePath());
        assertEquals(sha256(Files.readAllBytes(manifest)), model.metadata().get("data_manifest_sha256"),
                "the model's data_manifest_sha256 is not the SHA-256 of " + manifest
                        + ": the manifest and the model come from different runs of scripts/train-proposer");
    }

    @Test
    void onnxRuntimeReproducesTorchsLogits() throws IOException {
        List<Fixture> fixtures = fixtures();
        assertFalse(fixtures.isEmpty(), "no fixtures in " + FIXTURES);
        int checked = 0;
        for (int s = 0; s < fixtures.size(); s++) {
            Fixture f = fixtures.get(s);
            assertEquals(Features.problemNames().size(), f.problem.length, "sample " + s + ": problem width");
            for (float[] row : f.productions)
                assertEquals(Features.productionNames().size(), row.length, "sample " + s + ": production width");
            float[] logits = NeuralProposer.logits(model, f.problem, f.productions);
            assertEquals(f.expected.length, logits.length, "sample " + s + ": one logit per production");
            for (int j = 0; j < logits.length; j++) {
                double expected = f.expected[j], actual = logits[j];
                double error = Math.abs(actual - expected);
                double allowed = TOLERANCE * Math.max(1, Math.abs(expected));
                if (!(error <= allowed))
                    fail("sample " + s + ", production " + j + ": ONNX Runtime gives " + actual + ", torch gave " + expected);
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    private record Fixture(float[] problem, float[][] productions, double[] expected) {}

    /** Blocks of: {@code sample P}, the problem's vector, P production rows, and a line of P logits. */
    private static List<Fixture> fixtures() throws IOException {
        List<String> lines;
        try (InputStream in = ShippedModelTest.class.getResourceAsStream(FIXTURES)) {
            assertNotNull(in, "missing test resource " + FIXTURES);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<Fixture> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String head = lines.get(i++);
            assertTrue(head.startsWith("sample "), "expected 'sample P', got " + head);
            int p = Integer.parseInt(head.substring("sample ".length()).trim());
            float[] problem = floats(lines.get(i++));
            float[][] productions = new float[p][];
            for (int j = 0; j < p; j++) productions[j] = floats(lines.get(i++));
            String[] parts = lines.get(i++).trim().split("\\s+");
            double[] expected = new double[parts.length];
            for (int j = 0; j < parts.length; j++) expected[j] = Double.parseDouble(parts[j]);
            out.add(new Fixture(problem, productions, expected));
        }
        return out;
    }

    private static float[] floats(String line) {
        String[] parts = line.trim().split("\\s+");
        float[] out = new float[parts.length];
        for (int j = 0; j < parts.length; j++) out[j] = Float.parseFloat(parts[j]);
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The weights worked out by the background loader are those a call computes, and only answer their own examples. */
    @Test
    void weightsPreparedInTheBackgroundEqualThoseComputedOnCall() throws Exception {
        Problem p = SygusParser.parse(Files.readString(Path.of("sygus-benchmarks", "neural-unseen", "gray-code.sl")));
        SynthFun f = p.synthFuns().get(0);
        Grammar g = f.grammar().orElseGet(() -> DefaultGrammar.of(f));
        int width = 16;
        Examples first = examples(width, 1, 6, 255);
        Examples second = examples(width, 7, 1 << 20);

        NeuralProposer background = new NeuralProposer(null, null);
        background.prepare(p, f, g, first);
        background.awaitLoad(0);
        assertTrue(background.ready());
        NeuralProposer onCall = new NeuralProposer(null, null);
        assertTrue(java.util.Arrays.deepEquals(onCall.weights(p, f, g, first).costs(),
                background.weights(p, f, g, first).costs()), "prepared weights differ from computed ones");
        Weights other = background.weights(p, f, g, second);
        assertTrue(java.util.Arrays.deepEquals(onCall.weights(p, f, g, second).costs(), other.costs()),
                "weights for other examples differ from computed ones");
        assertTrue(background.loadNanos() > 0);
    }

    private static Examples examples(int width, long... xs) {
        List<List<org.neurocegis.term.Value>> inputs = new ArrayList<>();
        List<org.neurocegis.term.Value> outputs = new ArrayList<>();
        for (long x : xs) {
            inputs.add(List.of(org.neurocegis.term.Value.BitVecValue.of(width, x)));
            outputs.add(org.neurocegis.term.Value.BitVecValue.of(width, x ^ (x >>> 1)));
        }
        return new Examples(inputs, outputs);
    }
}
