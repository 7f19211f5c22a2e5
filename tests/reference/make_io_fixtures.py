#!/usr/bin/python3
"""Fixtures for the weight import/export tests (tests/core/nn/tst_weights_io.cpp) and the seed
corpus of the checkpoint fuzz target (tests/fuzz/fuzz_checkpoint.cpp).

Writes small files (a few KB) into OUT_DIR (default tests/reference/fixtures/io):

  plain_dict.pth        torch.save of a plain dict state dict (UNet keys, a long buffer)
  ordered_dict.pth      torch.save of module.state_dict(): an OrderedDict with _metadata
  official.pth          the official SPAct layout: epoch, fa/fb/ft_model_state_dict with
                        DataParallel "module." prefixes, Adam optimizer states, a float entry
  official_expected.safetensors   the same networks' tensors as "<role>/<key>", no prefixes
  dtypes.safetensors    one tensor per dtype (F64 F32 F16 BF16 I64 I32 I16 I8 U8 BOOL), each
                        arange(6).reshape(2, 3) (BOOL: odd entries), metadata {"origin": "fixture"}
  legacy.pth            torch.save(..., _use_new_zipfile_serialization=False)
  malicious_system.pth  a pickle whose payload calls os.system to create MARKER if executed
  malicious_exec.pth    the same through builtins.exec
  scripted_anonymizer.pt  torch.jit.script of a tiny UNet-keyed anonymizer (sigmoid output)

MARKER is /tmp/spact-io-fixture-pwned; the tests assert it never appears.
Run with Debian's python3-torch (not a pyenv python):
  /usr/bin/python3 tests/reference/make_io_fixtures.py [OUT_DIR]
Safetensors files are written by hand: python3-safetensors is not packaged.
"""
import collections
import json
import os
import struct
import sys

import torch
import torch.nn as nn

MARKER = "/tmp/spact-io-fixture-pwned"

DTYPES = {
    torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
    torch.uint8: "U8", torch.bool: "BOOL",
}


def write_safetensors(path, tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name, t in tensors.items():
        t = t.detach().contiguous()
        raw = t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": DTYPES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


class DoubleConv(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.double_conv = nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU())

    def forward(self, x):
        return self.double_conv(x)


class OutConv(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 1)

    def forward(self, x):
        return self.conv(x)


class TinyAnonymizer(nn.Module):
    """UNet keys (inc.double_conv..., outc.conv...) at toy size: an anonymizer by its keys."""

    def __init__(self):
        super().__init__()
        self.inc = DoubleConv(3, 4)
        self.outc = OutConv(4, 3)

    def forward(self, x):
        return torch.sigmoid(self.outc(self.inc(x)))


def randomize(module):
    for name, t in module.state_dict().items():
        if t.is_floating_point():
            t.copy_(torch.rand_like(t) + 0.5) if "running_var" in name \
                else t.copy_(torch.randn_like(t) * 0.5)
        else:
            t.fill_(3)
    return module


def action_state():
    # R3D-18 keys (5-D stem, layer4, fc) at toy size.
    return collections.OrderedDict([
        ("stem.0.weight", torch.randn(2, 3, 1, 3, 3)),
        ("stem.1.weight", torch.randn(2)), ("stem.1.bias", torch.randn(2)),
        ("stem.1.running_mean", torch.randn(2)), ("stem.1.running_var", torch.rand(2) + 0.5),
        ("stem.1.num_batches_tracked", torch.tensor(5)),
        ("layer4.0.conv1.0.weight", torch.randn(2, 2, 3, 3, 3)),
        ("fc.weight", torch.randn(5, 2)), ("fc.bias", torch.randn(5)),
    ])


def privacy_state():
    # ResNet keys (4-D conv1) and a projection head (Linear-ReLU-Linear) at toy size.
    return collections.OrderedDict([
        ("conv1.weight", torch.randn(2, 3, 3, 3)),
        ("bn1.weight", torch.randn(2)), ("bn1.bias", torch.randn(2)),
        ("bn1.running_mean", torch.randn(2)), ("bn1.running_var", torch.rand(2) + 0.5),
        ("bn1.num_batches_tracked", torch.tensor(9)),
        ("layer1.0.conv1.weight", torch.randn(2, 2, 3, 3)),
        ("fc.0.weight", torch.randn(4, 2)), ("fc.0.bias", torch.randn(4)),
        ("fc.2.weight", torch.randn(3, 4)), ("fc.2.bias", torch.randn(3)),
    ])


class Evil:
    def __init__(self, how):
        self.how = how

    def __reduce__(self):
        if self.how == "system":
            return (os.system, (f"touch {MARKER}",))
        return (exec, (f"open({MARKER!r}, 'w').close()",))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "io")
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(1)

    anonymizer = randomize(TinyAnonymizer()).eval()
    torch.save(dict(anonymizer.state_dict()), os.path.join(out, "plain_dict.pth"))
    ordered = anonymizer.state_dict()
    assert isinstance(ordered, collections.OrderedDict) and hasattr(ordered, "_metadata")
    torch.save(ordered, os.path.join(out, "ordered_dict.pth"))
    write_safetensors(os.path.join(out, "anonymizer_expected.safetensors"), ordered)

    fa, ft, fb = anonymizer.state_dict(), action_state(), privacy_state()
    prefixed = lambda sd: collections.OrderedDict(("module." + k, v) for k, v in sd.items())
    params = [nn.Parameter(v.clone()) for k, v in fa.items() if v.is_floating_point() and "running" not in k]
    optimizer = torch.optim.Adam(params, lr=1e-4)
    sum(p.sum() for p in params).backward()
    optimizer.step()
    torch.save({
        "epoch": 7,
        "fa_model_state_dict": prefixed(fa),
        "fb_model_state_dict": prefixed(fb),
        "ft_model_state_dict": prefixed(ft),
        "optimizer_fa": optimizer.state_dict(),
        "lr": 1e-4,
        "device": torch.device("cpu"),
    }, os.path.join(out, "official.pth"))
    expected = collections.OrderedDict()
    for role, sd in (("anonymizer", fa), ("action", ft), ("privacy", fb)):
        for k, v in sd.items():
            expected[f"{role}/{k}"] = v
    write_safetensors(os.path.join(out, "official_expected.safetensors"), expected)

    base = torch.arange(6).reshape(2, 3)
    typed = collections.OrderedDict((DTYPES[d].lower(), (base % 2).bool() if d == torch.bool else base.to(d))
                                    for d in DTYPES)
    write_safetensors(os.path.join(out, "dtypes.safetensors"), typed, {"origin": "fixture"})

    torch.save(fa, os.path.join(out, "legacy.pth"), _use_new_zipfile_serialization=False)
    torch.save({"weights": Evil("system")}, os.path.join(out, "malicious_system.pth"))
    torch.save({"weights": Evil("exec")}, os.path.join(out, "malicious_exec.pth"))
    assert not os.path.exists(MARKER)

    torch.jit.script(anonymizer).save(os.path.join(out, "scripted_anonymizer.pt"))
    for name in sorted(os.listdir(out)):
        print(f"{os.path.getsize(os.path.join(out, name)):8d}  {name}")


if __name__ == "__main__":
    main()
