namespace CrossBorderBot.Understanding;

/// <summary>
/// Multinomial logistic regression over sparse binary features, trained in memory with plain stochastic
/// gradient descent. Chosen over naive Bayes because its probabilities stay moderate on unfamiliar wording,
/// which lets the recognizer say "not sure" (see <see cref="CrossBorderRecognizer"/>).
/// </summary>
internal sealed class IntentClassifier
{
    private readonly Dictionary<string, int> _featureIndex;
    private readonly double[][] _weights;
    private readonly double[] _bias;

    private IntentClassifier(IReadOnlyList<string> labels, Dictionary<string, int> featureIndex, double[][] weights, double[] bias)
    {
        Labels = labels;
        _featureIndex = featureIndex;
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>Training settings: passes over the data, initial step size, L2 penalty.</summary>
    internal sealed record Settings(int Epochs, double LearningRate, double L2)
    {
        public static Settings Default { get; } = new(60, 0.8, 0.0001);
    }

    /// <summary>Trains deterministically (fixed shuffle seed), so the same examples always give the same model.</summary>
    public static IntentClassifier Train(IReadOnlyList<(string Label, IReadOnlyList<string> Features)> examples, Settings? settings = null)
    {
        var (epochs, learningRate, l2) = settings ?? Settings.Default;
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = examples
            .Select(e => (Label: labelIndex[e.Label], Features: e.Features.Select(f => Index(featureIndex, f)).Distinct().ToArray()))
            .ToList();

        var weights = labels.Select(_ => new double[featureIndex.Count]).ToArray();
        var bias = new double[labels.Count];
        var classifier = new IntentClassifier(labels, featureIndex, weights, bias);

        var random = new Random(20261126);
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var probabilities = new double[labels.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + (0.1 * epoch));
            foreach (var i in order)
            {
                var (label, features) = encoded[i];
                var value = Value(features.Length);
                classifier.Scores(features, value, probabilities);
                for (var k = 0; k < labels.Count; k++)
                {
                    var gradient = probabilities[k] - (k == label ? 1 : 0);
                    bias[k] -= rate * gradient;
                    var w = weights[k];
                    foreach (var f in features)
                    {
                        w[f] -= rate * ((gradient * value) + (l2 * w[f]));
                    }
                }
            }
        }

        return classifier;
    }

    /// <summary>Probability per label (same order as <see cref="Labels"/>), and how many features the model has seen before.</summary>
    public double[] Predict(IReadOnlyList<string> features, out int knownFeatures)
    {
        var indices = features
            .Select(f => _featureIndex.TryGetValue(f, out var i) ? i : -1)
            .Where(i => i >= 0)
            .Distinct()
            .ToArray();
        knownFeatures = indices.Length;

        var probabilities = new double[Labels.Count];
        Scores(indices, Value(Math.Max(features.Count, 1)), probabilities);
        return probabilities;
    }

    /// <summary>Writes the trained model exactly (labels, feature names in index order, weights, biases) for <see cref="Read"/>.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Count);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        var names = new string[_featureIndex.Count];
        foreach (var (name, index) in _featureIndex)
        {
            names[index] = name;
        }

        writer.Write(names.Length);
        foreach (var name in names)
        {
            writer.Write(name);
        }

        for (var k = 0; k < Labels.Count; k++)
        {
            writer.Write(_bias[k]);
            foreach (var weight in _weights[k])
            {
                writer.Write(weight);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; it predicts exactly as the one written.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole model.</exception>
    internal static IntentClassifier Read(BinaryReader reader)
    {
        var labelCount = reader.ReadInt32();
        if (labelCount is <= 0 or > 1_000)
        {
            throw new InvalidDataException("Bad label count in a stored intent model.");
        }

        var labels = new string[labelCount];
        for (var k = 0; k < labelCount; k++)
        {
            labels[k] = reader.ReadString();
        }

        var featureCount = reader.ReadInt32();
        if (featureCount is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("Bad feature count in a stored intent model.");
        }

        var featureIndex = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
        for (var i = 0; i < featureCount; i++)
        {
            featureIndex.Add(reader.ReadString(), i);
        }

        var weights = new double[labelCount][];
        var bias = new double[labelCount];
        for (var k = 0; k < labelCount; k++)
        {
            bias[k] = reader.ReadDouble();
            var w = weights[k] = new double[featureCount];
            for (var i = 0; i < featureCount; i++)
            {
                w[i] = reader.ReadDouble();
            }
        }

        return new IntentClassifier(labels, featureIndex, weights, bias);
    }

    // Unknown features still count in the scaling: a message mostly made of unseen words should score softly.
    private static double Value(int featureCount) => 1.0 / Math.Sqrt(Math.Max(featureCount, 1));

    private static int Index(Dictionary<string, int> index, string feature)
    {
        if (!index.TryGetValue(feature, out var i))
        {
            i = index.Count;
            index[feature] = i;
        }

        return i;
    }

    private void Scores(int[] features, double value, double[] probabilities)
    {
        var max = double.MinValue;
        for (var k = 0; k < probabilities.Length; k++)
        {
            var z = _bias[k];
            var w = _weights[k];
            foreach (var f in features)
            {
                z += w[f] * value;
            }

            probabilities[k] = z;
            max = Math.Max(max, z);
        }

        var sum = 0.0;
        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] = Math.Exp(probabilities[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] /= sum;
        }
    }
}
