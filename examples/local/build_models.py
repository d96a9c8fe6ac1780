"""Build two tiny real HF causal LMs offline: one trained on the 'bigger' task, one untrained.

Usage: python build_models.py OUT_DIR   (writes OUT_DIR/tiny-good and OUT_DIR/tiny-weak; about 12 s of CPU)
"""

import random
import sys
from pathlib import Path


def corpus(rng: random.Random) -> list[str]:
    lines = []
    for _ in range(6000):
        a, b = rng.sample(range(1, 100), 2)
        lines.append(f"Which is bigger: {a} or {b}? Answer: {max(a, b)}")
    return lines


def main(out: Path) -> None:
    try:
        import torch
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
        from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
    except ImportError as exc:
        sys.exit(f"Error: building the tiny models needs {exc.name or 'torch'}; pip install 'benchclaims[local]'")

    # one thread: a 64-wide model gains nothing from more, and they stall each other on a shared CPU
    # (here 12 s of CPU instead of about 66 s, with the same weights' accuracy: 93% vs 50%)
    torch.set_num_threads(1)
    torch.manual_seed(0)
    rng = random.Random(0)
    lines = corpus(rng)
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(vocab_size=512, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(lines, trainer)
    eos = "<|endoftext|>"
    hf_tok = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token=eos, eos_token=eos, unk_token=eos,
                                     pad_token=eos, model_max_length=128)
    eos_id = hf_tok.convert_tokens_to_ids(eos)
    config = GPT2Config(vocab_size=len(hf_tok), n_positions=128, n_embd=64, n_layer=2, n_head=4,
                        bos_token_id=eos_id, eos_token_id=eos_id)
    # 300 steps: tiny-good answers about 93% of the 200 items (lm-eval acc), tiny-weak half (chance)
    for name, steps in (("tiny-weak", 0), ("tiny-good", 300)):
        model = GPT2LMHeadModel(config)
        if steps:
            opt = torch.optim.AdamW(model.parameters(), lr=4e-3)
            model.train()
            for _ in range(steps):
                batch = hf_tok(rng.sample(lines, 64), return_tensors="pt", padding=True)
                labels = batch["input_ids"].clone()
                labels[batch["attention_mask"] == 0] = -100
                loss = model(**batch, labels=labels).loss
                opt.zero_grad()
                loss.backward()
                opt.step()
        model.eval()
        target = out / name
        model.save_pretrained(target)
        hf_tok.save_pretrained(target)
        print(f"built {target}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
