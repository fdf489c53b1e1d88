/**
 * Groups of interchangeable machine-learning terms, Chinese and English. A
 * query term containing one form is also looked up with each other form of
 * its group, so `张量并行` finds `Tensor并行` and `kv缓存` finds `KV Cache`.
 *
 * This is a domain glossary, written in lower case after NFKC: it names the
 * field's common terms and is not taken from any one guide. Plain data with no
 * imports, because the browser loads it beside `engine.js`.
 */
export const glossary: readonly (readonly string[])[] = [
  // Architecture
  ['注意力', 'attention'],
  ['自注意力', 'self-attention'],
  ['多头注意力', 'multi-head attention'],
  ['位置编码', 'positional encoding', 'position encoding', 'position embedding'],
  ['旋转位置编码', 'rope', 'rotary position embedding'],
  ['前馈网络', 'feed-forward', 'ffn'],
  ['层归一化', 'layer normalization', 'layernorm'],
  ['激活函数', 'activation function'],
  ['嵌入', 'embedding'],
  ['混合专家', 'moe', 'mixture of experts'],
  ['缩放定律', 'scaling law', 'scaling laws'],
  ['涌现能力', 'emergent abilities', 'emergent ability'],
  ['多模态', 'multimodal', 'multi-modal'],
  ['分词', 'tokenization', 'tokenizer'],
  // Training
  ['预训练', 'pre-training', 'pretraining'],
  ['微调', 'fine-tuning', 'finetuning', 'fine tuning', 'sft'],
  ['监督微调', 'sft', 'supervised fine-tuning'],
  ['参数高效微调', 'peft'],
  ['强化学习', 'rl', 'reinforcement learning'],
  ['人类反馈强化学习', 'rlhf'],
  ['奖励模型', 'reward model'],
  ['蒸馏', 'distillation'],
  ['知识蒸馏', 'knowledge distillation'],
  ['混合精度', 'mixed precision'],
  ['学习率', 'learning rate'],
  ['优化器', 'optimizer'],
  ['梯度累积', 'gradient accumulation'],
  ['梯度检查点', 'gradient checkpointing', 'activation checkpointing'],
  ['激活重计算', 'activation recomputation', 'recomputation'],
  ['分布式训练', 'distributed training'],
  ['数据并行', 'data parallel', 'data parallelism'],
  ['模型并行', 'model parallel', 'model parallelism'],
  ['张量并行', 'tensor并行', 'tensor parallel', 'tensor parallelism'],
  ['流水线并行', 'pipeline parallel', 'pipeline parallelism'],
  ['去重', 'deduplication', 'dedup'],
  ['联邦学习', 'federated learning'],
  ['对比学习', 'contrastive learning'],
  ['上下文学习', 'in-context learning'],
  ['少样本', 'few-shot'],
  ['提示工程', 'prompt engineering'],
  ['检索增强生成', 'rag', 'retrieval-augmented generation'],
  ['智能体', 'agent'],
  // Inference
  ['推理', 'inference'],
  ['量化', 'quantization'],
  ['剪枝', 'pruning'],
  ['缓存', 'cache'],
  ['解码', 'decoding'],
  ['束搜索', 'beam search'],
  ['贪心搜索', 'greedy search'],
  ['采样', 'sampling'],
  ['算子融合', '内核融合', 'kernel fusion'],
  ['投机解码', 'speculative decoding'],
  ['批处理', 'batching'],
  // Serving
  ['吞吐量', 'throughput'],
  ['延迟', 'latency'],
  ['负载均衡', 'load balancing'],
  ['容器化', 'containerization'],
  ['熔断', 'circuit breaker'],
  ['服务降级', 'graceful degradation'],
  ['灰度发布', 'canary release', 'canary'],
  ['回滚', 'rollback'],
  ['监控', 'monitoring']
]
