"""Time one EGL step against one plain training step of the same MLP and batch, in one process.

Plain step: forward, backward and Adam on a batch of 128 rows, timed twice: with the optimizer
the training core uses (fused Adam where torch has it) and with torch's default Adam (the
reference of the EGL issue). EGL step: ExplicitGradientStep on 128 training + 128 synthetic rows
and 128 validation rows, then theta <- theta' (the default classifier step), as fit_egl runs it.
All on 64 features, the MLP of METHOD.md, one CPU thread. Prints the median time of each and the
ratios; they are timed in alternation so that drift in machine speed affects all alike.

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

    def plain(optimizer_for):
        model = recipe.make_model(d)
        optimizer = optimizer_for(model.parameters())

        def steps():
            for _ in range(args.steps):
                optimizer.zero_grad(set_to_none=True)
                F.binary_cross_entropy_with_logits(model(X1), y1).backward()
                optimizer.step()
        return steps

    project_plain = plain(recipe.make_optimizer)
    default_plain = plain(lambda p: torch.optim.Adam(p, lr=recipe.lr, betas=recipe.betas))

    egl_model = recipe.make_model(d)
    step = ExplicitGradientStep(egl_model, eta1=1e-2, eta2=1e3, bounds=(torch.zeros(d), torch.ones(d)))

    params = {name: p.detach() for name, p in egl_model.named_parameters()}

    def egl_steps():
        nonlocal Xs, params
        for _ in range(args.steps):
            params = {name: p.requires_grad_(True) for name, p in params.items()}
            params, Xs, _, _ = step(params, X1, y1, Xs, ones, X2, y2)

    work = {"plain (project's Adam)": project_plain, "plain (default Adam)": default_plain, "EGL": egl_steps}
    timings = {name: [] for name in work}
    for steps in work.values():  # warm-up
        steps()
    for _ in range(args.repeats):
        for name, steps in work.items():
            start = time.perf_counter()
            steps()
            timings[name].append((time.perf_counter() - start) / args.steps)
    median = {name: statistics.median(values) for name, values in timings.items()}
    print(f"torch {torch.__version__}, {args.threads} thread(s), batch {n} (+{n} synthetic), {d} features")
    for name, seconds in median.items():
        print(f"{name + ' step:':32s} {seconds * 1e3:.3f} ms")
    for name in ("plain (project's Adam)", "plain (default Adam)"):
        print(f"ratio EGL / {name}: {median['EGL'] / median[name]:.2f}")


if __name__ == "__main__":
    main()
