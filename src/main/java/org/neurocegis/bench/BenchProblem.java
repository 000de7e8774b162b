package org.neurocegis.bench;

import java.nio.file.Path;

import org.neurocegis.sygus.Problem;

/**
 * One benchmark file. {@code track} is the name of the folder that holds it; {@code problem} is null when our parser
 * rejects the file, and {@code parseError} then says why.
 */
public record BenchProblem(Path file, String track, String name, Problem problem, String parseError,
                           boolean knownInfeasible) {
    /** {@code track/name}, as infeasible.txt and the baseline TSV name problems. */
    public String key() {
        return track + "/" + name;
    }
}
