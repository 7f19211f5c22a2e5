#!/usr/bin/python3
"""The PyTorch reference for `spact bench train`: one minimax iteration of SPAct at the paper's
configuration, Python eager, on the same networks (make_nn_fixtures.py's copies of the reference
UNet, R3D-18 with SPAct's layer4, ResNet-50 + projection head) and the same two steps as
core/train/steps.cpp: step 1 updates f_A on L_T - omega * L_B with f_T and f_B frozen
(requires_grad off); step 2 updates f_T and f_B on what the updated f_A, without gradients, makes
of the same batch. Adam for each network. Inputs are random tensors already on the device (the
loader is not timed, as in `spact bench train`). Prints one JSON object.

  python3 tests/reference/bench_minimax_reference.py [--device cuda] [--precision fp32|tf32|bf16]
      [--channels-last] [--clips 24] [--frames 16] [--pairs 64] [--res 112] [--iterations 10]
      [--width 1.0] [--profile N] [--upsample autocast|input|cast] [--no-conv-bias] [--cuda-graph]

`--profile N` prints, on standard error, the N kernels that take the most GPU time over two
more iterations (torch.profiler), to see where the time goes. `--upsample` picks the precision of
the UNet's bilinear up-sampling under bf16 autocast: `autocast` as PyTorch does (the op is on
autocast's fp32 list: fp32 output, the concatenation with the skip connection promoted to fp32,
cast back to bf16 by the next convolution), `input` in the input's precision (bf16, accumulating
in fp32; what nn/unet.cpp does), `cast` in fp32 and cast to bf16 before the concatenation.

`--precision fp32` with tf32 off and no channels-last is the reference code's own setting;
bf16 + --channels-last is PyTorch's best eager effort (the peer's 0.25 s on an H200).
"""
import argparse
import json
import os
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_nn_fixtures  # noqa: E402
from make_nn_fixtures import SEED, UNet, VideoResNet, privacy_net  # noqa: E402


def nt_xent(z1, z2, temperature):
    """SPAct's NT-Xent: dot products of unit vectors, positives the other view (as nn/nt_xent.cpp)."""
    z = torch.cat([z1, z2])
    n = z1.shape[0]
    sim = z @ z.t() / temperature
    sim.fill_diagonal_(float('-inf'))
    target = torch.cat([torch.arange(n, 2 * n, device=z.device), torch.arange(0, n, device=z.device)])
    return F.cross_entropy(sim, target)


