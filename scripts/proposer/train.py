#!/usr/bin/python3
"""Trains the neural proposer on data from `neurocegis proposer-data` and exports it to ONNX.

The model scores each production of a grammar given the problem: its inputs are the problem's vector (specification
syntax, example signatures) and one descriptor per production (both computed by org.neurocegis.neural.Features), and
its output is one logit per production; NeuroCEGIS takes a softmax per non-terminal. The loss is the negative
log-likelihood of the target's derivation, i.e. its description length in bits.

Validation is on grammar families held out of training (grouped by identical grammar), on programs longer than any in
training, and on operator combinations held out of training.
"""
import argparse
import hashlib
import json
import math
import os
import random
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn

LONG = 21                       # programs of this size or more are never trained on
HELD_OUT_COMBOS = [{"bvxor", "bvlshr"}, {"-", "ite"}]
TOP_K = 3


def load(folder):
    names = [l.rstrip("\n").split("\t") for l in open(os.path.join(folder, "columns.txt")) if not l.startswith("#")]
    header = open(os.path.join(folder, "columns.txt")).readline().split()
    feature_version, feature_hash = header[3], header[5]
    qnames = [n for k, n in names if k == "problem"]
    pnames = [n for k, n in names if k == "production"]
    dq, dp = len(qnames), len(pnames)
    prods = np.fromfile(os.path.join(folder, "productions.f32"), dtype="<f4").reshape(-1, dp)
    problems = np.fromfile(os.path.join(folder, "problems.f32"), dtype="<f4").reshape(-1, dq)
    labels = np.fromfile(os.path.join(folder, "labels.i32"), dtype="<i4")
    families = []
    for line in open(os.path.join(folder, "families.tsv")):
        fid, name, off, n, nts = line.rstrip("\n").split("\t")
        off, n = int(off), int(n)
        nt = np.array([int(x) for x in nts.split(",")], dtype=np.int64)
        group = hashlib.sha256(prods[off:off + n].tobytes() + nt.tobytes()).hexdigest()
        families.append(dict(name=name, offset=off, n=n, nt=nt, group=group))
    samples = []
    lab = 0
    for line in open(os.path.join(folder, "samples.tsv")):
        sid, fid, style, size, cost, ops, term = line.rstrip("\n").split("\t", 6)
        fam = families[int(fid)]
        samples.append(dict(family=int(fid), style=style, size=int(size), ops=set(ops.split(",")) - {""},
                            label_offset=lab, term=term))
        lab += fam["n"]
    assert lab == len(labels), (lab, len(labels))
    return dict(qnames=qnames, pnames=pnames, prods=prods, problems=problems, labels=labels, families=families,
                samples=samples, feature_version=feature_version, feature_hash=feature_hash)


