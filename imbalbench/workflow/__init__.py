"""What the Snakemake workflow needs: the config and its checks (:mod:`.config`), resource requests
(:mod:`.resources`, ``job_costs.json``), the code digests of jobs (:mod:`.codedeps`), the warm
worker (:mod:`.worker`) and the SLURM guard (:mod:`.slurm`).

Layer 11, the top: may import any layer.
"""