def set_upsample(mode, device_type):
    """Replaces the reference Up.forward by one whose up-sampling runs at the chosen precision."""
    def forward(self, x1, x2):
        if mode == 'input':
            with torch.autocast(device_type, enabled=False):
                x1 = self.up(x1)
        else:
            x1 = self.up(x1)
            if mode == 'cast':
                x1 = x1.to(x2.dtype)
        diff_y = x2.size()[2] - x1.size()[2]
        diff_x = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diff_x // 2, diff_x - diff_x // 2, diff_y // 2, diff_y - diff_y // 2])
        return self.conv(torch.cat([x2, x1], dim=1))
    make_nn_fixtures.Up.forward = forward


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--device', default='cuda' if torch.cuda.is_available() else 'cpu')
    p.add_argument('--precision', choices=['fp32', 'tf32', 'bf16'], default='fp32')
    p.add_argument('--channels-last', action='store_true')
    p.add_argument('--clips', type=int, default=24)
    p.add_argument('--frames', type=int, default=16)
    p.add_argument('--pairs', type=int, default=64)
    p.add_argument('--res', type=int, default=112)
    p.add_argument('--classes', type=int, default=102)
    p.add_argument('--width', type=float, default=1.0)
    p.add_argument('--iterations', type=int, default=10)
    p.add_argument('--omega', type=float, default=1.0)
    p.add_argument('--profile', type=int, default=0)
    p.add_argument('--upsample', choices=['autocast', 'input', 'cast'], default='autocast')
    p.add_argument('--no-conv-bias', action='store_true',
                   help="drop the bias of f_A's convolutions that BatchNorm follows (cancelled by it in training)")
    p.add_argument('--cuda-graph', action='store_true',
                   help='capture the whole iteration, both steps and the Adam steps, in one CUDA graph and replay it')
    args = p.parse_args()

    dev = torch.device(args.device)
    set_upsample(args.upsample, dev.type)
    torch.backends.cuda.matmul.allow_tf32 = args.precision == 'tf32'
    torch.backends.cudnn.allow_tf32 = args.precision == 'tf32'
    torch.backends.cudnn.benchmark = True
    torch.manual_seed(SEED)
    fa = UNet(3, 3, args.width).to(dev)
    if args.no_conv_bias:
        for m in fa.modules():
            if isinstance(m, torch.nn.Sequential):
                for conv, bn in zip(list(m)[:-1], list(m)[1:]):
                    if isinstance(conv, torch.nn.Conv2d) and isinstance(bn, torch.nn.BatchNorm2d):
                        conv.bias = None
    ft = VideoResNet('r3d18_spact', args.classes, args.width).to(dev)
    fb = privacy_net(50, args.width, 0, 128).to(dev)
    clips = torch.rand(args.clips, 3, args.frames, args.res, args.res, device=dev)
    labels = torch.randint(0, args.classes, (args.clips,), device=dev)
    v1 = torch.rand(args.pairs, 3, args.res, args.res, device=dev)
    v2 = torch.rand(args.pairs, 3, args.res, args.res, device=dev)
    if args.channels_last:
        fa, fb = fa.to(memory_format=torch.channels_last), fb.to(memory_format=torch.channels_last)
        ft = ft.to(memory_format=torch.channels_last_3d)
        clips = clips.contiguous(memory_format=torch.channels_last_3d)
        v1, v2 = v1.contiguous(memory_format=torch.channels_last), v2.contiguous(memory_format=torch.channels_last)
    opt_a, opt_t, opt_b = (torch.optim.Adam(m.parameters(), lr=1e-4, capturable=args.cuda_graph)
                           for m in (fa, ft, fb))
    # A captured graph must not keep autocast's cast weights across replays: no cache then.
    autocast = torch.autocast(dev.type, dtype=torch.bfloat16, enabled=args.precision == 'bf16',
                              cache_enabled=not args.cuda_graph)

    def frames_of(x):
        n, c, t, h, w = x.shape
        return x.permute(0, 2, 1, 3, 4).reshape(n * t, c, h, w)

    def clips_of(y, n, t):
        return y.reshape(n, t, *y.shape[1:]).permute(0, 2, 1, 3, 4)

    def anonymize(x):
        return clips_of(fa(frames_of(x)), args.clips, args.frames)

    def privacy_loss(a, b):
        z = fb(torch.cat([a, b])).float()
        return nt_xent(*z.chunk(2), 0.1)

    def iteration():
        for m in (ft, fb):
            m.requires_grad_(False)
        opt_a.zero_grad(set_to_none=True)
        with autocast:
            loss_t = F.cross_entropy(ft(anonymize(clips)).float(), labels)
            loss_b = privacy_loss(fa(v1), fa(v2))
        (loss_t - args.omega * loss_b).backward()
        opt_a.step()
        for m in (ft, fb):
            m.requires_grad_(True)
        with torch.no_grad(), autocast:
            ac, a1, a2 = anonymize(clips), fa(v1), fa(v2)
        opt_t.zero_grad(set_to_none=True)
        opt_b.zero_grad(set_to_none=True)
        with autocast:
            loss = F.cross_entropy(ft(ac).float(), labels) + privacy_loss(a1, a2)
        loss.backward()
        opt_t.step()
        opt_b.step()

    def sync():
        if dev.type == 'cuda':
            torch.cuda.synchronize()

    step = iteration
    if args.cuda_graph:
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):  # warm-up off the default stream, as capture wants
            for _ in range(3):
                iteration()
        torch.cuda.current_stream().wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            iteration()
        step = graph.replay
    else:
        iteration()
        iteration()  # warm-up: cuDNN's algorithm search, allocations
    sync()
    start = time.perf_counter()
    for _ in range(args.iterations):
        step()
    sync()
    seconds = (time.perf_counter() - start) / args.iterations
    if args.profile > 0:
        from torch.profiler import ProfilerActivity, profile
        activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if dev.type == 'cuda' else [])
        with profile(activities=activities) as prof:
            for _ in range(2):
                step()
            sync()
        averages = prof.key_averages()
        # PyTorch 2.4 renamed the CUDA columns to "device"; older releases have only "cuda".
        keys = ['self_device_time_total', 'self_cuda_time_total'] if dev.type == 'cuda' else ['self_cpu_time_total']
        for key in keys:
            try:
                print(averages.table(sort_by=key, row_limit=args.profile, max_name_column_width=90), file=sys.stderr)
                break
            except (AttributeError, KeyError):
                continue
    print(json.dumps({'implementation': 'pytorch-eager', 'torch': torch.__version__, 'device': str(dev),
                      'gpu': torch.cuda.get_device_name(dev) if dev.type == 'cuda' else None,
                      'precision': args.precision, 'channels_last': args.channels_last, 'upsample': args.upsample,
                      'conv_bias': not args.no_conv_bias, 'cuda_graph': args.cuda_graph,
                      'shapes': {'clips': list(clips.shape), 'image_pairs': list(v1.shape)},
                      'iterations': args.iterations, 'seconds_per_iteration': seconds}))


if __name__ == '__main__':
    main()
