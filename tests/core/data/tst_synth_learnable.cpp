// Is the synthetic benchmark a fair test of SPAct's claim? A small CNN trained for seconds on
// single frames at the tiny preset's 32 × 32 must learn every privacy attribute well above
// chance, must not learn the action from one frame, and must learn it from a short clip (the
// same CNN with the frames stacked as channels). Real training on real pixels, on the CPU.
#include <QtTest>

#include <torch/torch.h>

#include "data/synth.h"

using namespace spact;
using namespace spact::data;

namespace {

// (3, 32, 32) in [0, 1] from a 64 × 64 picture, averaged 2 × 2 as the loader's resize would.
torch::Tensor toTensor(const media::Image& im) {
  auto t = torch::from_blob(const_cast<std::uint8_t*>(im.rgb.data()), {im.height, im.width, 3}, torch::kUInt8)
               .permute({2, 0, 1})
               .to(torch::kFloat32)
               .div(255.0);
  return torch::avg_pool2d(t.unsqueeze(0), 2).squeeze(0);
}

torch::nn::Sequential smallCnn(int inChannels, int outputs) {
  namespace nn = torch::nn;
  return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(inChannels, 16, 3).padding(1)), nn::BatchNorm2d(16), nn::ReLU(),
                        nn::MaxPool2d(2), nn::Conv2d(nn::Conv2dOptions(16, 32, 3).padding(1)), nn::BatchNorm2d(32),
                        nn::ReLU(), nn::MaxPool2d(2), nn::Conv2d(nn::Conv2dOptions(32, 64, 3).padding(1)),
                        nn::BatchNorm2d(64), nn::ReLU(), nn::AdaptiveMaxPool2d(nn::AdaptiveMaxPool2dOptions(1)),
                        nn::Flatten(), nn::Linear(64, outputs));
}

// Trains `net` on (x, y) with Adam; `loss(logits, y)`.
template <class Loss>
void fit(torch::nn::Sequential& net, const torch::Tensor& x, const torch::Tensor& y, int epochs, Loss loss) {
  torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(3e-3));
  const std::int64_t n = x.size(0), batch = 32;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const auto order = torch::randperm(n);
    for (std::int64_t i = 0; i + batch <= n; i += batch) {
      const auto idx = order.slice(0, i, i + batch);
      optimizer.zero_grad();
      loss(net->forward(x.index_select(0, idx)), y.index_select(0, idx)).backward();
      optimizer.step();
    }
  }
}

}  // namespace

class TestSynthLearnable : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    torch::manual_seed(0);
    torch::set_num_threads(1);  // tiny tensors: one thread is as fast and never spins against the others
  }

  void attributesFromOneFrame() {
    SynthOptions o;
    o.images = 640;
    o.testImages = 200;
    auto train = makeSynthImageSource(o, "train");
    auto test = makeSynthImageSource(o, "test");
    auto load = [](const ImageSource& s) {
      std::vector<torch::Tensor> xs, ys;
      for (std::size_t i = 0; i < s.size(); ++i) {
        xs.push_back(toTensor(*s.readImage(i)));
        ys.push_back(torch::tensor(s.attributes(i)));
      }
      return std::pair{torch::stack(xs), torch::stack(ys)};
    };
    const auto [xTrain, yTrain] = load(**train);
    const auto [xTest, yTest] = load(**test);
    auto net = smallCnn(3, 7);
    fit(net, xTrain, yTrain, 15, [](const torch::Tensor& logits, const torch::Tensor& y) {
      return torch::binary_cross_entropy_with_logits(logits, y);
    });
    torch::NoGradGuard noGrad;
    net->eval();
    const auto accuracy = (net->forward(xTest).gt(0).to(torch::kFloat32) == yTest).to(torch::kFloat32).mean(0);
    QString report;
    for (int k = 0; k < 7; ++k)
      report += QString("%1 %2  ")
                    .arg(QString::fromStdString(synthAttributeNames()[static_cast<std::size_t>(k)]))
                    .arg(accuracy[k].item<double>(), 0, 'f', 2);
    qInfo("test accuracy per attribute (chance 0.5): %s", qPrintable(report));
    // 200 test images: chance is 0.5 ± 0.035, so 0.65 is over four standard deviations above it.
    for (int k = 0; k < 7; ++k) QVERIFY2(accuracy[k].item<double>() > 0.65, qPrintable(report));
    QVERIFY2(accuracy.mean().item<double>() > 0.75, qPrintable(report));
  }

  void actionFromClipsNotFrames() {
    SynthOptions o;
    o.videosPerClass = 30;
    o.testVideosPerClass = 20;
    auto train = makeSynthActionSource(o, "train");
    auto test = makeSynthActionSource(o, "test");
    const std::vector<std::int64_t> clip = {0, 2, 4, 6, 8, 10, 12, 14};  // the tiny preset: 8 frames, skip 2
    // Frames: one per video at a random moment; clips: 8 gray frames stacked as channels.
    auto load = [&](const ActionSource& s, bool stacked) {
      std::vector<torch::Tensor> xs;
      std::vector<std::int64_t> ys;
      for (std::size_t i = 0; i < s.size(); ++i) {
        const std::int64_t start = static_cast<std::int64_t>(i * 7 % 16);
        std::vector<std::int64_t> indices;
        for (auto c : clip) indices.push_back(start + c);
        auto frames = *s.readFrames(i, indices);
        if (stacked) {
          std::vector<torch::Tensor> gray;
          for (const auto& f : frames) gray.push_back(toTensor(f).mean(0));
          xs.push_back(torch::stack(gray));
        } else {
          xs.push_back(toTensor(frames[i % frames.size()]));
        }
        ys.push_back(s.label(i));
      }
      return std::pair{torch::stack(xs), torch::tensor(ys)};
    };
    auto ce = [](const torch::Tensor& logits, const torch::Tensor& y) { return torch::cross_entropy_loss(logits, y); };
    double accuracy[2] = {0, 0};
    for (int stacked = 0; stacked < 2; ++stacked) {
      const auto [xTrain, yTrain] = load(**train, stacked);
      const auto [xTest, yTest] = load(**test, stacked);
      auto net = smallCnn(stacked ? 8 : 3, o.actions);
      fit(net, xTrain, yTrain, 20, ce);
      torch::NoGradGuard noGrad;
      net->eval();
      accuracy[stacked] = net->forward(xTest).argmax(1).eq(yTest).to(torch::kFloat32).mean().item<double>();
    }
    qInfo("action test accuracy: one frame %.3f, 8-frame clip %.3f (chance %.3f)", accuracy[0], accuracy[1],
          1.0 / o.actions);
    QVERIFY2(accuracy[0] < 0.35, qPrintable(QString::number(accuracy[0])));  // 100 videos: chance 0.2, sd 0.04
    QVERIFY2(accuracy[1] > 0.8, qPrintable(QString::number(accuracy[1])));
  }
};

QTEST_GUILESS_MAIN(TestSynthLearnable)
#include "tst_synth_learnable.moc"
