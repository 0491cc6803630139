"""The published runs the step-time model is calibrated on (shared/reference/published-runs.md).

Each row: (id, accelerator, GPUs, architecture in Hugging Face names, sequence length, global
batch in tokens, precision, the fixed layout, the published TFLOP/s per GPU, how the source counts
it ("model": model FLOPs as Meta's MFU; "hw": with recomputation, as Megatron-LM and BLOOM report;
"6nd": 6·N·D, as a rate derived from GPU-hours), the NIC speed per GPU in Gb/s).
Sources: Llama 3 paper Table 4 (arXiv 2407.21783); Megatron-LM Table 1 and §5 (arXiv 2104.04473);
DeepSeek-V3 report Table 1 and §3.2 (arXiv 2412.19437); BLOOM (arXiv 2211.05100) §3.4. Shapes:
Hugging Face config.json (Llama 3.1 405B, DeepSeek-V3) and the papers' tables (GPT sizes, BLOOM).
"""

from __future__ import annotations

LLAMA={"num_hidden_layers":126,"hidden_size":16384,"intermediate_size":53248,"num_attention_heads":128,"num_key_value_heads":8,"vocab_size":128256,"tie_word_embeddings":False,"gated_mlp":True}
DSV3={"num_hidden_layers":61,"hidden_size":7168,"intermediate_size":18432,"num_attention_heads":128,"num_key_value_heads":128,"vocab_size":129280,"n_routed_experts":256,"num_experts_per_tok":8,"moe_intermediate_size":2048,"n_shared_experts":1,"first_k_dense_replace":3,"q_lora_rank":1536,"kv_lora_rank":512,"qk_nope_head_dim":128,"qk_rope_head_dim":64,"v_head_dim":128,"gated_mlp":True}
def gpt(layers, h, heads, V=51200, tied=True):
    """A GPT-2/3-style shape: a 4h GELU MLP, tied embeddings, Megatron's vocabulary by default."""
    return {"num_hidden_layers":layers,"hidden_size":h,"intermediate_size":4*h,"num_attention_heads":heads,"vocab_size":V,"tie_word_embeddings":tied,"gated_mlp":False}
def par(tp=None, pp=None, dp=None, ep=None, cp=None, rc=None, zero=None, mbs=None, vpp=None):
    """The fixed part of a layout (None: left to the search)."""
    d={"tp":tp,"pp":pp,"dp":dp,"ep":ep,"cp":cp,"recompute":rc,"zero_stage":zero,"micro_batch_size":mbs,"vpp":vpp}
    return {k:v for k,v in d.items() if v is not None}
# (id, accelerator, gpus, arch, seq, batch_tokens, precision, par, published TFLOP/s per GPU, basis: 'model'|'hw'|'6nd', link_gbps)
ROWS=[
 ("llama3-8k","h100-sxm",8192,LLAMA,8192,16*1024**2,"bf16",par(8,16,64,cp=1),430,"model",400),
 ("llama3-16k","h100-sxm",16384,LLAMA,8192,16*1024**2,"bf16",par(8,16,128,cp=1),400,"model",400),
 ("llama3-128k","h100-sxm",16384,LLAMA,131072,16*1024**2,"bf16",par(8,16,cp=16),380,"model",400),  # Table 4 prints DP 4, but 8*16*16*4 = 8,192 of the 16,384 GPUs: DP left to the search
 ("megatron-1.7b","a100-sxm-80gb",32,gpt(24,2304,24),2048,512*2048,"bf16",par(1,1,32,rc="full"),137,"hw",200),
 ("megatron-18b","a100-sxm-80gb",256,gpt(40,6144,48),2048,1024*2048,"bf16",par(8,1,32,rc="full"),135,"hw",200),
 ("megatron-146b","a100-sxm-80gb",1536,gpt(80,12288,96),2048,2304*2048,"bf16",par(8,8,24,rc="full"),148,"hw",200),
 ("megatron-1t","a100-sxm-80gb",3072,gpt(128,25600,160),2048,3072*2048,"bf16",par(8,64,6,rc="full"),163,"hw",200),
 ("megatron-gpt3","a100-sxm-80gb",1024,gpt(96,12288,96),2048,1536*2048,"bf16",par(rc="full"),140,"hw",200),
 ("deepseek-v3","h800-sxm",2048,DSV3,4096,15360*4096,"fp8",par(1,16,128,ep=64,zero=1),343,"6nd",400),
 ("bloom","a100-sxm-80gb",384,gpt(70,14336,112,V=250880),2048,2048*2048,"bf16",par(4,12,8,rc="full",zero=1),156,"hw",50),
]
