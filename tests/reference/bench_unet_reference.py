#!/usr/bin/python3
"""The PyTorch reference for `spact bench anonymize`: f_A run the way the official SPAct code runs
it -- the reference UNet (make_nn_fixtures.py's copy of milesial Pytorch-UNet, bilinear), Python
eager, fp32, eval mode, torch.no_grad(), a batch of frames at a time, torch.set_num_threads(cores)
-- with random weights drawn as the fixtures draw them. One warm-up batch is not timed. Prints one
JSON object with frames/s.

  /usr/bin/python3 tests/reference/bench_unet_reference.py [--res 112] [--batch 8] [--frames 64]
      [--width 1.0] [--threads N] [--save-weights FILE.safetensors]

--save-weights also writes the network's state dict (PyTorch's keys), which `spact anonymize
--model` reads: the end-to-end benchmark uses it for f_A at reduced width.
"""
import argparse
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_nn_fixtures import SEED, UNet, randomize, write_safetensors  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--res', type=int, default=112)
    p.add_argument('--batch', type=int, default=8)
    p.add_argument('--frames', type=int, default=64, help='timed frames, rounded up to whole batches')
    p.add_argument('--width', type=float, default=1.0)
    p.add_argument('--threads', type=int, default=len(os.sched_getaffinity(0)))
    p.add_argument('--save-weights', metavar='FILE')
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    gen = torch.Generator().manual_seed(SEED)
    model = UNet(3, 3, args.width)
    randomize(model, gen)
    if args.save_weights:
        write_safetensors(args.save_weights, list(model.state_dict().items()))
    model.eval()
    x = torch.rand(args.batch, 3, args.res, args.res, generator=gen)
    with torch.no_grad():
        model(x)  # warm-up: allocations, oneDNN primitive creation
        frames, start = 0, time.perf_counter()
        while frames < args.frames:
            model(x)
            frames += args.batch
        seconds = time.perf_counter() - start
    print(json.dumps({'implementation': 'pytorch-eager', 'torch': torch.__version__, 'threads': torch.get_num_threads(),
                      'width': args.width, 'resolution': args.res, 'batch': args.batch, 'frames': frames,
                      'seconds': seconds, 'frames_per_second': frames / seconds}))


if __name__ == '__main__':
    main()
