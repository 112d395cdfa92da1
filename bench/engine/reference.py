"""Vectorised numpy implementation of the benchmark methodology: the reference an analyst would write.

Reads DIR/data.csv and DIR/weights.json (written by `generate`), computes min-max (with the same floor and
directions), weighted arithmetic means within areas over present values (reweighting), area coverage >= 0.5,
weighted geometric mean across areas, competition ranks on scores rounded to 6 decimals; then 1,000 Monte
Carlo samples with every weight perturbed by +-20% (renormalised), rank 5th/95th percentiles and band-free
summaries. Writes DIR/numpy_scores.csv and DIR/numpy_times.txt (median ms of one run and of the Monte Carlo).
"""
import json
import sys
import time

import numpy as np

directory = sys.argv[1]
with open(f"{directory}/weights.json") as f:
    spec = json.load(f)

with open(f"{directory}/data.csv") as f:
    header = f.readline().strip().split(",")
    rows = [line.rstrip("\n").split(",") for line in f]
bodies = [r[0] for r in rows]
X = np.array([[float(v) if v else np.nan for v in r[1:]] for r in rows])  # bodies x indicators

lower = np.array(spec["lower"])
area_of = np.array(spec["area_of"])
areas = area_of.max() + 1
A = np.zeros((X.shape[1], areas))
A[np.arange(X.shape[1]), area_of] = 1.0
w = np.array(spec["indicator_weights"])
aw = np.array(spec["area_weights"])
floor = spec["floor"]
min_coverage = spec["min_coverage"]
leaf_count = A.sum(axis=0)


def normalise(X):
    mn = np.nanmin(X, axis=0)
    mx = np.nanmax(X, axis=0)
    N = (X - mn) / (mx - mn)
    N[:, lower] = 1.0 - N[:, lower]
    return floor + (1.0 - floor) * N


def competition_ranks(scores):
    # rank = 1 + number of strictly better scores ("1224"); scores compared as published (6 decimals)
    s = -np.round(scores, 6)
    return np.searchsorted(np.sort(s), s, side="left") + 1


def score(X):
    N = normalise(X)
    present = ~np.isnan(N)
    Nz = np.where(present, N, 0.0)
    area = (Nz * w) @ A / ((present * w) @ A)
    area[(present @ A) / leaf_count < min_coverage] = np.nan
    area_present = ~np.isnan(area)
    logs = np.where(area_present, np.log(np.where(area_present, area, 1.0)), 0.0)
    root = np.exp((logs * aw).sum(axis=1) / (area_present * aw).sum(axis=1))
    return root, competition_ranks(root)


def monte_carlo(X, samples, seed):
    rng = np.random.default_rng(seed)
    N = normalise(X)
    present = ~np.isnan(N)
    Nz = np.where(present, N, 0.0)
    P = present.astype(float)
    wi = w * (1 + spec["perturbation"] * (2 * rng.random((samples, w.size)) - 1))  # samples x indicators
    wa = aw * (1 + spec["perturbation"] * (2 * rng.random((samples, aw.size)) - 1))
    WA = wi[:, :, None] * A[None, :, :]  # samples x indicators x areas
    area = np.matmul(Nz[None, :, :], WA) / np.matmul(P[None, :, :], WA)  # samples x bodies x areas
    area[:, (P @ A) / leaf_count < min_coverage] = np.nan
    area_present = ~np.isnan(area)
    logs = np.where(area_present, np.log(np.where(area_present, area, 1.0)), 0.0)
    wa_n = wa[:, None, :]
    root = np.exp((logs * wa_n).sum(axis=2) / (area_present * wa_n).sum(axis=2))  # samples x bodies
    s = -np.round(root, 6)
    ranks = np.empty_like(s, dtype=np.int64)
    ordered = np.sort(s, axis=1)
    for k in range(samples):
        ranks[k] = np.searchsorted(ordered[k], s[k], side="left") + 1
    return np.percentile(ranks, [5, 50, 95], axis=0)


def median_ms(fn, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return float(np.median(times))


root, ranks = score(X)
with open(f"{directory}/numpy_scores.csv", "w") as f:
    f.write("body,score,rank\n")
    for b, s, r in zip(bodies, root, ranks):
        f.write(f"{b},{s!r},{r}\n")

for _ in range(20):
    score(X)
one_run = median_ms(lambda: score(X), 200)
monte_carlo(X, 1000, 1)
mc = median_ms(lambda: monte_carlo(X, 1000, 1), 5)
with open(f"{directory}/numpy_times.txt", "w") as f:
    f.write(f"{one_run!r} {mc!r}\n")
print(f"numpy one run: {one_run:.4f} ms, monte carlo 1000: {mc:.1f} ms")