class Proposer(nn.Module):
    def __init__(self, qnames, pnames, hidden=128):
        super().__init__()
        ops = [n[len("spec.op."):] for n in qnames if n.startswith("spec.op.")]
        self.register_buffer("q_ops", torch.tensor([qnames.index("spec.op." + o) for o in ops]))
        self.register_buffer("p_top", torch.tensor([pnames.index("prod.top." + o) for o in ops]))
        self.register_buffer("p_body", torch.tensor([pnames.index("prod.body." + o) for o in ops]))
        self.q = nn.Sequential(nn.Linear(len(qnames), 2 * hidden), nn.ReLU(), nn.Linear(2 * hidden, hidden), nn.ReLU())
        self.p = nn.Sequential(nn.Linear(len(pnames) + 2, hidden), nn.ReLU())
        self.head = nn.Sequential(nn.Linear(3 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def score(self, problem, productions):
        """problem [B, Dq], productions [B, P, Dp] -> logits [B, P]"""
        spec_ops = problem[:, self.q_ops]                                   # [B, O]
        top = productions[:, :, self.p_top]                                 # [B, P, O]
        body = (productions[:, :, self.p_body] > 0).float()
        top_in_spec = (top * spec_ops[:, None, :]).sum(-1, keepdim=True)
        body_in_spec = (body * (spec_ops[:, None, :] > 0).float()).sum(-1, keepdim=True) \
            / body.sum(-1, keepdim=True).clamp(min=1.0)
        hq = self.q(problem)[:, None, :]
        hp = self.p(torch.cat([productions, top_in_spec, body_in_spec], -1))
        h = torch.cat([hp, hq * hp, hq.expand_as(hp)], -1)
        return self.head(h).squeeze(-1)

    def forward(self, problem, productions):
        """The exported form: problem [1, Dq], productions [P, Dp] -> logits [P]"""
        return self.score(problem, productions[None, :, :])[0]


def batch(data, idx, device="cpu"):
    fams = [data["families"][data["samples"][i]["family"]] for i in idx]
    pmax = max(f["n"] for f in fams)
    gmax = max(int(f["nt"].max()) + 1 for f in fams)
    dp = data["prods"].shape[1]
    B = len(idx)
    prods = np.zeros((B, pmax, dp), dtype=np.float32)
    counts = np.zeros((B, pmax), dtype=np.float32)
    nt = np.zeros((B, pmax), dtype=np.int64)
    mask = np.zeros((B, pmax), dtype=bool)
    for b, (i, f) in enumerate(zip(idx, fams)):
        s = data["samples"][i]
        n = f["n"]
        prods[b, :n] = data["prods"][f["offset"]:f["offset"] + n]
        counts[b, :n] = data["labels"][s["label_offset"]:s["label_offset"] + n]
        nt[b, :n] = f["nt"]
        mask[b, :n] = True
    return (torch.from_numpy(data["problems"][idx]), torch.from_numpy(prods), torch.from_numpy(counts),
            torch.from_numpy(nt), torch.from_numpy(mask), gmax)


def log_probs(logits, nt, mask, gmax):
    """log-softmax of the logits within each non-terminal group"""
    onehot = torch.nn.functional.one_hot(nt, gmax).bool() & mask[:, :, None]      # [B, P, G]
    masked = torch.where(onehot, logits[:, :, None], torch.full_like(onehot, -1e9, dtype=logits.dtype))
    lse = torch.logsumexp(masked, dim=1)                                            # [B, G]
    return logits - torch.gather(lse, 1, nt)


def uniform_log_probs(nt, mask, gmax):
    onehot = torch.nn.functional.one_hot(nt, gmax).float() * mask[:, :, None].float()
    sizes = onehot.sum(1)                                                           # [B, G]
    return -torch.log(torch.gather(sizes, 1, nt).clamp(min=1.0))


def evaluate(model, data, idx, bs=256):
    """bits per program (model, uniform) and top-k recall of the used productions (model, uniform)"""
    if not idx:
        return None
    model.eval()
    bits_m = bits_u = 0.0
    hit_m = hit_u = used = 0.0
    with torch.no_grad():
        for k in range(0, len(idx), bs):
            q, p, c, nt, mask, gmax = batch(data, idx[k:k + bs])
            logits = model.score(q, p)
            lp = log_probs(logits, nt, mask, gmax)
            up = uniform_log_probs(nt, mask, gmax)
            bits_m += float(-(c * lp).sum()) / math.log(2)
            bits_u += float(-(c * up).sum()) / math.log(2)
            # rank within the production's non-terminal: how many productions of the group score higher
            same = (nt[:, :, None] == nt[:, None, :]) & mask[:, None, :] & mask[:, :, None]
            higher = ((logits[:, None, :] > logits[:, :, None]) & same).sum(-1)
            size = same.sum(-1).float()
            usedm = (c > 0) & mask
            hit_m += float(((higher < TOP_K) & usedm).sum())
            hit_u += float((torch.clamp(TOP_K / size, max=1.0) * usedm.float()).sum())
            used += float(usedm.sum())
    n = len(idx)
    return dict(samples=n, bits_model=bits_m / n, bits_uniform=bits_u / n,
                recall_model=hit_m / max(used, 1), recall_uniform=hit_u / max(used, 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True, help="the .onnx file to write")
    ap.add_argument("--card", help="the model card (Markdown) to write")
    ap.add_argument("--fixtures", help="a file of inputs and torch outputs for the Java test")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--exclude-family", default="", help="leave out families whose name contains this (ablation folds)")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--max-cost", type=int, default=8)
    ap.add_argument("--uniform-mix", type=float, default=0.1)
    args = ap.parse_args()
    start = time.time()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    data = load(args.data)
    groups = sorted({f["group"] for f in data["families"]})
    held_groups = {g for g in groups if int(hashlib.sha256((g + str(args.seed)).encode()).hexdigest(), 16) % 7 == 0}
    train, val_family, val_long, val_combo = [], [], [], []
    for i, s in enumerate(data["samples"]):
        fam = data["families"][s["family"]]
        if args.exclude_family and args.exclude_family in fam["name"]:
            continue
        combo = any(c <= s["ops"] for c in HELD_OUT_COMBOS)
        if fam["group"] in held_groups:
            val_family.append(i)
        elif s["size"] >= LONG:
            val_long.append(i)
        elif combo:
            val_combo.append(i)
        else:
            train.append(i)
    print(f"samples: train {len(train)}, held-out families {len(val_family)}, long {len(val_long)}, "
          f"held-out operator combinations {len(val_combo)}", file=sys.stderr)
    model = Proposer(data["qnames"], data["pnames"])
    params = sum(p.numel() for p in model.parameters())
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)
    bs = 128
    # batches of similar grammar size, so that little is padding
    train.sort(key=lambda i: data["families"][data["samples"][i]["family"]]["n"])
    chunks = [train[k:k + bs] for k in range(0, len(train), bs)]
    for epoch in range(args.epochs):
        model.train()
        random.shuffle(chunks)
        total = 0.0
        for chunk in chunks:
            q, p, c, nt, mask, gmax = batch(data, chunk)
            lp = log_probs(model.score(q, p), nt, mask, gmax)
            loss = -(c * lp).sum() / len(chunk)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(chunk)
        for g in opt.param_groups:
            g["lr"] *= 0.8
        v = evaluate(model, data, val_family)
        print(f"epoch {epoch + 1}: train {total / len(train) / math.log(2):.2f} bits/program, held-out families "
              f"{v['bits_model']:.2f} (uniform {v['bits_uniform']:.2f})", file=sys.stderr)
    results = {name: evaluate(model, data, idx) for name, idx in
               [("held-out families", val_family), ("longer programs", val_long),
                ("held-out operator combinations", val_combo),
                ("training (a sample)", random.Random(args.seed).sample(train, min(4000, len(train))))]}
    seconds = time.time() - start
    export(model, data, args, results, params, seconds)
    if args.fixtures:
        fixtures(model, data, val_family[:3] + val_long[:2], args.fixtures)
    if args.card:
        card(args, data, results, params, seconds, len(train))


def export(model, data, args, results, params, seconds):
    model.eval()
    dq, dp = len(data["qnames"]), len(data["pnames"])
    q = torch.zeros(1, dq)
    p = torch.zeros(5, dp)
    tmp = args.out + ".tmp"
    torch.onnx.export(model, (q, p), tmp, input_names=["problem", "productions"], output_names=["logits"],
                      dynamic_axes={"productions": {0: "n"}, "logits": {0: "n"}}, opset_version=13)
    m = onnx.load(tmp)
    manifest = open(os.path.join(args.data, "manifest.tsv"), "rb").read()
    meta = {
        "feature_version": data["feature_version"],
        "feature_hash": data["feature_hash"],
        "problem_width": str(dq),
        "production_width": str(dp),
        "scale": str(args.scale),
        "max_cost": str(args.max_cost),
        "uniform_mix": str(args.uniform_mix),
        "data_manifest_sha256": hashlib.sha256(manifest).hexdigest(),
        "seed": str(args.seed),
        "parameters": str(params),
        "training_seconds": f"{seconds:.0f}",
        "validation": json.dumps(results, sort_keys=True),
    }
    for k, v in meta.items():
        e = m.metadata_props.add()
        e.key, e.value = k, v
    onnx.save(m, args.out)
    os.remove(tmp)


def fixtures(model, data, idx, path):
    """inputs and torch's outputs, for the Java test that ONNX Runtime reproduces them"""
    model.eval()
    with open(path, "w") as out:
        for i in idx:
            s = data["samples"][i]
            f = data["families"][s["family"]]
            q = torch.from_numpy(data["problems"][i:i + 1])
            p = torch.from_numpy(data["prods"][f["offset"]:f["offset"] + f["n"]])
            with torch.no_grad():
                logits = model(q, p)
            out.write(f"sample {f['n']}\n")
            out.write(" ".join(repr(float(x)) for x in q[0]) + "\n")
            for row in p:
                out.write(" ".join(repr(float(x)) for x in row) + "\n")
            out.write(" ".join(repr(float(x)) for x in logits) + "\n")


def card(args, data, results, params, seconds, trained):
    lines = ["# Model card: the neural proposer", "",
             "Generated by `scripts/train-proposer`; do not edit by hand.", "",
             f"- Architecture: production scorer, {params} parameters (problem encoder, production encoder with the",
             "  specification-operator interactions, a two-layer head); softmax per non-terminal in NeuroCEGIS.",
             f"- Features: version {data['feature_version']}, hash `{data['feature_hash'][:16]}...`,"
             f" {len(data['qnames'])} problem columns, {len(data['pnames'])} production columns.",
             f"- Data: {len(data['samples'])} generated samples from {len(data['families'])} grammar families "
             f"(`manifest.tsv` lists every file read); {trained} used for training.",
             f"- Seed {args.seed}, {args.epochs} epochs, training time {seconds:.0f} s on this machine's CPU.",
             f"- Calibration: cost = clamp(round({args.scale} * -log2 p), 1, {args.max_cost}),"
             f" with {args.uniform_mix} of the uniform distribution mixed in.", "",
             "## Validation (bits per program: description length of the target's derivation)", "",
             f"| set | samples | bits, model | bits, uniform | top-{TOP_K} recall, model | top-{TOP_K} recall, uniform |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        if r:
            lines.append(f"| {name} | {r['samples']} | {r['bits_model']:.2f} | {r['bits_uniform']:.2f} | "
                         f"{r['recall_model']:.2f} | {r['recall_uniform']:.2f} |")
    lines += ["", f"Longer programs: size {LONG} or more (training has none). Held-out operator combinations: "
              + ", ".join("{" + ", ".join(sorted(c)) + "}" for c in HELD_OUT_COMBOS) + " together in one program.", ""]
    open(args.card, "w").write("\n".join(lines))


if __name__ == "__main__":
    main()
