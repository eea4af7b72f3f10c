"""Time one EGL step against one plain training step of the same MLP and batch, in one process.

Plain step: forward, backward and Adam on a batch of 128 rows (the training core's step).
EGL step: ExplicitGradientStep on 128 training + 128 synthetic rows and 128 validation rows, then
theta <- theta' (the default classifier step). Both on 64 features, the MLP of METHOD.md, one
CPU thread. Prints the median time of each and their ratio; the two are timed in alternation so
that drift in machine speed affects both alike.

    python benchmarks/meta_step.py [--features 64] [--repeats 15] [--steps 200]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
import torch.nn.functional as F

from imbalbench.egl import ExplicitGradientStep
from imbalbench.training import Recipe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=64)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    recipe = Recipe()
    n, d = args.batch, args.features
    X1, Xs, X2 = torch.rand(n, d), torch.rand(n, d), torch.rand(n, d)
    y1, y2 = (torch.rand(n) < 0.1).float(), (torch.rand(n) < 0.1).float()
    ones = torch.ones(n)

    plain_model = recipe.make_model(d)
    optimizer = recipe.make_optimizer(plain_model.parameters())

    def plain_steps():
        for _ in range(args.steps):
            optimizer.zero_grad(set_to_none=True)
            F.binary_cross_entropy_with_logits(plain_model(X1), y1).backward()
            optimizer.step()

    egl_model = recipe.make_model(d)
    step = ExplicitGradientStep(egl_model, eta1=1e-2, eta2=1e3, bounds=(torch.zeros(d), torch.ones(d)))

    def egl_steps():
        nonlocal Xs
        for _ in range(args.steps):
            params = {name: p.detach().requires_grad_(True) for name, p in egl_model.named_parameters()}
            moved, Xs, _, _ = step(params, X1, y1, Xs, ones, X2, y2)
            with torch.no_grad():
                for name, p in egl_model.named_parameters():
                    p.copy_(moved[name])

    timings = {"plain": [], "egl": []}
    for work in (plain_steps, egl_steps):  # warm-up
        work()
    for _ in range(args.repeats):
        for name, work in (("plain", plain_steps), ("egl", egl_steps)):
            start = time.perf_counter()
            work()
            timings[name].append((time.perf_counter() - start) / args.steps)
    plain, egl = statistics.median(timings["plain"]), statistics.median(timings["egl"])
    print(f"torch {torch.__version__}, {args.threads} thread(s), batch {n} (+{n} synthetic), {d} features")
    print(f"plain training step: {plain * 1e3:.3f} ms")
    print(f"EGL step:            {egl * 1e3:.3f} ms")
    print(f"ratio EGL / plain:   {egl / plain:.2f}")


if __name__ == "__main__":
    main()
