import sys, math, numpy as np
sys.path.insert(0, __import__('os').path.dirname(__file__))
from throughput_rows import ROWS
from colossus_desktop.scenario import blank_scenario, to_inputs
from colossus_desktop.scenario.model import Architecture, Parallelism
from colossus_desktop.engine import evaluate
def run(verbose=True):
    errs=[]
    for rid,acc,n,arch,seq,batch,prec,p,pub,basis,link in ROWS:
        s=blank_scenario(arrival="2024-01", count=n)
        s.pools[0].accelerator=acc
        w=s.workload
        w.architecture=Architecture(**arch); w.parallelism=Parallelism(**p); w.seq_length=seq; w.global_batch_tokens=float(batch); w.precision=prec; w.mfu=None; w.fused_kernels=rid.startswith(("llama","deepseek"))
        s.network.link_gbps=float(link)
        s.reliability.spare_fraction=0.0
        r=evaluate(to_inputs(s)); t=r.training
        if basis=="model": got=t.tflops_per_gpu[0]
        elif basis=="hw": got=t.tflops_per_gpu[0]*t.hardware_flops[0]/t.model_flops[0]
        else: got=t.tflops_per_gpu[0]*t.total_flops[0]/t.model_flops[0]
        e=got/pub-1; errs.append(abs(e)) if rid!='deepseek-v3' else None
        if verbose:
            L={k:(None if not np.isfinite(v[0]) else int(v[0])) for k,v in t.layout.items()}
            b={k:round(float(v[0]),2) for k,v in t.step_breakdown_s.items()}
            print(f"{rid:15s} pub {pub:6.1f} got {got:6.1f} err {e:+.1%} mem {t.memory_gb_per_gpu[0]:.0f}/{t.hbm_gb_per_gpu[0]:.0f} fits {t.fits[0]} {L} step {t.step_time_s[0]:.2f} {b}")
    print("median", np.median(errs))
run()

import importlib, io, contextlib
st=importlib.import_module("colossus_desktop.engine.performance.step")
import itertools
best=None
for eta,kap,kf,ks in itertools.product([0.45,0.5,0.55,0.6,0.65,0.7],[60,80,100,120,160],[0,10,20,30,40],[0,2,4,8]):
    st.ETA_MAX[0]=eta; st.ELEMENTWISE_VALUES={0:kap,1:kf}; st.SCORE_VALUES=ks
    f=io.StringIO()
    with contextlib.redirect_stdout(f): run(False)
    med=float(f.getvalue().split()[-1])
    if best is None or med<best[0]: best=(med,eta,kap,kf,ks)
print("best", best)
st.ETA_MAX[0]=best[1]; st.ELEMENTWISE_VALUES={0:best[2],1:best[3]}; st.SCORE_VALUES=best[4]
run()
