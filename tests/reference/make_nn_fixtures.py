#!/usr/bin/python3
"""Parity fixtures for the LibTorch networks in core/nn (tests/core/nn/tst_networks.cpp, tst_ntxent.cpp).

Builds each SPAct network in PyTorch -- torchvision's own blocks and layouts, the reference UNet
(milesial Pytorch-UNet, bilinear, as the official SPAct code uses it), SPAct's R3D-18 variant and
projection head -- at a reduced width, draws random weights (BatchNorm statistics included) with a
fixed seed, and writes for each network:

  <name>.weights.safetensors  the state dict, keys and order exactly as PyTorch's state_dict()
  <name>.io.safetensors       input, output.eval, output.train, and after_train.<buffer> (the
                              BatchNorm buffers after the train-mode forward); the network's
                              NetworkSpec JSON is in the header's __metadata__ under "spec"

and ntxent.safetensors with NT-Xent values and input gradients. At width 1 every network is
checked key for key and shape for shape against torchvision's model, and the parameter counts of
DESIGN.md are asserted, so the reduced networks are the same layouts, only narrower.

Run with Debian's python3-torch/python3-torchvision (not a pyenv python):
  /usr/bin/python3 tests/reference/make_nn_fixtures.py [OUT_DIR]
Safetensors files are written by hand (struct + json): python3-safetensors is not packaged.
"""
import json
import math
import os
import struct
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torchvision.models import resnet as tv_resnet
from torchvision.models.video import resnet as tv_video

SEED = 20220619  # CVPR 2022


def scaled(channels, width):
    """Channels at a width multiplier: round half up, at least 1 (core/nn/widths.h does the same)."""
    return max(1, int(math.floor(channels * width + 0.5)))


# --- f_A: the reference UNet (milesial Pytorch-UNet, bilinear; conv bias on, as in that version) --

class DoubleConv(nn.Module):
    def __init__(self, in_channels, out_channels, mid_channels=None):
        super().__init__()
        mid_channels = mid_channels or out_channels
        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True))

    def forward(self, x):
        return self.double_conv(x)


class Down(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.maxpool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(in_channels, out_channels))

    def forward(self, x):
        return self.maxpool_conv(x)


