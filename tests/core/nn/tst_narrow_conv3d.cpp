// NarrowConv3d (nn/narrow_conv3d.h): where it folds clips into channels, and that the folded
// convolution is Conv3d's -- output and the gradients of input, weight and bias -- on any CPU
// (the fold is switched on for these checks; by default it is off, and SPACT_FOLD_NARROW_CONV3D=1
// turns it on where the CPU has AVX-512).
#include <thread>

#include <QtTest>
#include <torch/torch.h>

#include "nn/flop_counter.h"
#include "nn/narrow_conv3d.h"
#include "nn/runtime.h"
#include "nn/video_resnet.h"

using namespace spact::nn;

namespace {

namespace tnn = torch::nn;

// Restores the process's setting when a check ends.
struct Folding {
  const bool before = narrowConvFolding();
  explicit Folding(bool enabled) { setNarrowConvFolding(enabled); }
  ~Folding() { setNarrowConvFolding(before); }
};

struct Grads {
  torch::Tensor output, input, weight, bias;
};

// Forward and backward of `conv` on `x` against a fixed random upstream gradient.
Grads run(NarrowConv3dImpl& conv, const torch::Tensor& x) {
  conv.zero_grad();
  torch::Tensor in = x.detach().requires_grad_(true);
  torch::Tensor y = conv.forward(in);
  torch::manual_seed(7);
  (y * torch::randn_like(y)).sum().backward();
  return {y.detach(), in.grad(), conv.weight.grad().clone(), conv.bias.defined() ? conv.bias.grad().clone() : torch::Tensor()};
}

void compare(const Grads& folded, const Grads& plain) {
  QVERIFY(torch::allclose(folded.output, plain.output, 1e-5, 1e-5));
  QVERIFY(torch::allclose(folded.input, plain.input, 1e-5, 1e-5));
  QVERIFY(torch::allclose(folded.weight, plain.weight, 1e-4, 1e-4));
  if (plain.bias.defined()) QVERIFY(torch::allclose(folded.bias, plain.bias, 1e-4, 1e-4));
}

}  // namespace

