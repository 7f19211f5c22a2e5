#pragma once
// The anonymizers a video export can use, behind one small interface: a batch of upright RGB
// frames in, the same frames anonymized (same sizes) out. f_A (the SPAct UNet from a model file)
// and the baselines of the paper's tables: Gaussian blur, pixelation, down-sampling ×k and face
// blur. No Torch in this header: the CLI and the GUI's adapters include it.
#include <memory>
#include <string>
#include <vector>

#include "media/image.h"
#include "util/result.h"

namespace spact::pipeline {

class Anonymizer {
public:
  virtual ~Anonymizer() = default;
  virtual std::string name() const = 0;
  // How many frames process() works on best at once (f_A batches; the baselines take 1).
  virtual int batchSize() const { return 1; }
  // Anonymizes `frames` in place; every frame keeps its size. Never throws.
  virtual Status process(std::vector<media::Image>& frames) = 0;
};

// How f_A runs (pipeline/model_anonymizer.h); here, Torch-free, for the CLI and the GUI.
struct ModelAnonymizerOptions {
  int resolution = 112;  // shorter side f_A sees; 0 = the frame's own size
  int batch = 8;
  std::string device = "cpu";  // cpu or cuda
  bool channelsLast = true;
  bool fuse = true;                // BatchNorm folded into the convolutions (UNet f_A only)
  std::string precision = "fp32";  // fp32 or bf16 (activations and weights; the output in fp32)
};

struct AnonymizerConfig {
  std::string method = "model";  // model, blur, pixelate, downsample, faceblur, identity
  std::string modelPath;         // method "model": any model file with an anonymizer (f_A)
  int resolution = 112;          // f_A runs with this shorter side (paper: 112); 0 = full size
  std::string device = "cpu";    // cpu or cuda
  int batch = 8;                 // f_A frames per forward pass
  std::string precision = "fp32";  // f_A: fp32 or bf16
  int downsampleFactor = 4;      // method "downsample": ×k
  std::string cascadePath = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

  // What a re-run must match to reuse earlier outputs (folder mode's manifest).
  std::string fingerprint() const;
};

// Methods makeAnonymizer() knows, for help texts and validation.
const std::vector<std::string>& anonymizerMethods();

Result<std::unique_ptr<Anonymizer>> makeAnonymizer(const AnonymizerConfig& config);

}  // namespace spact::pipeline