class Up(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
        self.conv = DoubleConv(in_channels, out_channels, in_channels // 2)

    def forward(self, x1, x2):
        x1 = self.up(x1)
        diff_y = x2.size()[2] - x1.size()[2]
        diff_x = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diff_x // 2, diff_x - diff_x // 2, diff_y // 2, diff_y - diff_y // 2])
        return self.conv(torch.cat([x2, x1], dim=1))


class OutConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=1)

    def forward(self, x):
        return self.conv(x)


class UNet(nn.Module):
    def __init__(self, n_channels=3, n_classes=3, width=1.0):
        super().__init__()
        b = scaled(64, width)  # 64-128-256-512-512 at width 1 (1024 // 2: the bilinear factor)
        self.inc = DoubleConv(n_channels, b)
        self.down1 = Down(b, 2 * b)
        self.down2 = Down(2 * b, 4 * b)
        self.down3 = Down(4 * b, 8 * b)
        self.down4 = Down(8 * b, 8 * b)
        self.up1 = Up(16 * b, 4 * b)
        self.up2 = Up(8 * b, 2 * b)
        self.up3 = Up(4 * b, b)
        self.up4 = Up(2 * b, b)
        self.outc = OutConv(b, n_classes)
        self.sigm = nn.Sigmoid()

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(x1)
        x3 = self.down2(x2)
        x4 = self.down3(x3)
        x5 = self.down4(x4)
        x = self.up1(x5, x4)
        x = self.up2(x, x3)
        x = self.up3(x, x2)
        x = self.up4(x, x1)
        return self.sigm(self.outc(x))


# --- f_T: torchvision's VideoResNet, narrowed; SPAct's layer4 change ------------------------------

class VideoResNet(tv_video.VideoResNet):
    """torchvision's VideoResNet with every width scaled (the stems are torchvision's, re-sized)."""

    def __init__(self, arch, num_classes, width):
        nn.Module.__init__(self)
        b = scaled(64, width)
        if arch == 'r2plus1d18':
            mid = scaled(45, width)
            self.stem = nn.Sequential(
                nn.Conv3d(3, mid, kernel_size=(1, 7, 7), stride=(1, 2, 2), padding=(0, 3, 3), bias=False),
                nn.BatchNorm3d(mid), nn.ReLU(inplace=True),
                nn.Conv3d(mid, b, kernel_size=(3, 1, 1), stride=(1, 1, 1), padding=(1, 0, 0), bias=False),
                nn.BatchNorm3d(b), nn.ReLU(inplace=True))
            builder = tv_video.Conv2Plus1D
        else:
            self.stem = nn.Sequential(
                nn.Conv3d(3, b, kernel_size=(3, 7, 7), stride=(1, 2, 2), padding=(1, 3, 3), bias=False),
                nn.BatchNorm3d(b), nn.ReLU(inplace=True))
            builder = tv_video.Conv3DSimple
        self.inplanes = b
        block = tv_video.BasicBlock
        self.layer1 = self._make_layer(block, builder, b, 2, stride=1)
        self.layer2 = self._make_layer(block, builder, 2 * b, 2, stride=2)
        self.layer3 = self._make_layer(block, builder, 4 * b, 2, stride=2)
        self.layer4 = self._make_layer(block, builder, 8 * b, 2, stride=2)
        self.avgpool = nn.AdaptiveAvgPool3d((1, 1, 1))
        self.fc = nn.Linear(8 * b, num_classes)
        if arch == 'r3d18_spact':
            # SPAct (model.py, build_r3d_classifier): no temporal down-sampling in layer4, a
            # temporally dilated first conv instead; the shortcut follows with stride (1, 2, 2).
            self.layer4[0].conv1[0] = nn.Conv3d(4 * b, 8 * b, kernel_size=(3, 3, 3), stride=(1, 2, 2),
                                                padding=(2, 1, 1), dilation=(2, 1, 1), bias=False)
            self.layer4[0].downsample[0] = nn.Conv3d(4 * b, 8 * b, kernel_size=(1, 1, 1), stride=(1, 2, 2),
                                                     bias=False)


# --- f_B and the attribute classifier: torchvision's ResNet, narrowed -------------------------------

class ResNet(tv_resnet.ResNet):
    def __init__(self, depth, num_classes, width):
        nn.Module.__init__(self)
        block, layers = {18: (tv_resnet.BasicBlock, [2, 2, 2, 2]), 50: (tv_resnet.Bottleneck, [3, 4, 6, 3])}[depth]
        b = scaled(64, width)
        self._norm_layer = nn.BatchNorm2d
        self.inplanes = b
        self.dilation = 1
        self.groups = 1
        self.base_width = 64
        self.conv1 = nn.Conv2d(3, b, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(b)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, b, layers[0])
        self.layer2 = self._make_layer(block, 2 * b, layers[1], stride=2)
        self.layer3 = self._make_layer(block, 4 * b, layers[2], stride=2)
        self.layer4 = self._make_layer(block, 8 * b, layers[3], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.features = 8 * b * block.expansion
        self.fc = nn.Linear(self.features, num_classes) if num_classes > 0 else nn.Identity()


class MLP(nn.Module):
    """SPAct's projection head (model.py, ssl_pretrained_load): fc1-ReLU-fc2, then L2 normalisation."""

    def __init__(self, features, hidden, out):
        super().__init__()
        self.fc1 = nn.Linear(features, hidden, bias=True)
        self.relu = nn.ReLU(inplace=True)
        self.fc2 = nn.Linear(hidden, out, bias=True)

    def forward(self, x):
        return F.normalize(self.fc2(self.relu(self.fc1(x))), p=2, dim=1)


def privacy_net(depth, width, hidden, out):
    """nn.Sequential(backbone, head) as SPAct builds f_B: keys '0.conv1.weight' ... '1.fc2.bias'."""
    backbone = ResNet(depth, 0, width)
    return nn.Sequential(backbone, MLP(backbone.features, hidden or backbone.features, out))


# --- NT-Xent: the SimCLR implementation SPAct imports (nt_xent_original.NTXentLoss) -----------------

class NTXentLoss(nn.Module):
    def __init__(self, batch_size, temperature, use_cosine_similarity):
        super().__init__()
        self.batch_size = batch_size
        self.temperature = temperature
        self.mask = self._correlated_mask()
        self.use_cosine = use_cosine_similarity
        self.criterion = nn.CrossEntropyLoss(reduction='sum')

    def _correlated_mask(self):
        n = 2 * self.batch_size
        diag = torch.eye(n)
        l1 = torch.diag(torch.ones(self.batch_size), -self.batch_size)
        l2 = torch.diag(torch.ones(self.batch_size), self.batch_size)
        return (1 - (diag + l1 + l2)).bool()

    def forward(self, zis, zjs):
        r = torch.cat([zjs, zis], dim=0)
        if self.use_cosine:
            sim = F.cosine_similarity(r.unsqueeze(1), r.unsqueeze(0), dim=-1)
        else:
            sim = torch.tensordot(r.unsqueeze(1), r.T.unsqueeze(0), dims=2)
        l_pos = torch.diag(sim, self.batch_size)
        r_pos = torch.diag(sim, -self.batch_size)
        positives = torch.cat([l_pos, r_pos]).view(2 * self.batch_size, 1)
        negatives = sim[self.mask].view(2 * self.batch_size, -1)
        logits = torch.cat((positives, negatives), dim=1) / self.temperature
        labels = torch.zeros(2 * self.batch_size, dtype=torch.long)
        return self.criterion(logits, labels) / (2 * self.batch_size)


# --- safetensors, by hand -------------------------------------------------------------------------

DTYPES = {torch.float32: 'F32', torch.float64: 'F64', torch.float16: 'F16', torch.int64: 'I64', torch.int32: 'I32'}


def write_safetensors(path, tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    if metadata:
        header['__metadata__'] = {k: str(v) for k, v in metadata.items()}
    for name, t in tensors:
        t = t.detach().contiguous().cpu()
        data = t.numpy().tobytes() if t.numel() else b''
        # numpy writes native order; every machine this runs on is little-endian, as the format is.
        assert sys.byteorder == 'little'
        header[name] = {'dtype': DTYPES[t.dtype], 'shape': list(t.shape), 'data_offsets': [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(',', ':')).encode('utf-8')
    text += b' ' * (-len(text) % 8)  # the format pads the header to 8 bytes with spaces
    with open(path, 'wb') as f:
        f.write(struct.pack('<Q', len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


# --- the fixtures ---------------------------------------------------------------------------------

def count(model):
    return sum(p.numel() for p in model.parameters())


def same_layout(ours, theirs, what):
    a = [(k, tuple(v.shape)) for k, v in ours.state_dict().items()]
    b = [(k, tuple(v.shape)) for k, v in theirs.state_dict().items()]
    assert a == b, f'{what}: layout differs from torchvision'


def check_full_size():
    assert count(UNet(3, 3, 1.0)) == 17_267_523
    r3d = VideoResNet('r3d18_spact', 102, 1.0)
    assert count(r3d) == 33_218_598
    plain = torchvision.models.video.r3d_18(num_classes=102)
    same_layout(VideoResNet('r3d18', 102, 1.0), plain, 'r3d18')
    same_layout(VideoResNet('r2plus1d18', 400, 1.0), torchvision.models.video.r2plus1d_18(), 'r2plus1d18')
    # The SPAct variant differs from torchvision's only in layer4.0's conv strides, not in shapes.
    same_layout(r3d, plain, 'r3d18_spact')
    for depth, tv in ((18, torchvision.models.resnet18), (50, torchvision.models.resnet50)):
        same_layout(ResNet(depth, 1000, 1.0), tv(), f'resnet{depth}')
    assert count(privacy_net(50, 1.0, 0, 128)) == 27_966_656


def randomize(model, gen):
    """Weights as torchvision initialises them, BatchNorm affine and statistics random, so that
    eval mode (running statistics) and train mode (batch statistics) are both real tests."""
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, (nn.Conv2d, nn.Conv3d)):
                # kaiming_normal_(mode='fan_out', nonlinearity='relu'), drawn from our generator
                fan_out = m.weight.shape[0] * m.weight[0, 0].numel()
                m.weight.copy_(torch.randn(m.weight.shape, generator=gen) * math.sqrt(2.0 / fan_out))
                if m.bias is not None:
                    m.bias.copy_(torch.randn(m.bias.shape, generator=gen) * 0.1)
            elif isinstance(m, (nn.BatchNorm2d, nn.BatchNorm3d)):
                m.weight.copy_(torch.rand(m.weight.shape, generator=gen) + 0.5)
                m.bias.copy_(torch.randn(m.bias.shape, generator=gen) * 0.1)
                m.running_mean.copy_(torch.randn(m.running_mean.shape, generator=gen) * 0.1)
                m.running_var.copy_(torch.rand(m.running_var.shape, generator=gen) + 0.5)
                m.num_batches_tracked.fill_(7)
        # Residual branches end in a smaller BatchNorm scale so that eval-mode outputs stay O(1)
        # through 16 blocks (an absolute tolerance of 1e-4 is then a meaningful one).
        for m in model.modules():
            last = {tv_resnet.Bottleneck: lambda b: b.bn3, tv_resnet.BasicBlock: lambda b: b.bn2,
                    tv_video.BasicBlock: lambda b: b.conv2[1]}.get(type(m))
            if last:
                last(m).weight.mul_(0.3)
            # Likewise the UNet's output logits, so that its sigmoid is not saturated in eval mode.
            if isinstance(m, OutConv):
                m.conv.weight.mul_(0.1)
            elif isinstance(m, nn.Linear):
                bound = 1.0 / math.sqrt(m.in_features)
                m.weight.copy_((torch.rand(m.weight.shape, generator=gen) * 2 - 1) * bound * math.sqrt(3))
                m.bias.copy_(torch.randn(m.bias.shape, generator=gen) * 0.1)


def network_fixture(out_dir, name, spec, model, x, gen):
    randomize(model, gen)
    state = list(model.state_dict().items())
    write_safetensors(os.path.join(out_dir, f'{name}.weights.safetensors'), state)
    model.eval()
    with torch.no_grad():
        y_eval = model(x)
    model.train()
    with torch.no_grad():
        y_train = model(x)
    buffers = [(f'after_train.{k}', v) for k, v in model.state_dict().items()
               if k.endswith(('running_mean', 'running_var', 'num_batches_tracked'))]
    write_safetensors(os.path.join(out_dir, f'{name}.io.safetensors'),
                      [('input', x), ('output.eval', y_eval), ('output.train', y_train)] + buffers,
                      {'spec': json.dumps(spec)})
    print(f'{name:22s} params {count(model):8d}  out {tuple(y_eval.shape)}  '
          f'|eval| {y_eval.abs().max():.3g}  |train| {y_train.abs().max():.3g}')


def ntxent_fixture(out_dir, gen):
    n, d = 5, 16
    raw1 = torch.randn(n, d, generator=gen)
    raw2 = raw1 + 0.5 * torch.randn(n, d, generator=gen)
    tensors = [('raw1', raw1), ('raw2', raw2)]
    # SPAct: L2-normalised projections, dot-product similarity, temperature 0.1.
    # SimCLR: cosine similarity of the raw vectors, here at temperature 0.5.
    for tag, cosine, temperature, a, b in (('dot', False, 0.1, F.normalize(raw1, dim=1), F.normalize(raw2, dim=1)),
                                           ('cosine', True, 0.5, raw1, raw2)):
        z1, z2 = a.clone().requires_grad_(True), b.clone().requires_grad_(True)
        loss = NTXentLoss(n, temperature, cosine)(z1, z2)
        g1, g2 = torch.autograd.grad(loss, [z1, z2])
        tensors += [(f'{tag}.z1', a), (f'{tag}.z2', b), (f'{tag}.loss', loss.detach().reshape(1)),
                    (f'{tag}.grad1', g1), (f'{tag}.grad2', g2)]
        print(f'ntxent {tag:6s} loss {loss.item():.6f}')
    write_safetensors(os.path.join(out_dir, 'ntxent.safetensors'), tensors)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
    os.makedirs(out_dir, exist_ok=True)
    torch.set_num_threads(1)
    check_full_size()

    gen = torch.Generator().manual_seed(SEED)
    image = torch.rand(2, 3, 36, 36, generator=gen)     # ResNets: 36 -> 18 -> 9 -> 9 -> 5 -> 3 -> 2
    odd = torch.rand(2, 3, 27, 21, generator=gen)       # UNet: odd sizes exercise the up path's padding
    clip = torch.rand(1, 3, 12, 16, 16, generator=gen)  # T=12 leaves 3 frames in layer4: the dilation acts
    w = 1 / 32  # widths 2-4-8-16: small files, every layer still there
    nets = [
        ('unet', {'kind': 'anonymizer', 'arch': 'unet', 'width': w}, UNet(3, 3, w), odd),
        ('r3d18_spact', {'kind': 'action', 'arch': 'r3d18_spact', 'width': w, 'classes': 10},
         VideoResNet('r3d18_spact', 10, w), clip),
        ('r3d18', {'kind': 'action', 'arch': 'r3d18', 'width': w, 'classes': 10}, VideoResNet('r3d18', 10, w), clip),
        ('r2plus1d18', {'kind': 'action', 'arch': 'r2plus1d18', 'width': w, 'classes': 10},
         VideoResNet('r2plus1d18', 10, w), clip),
        ('privacy_resnet50', {'kind': 'privacy', 'arch': 'resnet50', 'width': w, 'head_hidden': 96, 'head_out': 16},
         privacy_net(50, w, 96, 16), image),
        ('privacy_resnet18', {'kind': 'privacy', 'arch': 'resnet18', 'width': w, 'head_out': 16},
         privacy_net(18, w, 0, 16), image),
        ('attributes_resnet50', {'kind': 'attributes', 'arch': 'resnet50', 'width': w, 'attributes': 7},
         ResNet(50, 7, w), image),
        ('attributes_resnet18', {'kind': 'attributes', 'arch': 'resnet18', 'width': w, 'attributes': 7},
         ResNet(18, 7, w), image),
    ]
    for name, spec, model, x in nets:
        network_fixture(out_dir, name, spec, model, x, gen)
    ntxent_fixture(out_dir, gen)


if __name__ == '__main__':
    main()