class TestNarrowConv3d : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void foldsWhereItPays() {
    Folding on(true);
    NarrowConv3d eight(tnn::Conv3dOptions(8, 8, 3).padding(1).bias(false));
    const auto x = torch::randn({4, 8, 2, 6, 6});
    QCOMPARE(narrowConvFold(*eight, x), int64_t{2});  // the weight needs its gradient
    QCOMPARE(narrowConvFold(*eight, torch::randn({3, 8, 2, 6, 6})), int64_t{1});  // odd batch
    QCOMPARE(narrowConvFold(*eight, x.transpose(3, 4)), int64_t{1});  // not a view once folded
    {
      torch::NoGradGuard noGrad;  // forward alone: nothing to gain
      QCOMPARE(narrowConvFold(*eight, x), int64_t{1});
    }
    for (auto& p : eight->parameters()) p.set_requires_grad(false);
    QCOMPARE(narrowConvFold(*eight, x), int64_t{1});  // frozen, and the input needs no gradient
    QCOMPARE(narrowConvFold(*eight, x.clone().requires_grad_(true)), int64_t{2});  // ...but this one does
    NarrowConv3d four(tnn::Conv3dOptions(4, 8, 3).padding(1));
    QCOMPARE(narrowConvFold(*four, torch::randn({8, 4, 2, 6, 6})), int64_t{4});
    for (int64_t channels : {3, 16}) {  // a partial block either way, or a full one already
      NarrowConv3d other(tnn::Conv3dOptions(channels, 8, 3).padding(1));
      QCOMPARE(narrowConvFold(*other, torch::randn({4, channels, 2, 6, 6})), int64_t{1});
    }
    NarrowConv3d grouped(tnn::Conv3dOptions(8, 8, 3).padding(1).groups(2));
    QCOMPARE(narrowConvFold(*grouped, x), int64_t{1});
    setNarrowConvFolding(false);
    NarrowConv3d again(tnn::Conv3dOptions(8, 8, 3).padding(1));
    QCOMPARE(narrowConvFold(*again, x), int64_t{1});
  }

  // A thread's own setting (NarrowConvFoldingHere) overrides the process's there only, and only
  // while it lives; on, it folds only where the CPU computes in 16-channel blocks.
  void foldingHereIsTheThreadsOwn() {
    Folding on(true);
    NarrowConv3d eight(tnn::Conv3dOptions(8, 8, 3).padding(1).bias(false));
    const auto x = torch::randn({4, 8, 2, 6, 6});
    {
      NarrowConvFoldingHere off(false);
      QCOMPARE(narrowConvFold(*eight, x), int64_t{1});
      int64_t elsewhere = 0;
      std::thread([&] { elsewhere = narrowConvFold(*eight, x); }).join();
      QCOMPARE(elsewhere, int64_t{2});
      {
        NarrowConvFoldingHere again(true);
        QCOMPARE(narrowConvFold(*eight, x), cpuComputesIn16ChannelBlocks() ? int64_t{2} : int64_t{1});
      }
      QCOMPARE(narrowConvFold(*eight, x), int64_t{1});
    }
    QCOMPARE(narrowConvFold(*eight, x), int64_t{2});
  }

  void foldedIsConv3d_data() {
    QTest::addColumn<int64_t>("in");
    QTest::addColumn<int64_t>("out");
    QTest::addColumn<bool>("bias");
    QTest::addColumn<QString>("shape");
    QTest::newRow("8→8, 3×3×3") << int64_t{8} << int64_t{8} << false << "plain";
    QTest::newRow("8→16, stride 2, bias") << int64_t{8} << int64_t{16} << true << "stride";
    QTest::newRow("4→8, SPAct's temporal dilation") << int64_t{4} << int64_t{8} << false << "dilated";
    QTest::newRow("8→16, 1×1×1 shortcut") << int64_t{8} << int64_t{16} << false << "shortcut";
  }
  void foldedIsConv3d() {
    QFETCH(int64_t, in);
    QFETCH(int64_t, out);
    QFETCH(bool, bias);
    QFETCH(QString, shape);
    auto options = tnn::Conv3dOptions(in, out, 3).padding(1).bias(bias);
    if (shape == "stride") options.stride(2);
    if (shape == "dilated") options.stride({1, 2, 2}).padding({2, 1, 1}).dilation({2, 1, 1});
    if (shape == "shortcut") options = tnn::Conv3dOptions(in, out, 1).stride(2).bias(false);
    torch::manual_seed(1);
    NarrowConv3d conv(options);
    const auto x = torch::randn({8, in, 4, 8, 8});
    Grads folded, plain;
    {
      Folding on(true);
      QCOMPARE(narrowConvFold(*conv, x.clone().requires_grad_(true)), 16 / in);
      folded = run(*conv, x);
    }
    {
      Folding off(false);
      plain = run(*conv, x);
    }
    compare(folded, plain);
  }

  // In f_T at width 0.125 (8 channels in layer 1): a training step folded equals one unfolded,
  // and the fold was taken -- it multiplies by the zeros of its block-diagonal weights too, which
  // the FLOP counter sees.
  void videoResNetTrainsTheSame() {
    const auto x = torch::randn({4, 3, 4, 16, 16});
    const auto labels = torch::tensor({0, 1, 2, 1});
    auto step = [&](bool fold, double& flops) {
      Folding setting(fold);
      torch::manual_seed(3);
      VideoResNet net(VideoResNetOptions().width(0.125).numClasses(3).stem(Stem::Small));
      FlopCounter counter;
      torch::Tensor loss = torch::cross_entropy_loss(net->forward(x), labels);
      loss.backward();
      flops = counter.flops();
      std::vector<torch::Tensor> grads;
      for (const auto& p : net->parameters()) grads.push_back(p.grad().clone());
      return std::make_pair(loss.item<double>(), grads);
    };
    double foldedFlops = 0, plainFlops = 0;
    const auto folded = step(true, foldedFlops);
    const auto plain = step(false, plainFlops);
    QVERIFY(std::abs(folded.first - plain.first) < 1e-5);
    QCOMPARE(folded.second.size(), plain.second.size());
    for (std::size_t i = 0; i < plain.second.size(); ++i)
      QVERIFY2(torch::allclose(folded.second[i], plain.second[i], 1e-3, 1e-5), qPrintable(QString::number(i)));
    QVERIFY2(foldedFlops > plainFlops * 1.2, qPrintable(QString("%1 vs %2").arg(foldedFlops).arg(plainFlops)));
  }
};

QTEST_GUILESS_MAIN(TestNarrowConv3d)
#include "tst_narrow_conv3d.moc"
